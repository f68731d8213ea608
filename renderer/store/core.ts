/**
 * What the store's parts share (not public: components use WorkspaceStore): the database, the
 * snapshot cell, the clock and id source, the open plan's editor, and small helpers for
 * guarded writes and keeping the lists in the snapshot current.
 */
import { APP_MESSAGES, databaseErrorCode, type AppErrorCode } from '../errors/messages';
import type { SnapshotCell } from './cell';
import type { PlannerDb } from './db';
import type { PlanEditor } from './editor';
import { writeSetting } from './persist';
import type { PlanRecord } from './records';
import { SETTING_KEYS } from './settings';
import { NO_HISTORY, type HistoryInfo, type OpenPlan, type WorkspaceSnapshot } from './state';
import type { PlanView, Screen } from './view';

export class StoreCore {
  editor: PlanEditor | null = null;
  pendingView: { planId: string; view: PlanView } | null = null;

  constructor(
    readonly db: PlannerDb,
    readonly cell: SnapshotCell,
    readonly now: () => number,
    readonly newId: () => string,
  ) {}

  get snap(): WorkspaceSnapshot {
    return this.cell.getSnapshot();
  }

  /** Runs a database write; on failure shows why and returns false. */
  async guardWrite(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (e) {
      this.cell.appError(databaseErrorCode(e), e);
      return false;
    }
  }

  fail(code: AppErrorCode): { ok: false; code: AppErrorCode; message: string } {
    this.cell.appError(code);
    return { ok: false, code, message: APP_MESSAGES[code] };
  }

  historyInfo(): HistoryInfo {
    const h = this.editor?.history;
    if (!h) return NO_HISTORY;
    return { canUndo: h.canUndo, canRedo: h.canRedo, undoLabel: h.undoLabel, redoLabel: h.redoLabel };
  }

  /** Makes `open` the plan being edited and shows it. */
  setOpen(open: OpenPlan, editor: PlanEditor, view: PlanView, screen: Screen): void {
    this.editor = editor;
    this.pendingView = null;
    this.cell.set({ open, view, screen, history: this.historyInfo() }, { plan: true });
    this.saveSession();
  }

  /** Updates one plan's entry in the snapshot's list (optionally moving it to the front). */
  patchPlanRecord(planId: string, fields: Partial<PlanRecord>, toFront: boolean): void {
    const plans = this.snap.plans.map((p) => (p.id === planId ? { ...p, ...fields } : p));
    if (toFront) plans.sort((a, b) => (a.id === planId ? -1 : b.id === planId ? 1 : 0));
    this.cell.set({ plans });
  }

  /** Saves where the clerk is (open plan, screen) for the next start; queued behind edits. */
  saveSession(): void {
    const s = this.snap;
    const value = { planId: s.open?.planId ?? null, screen: s.screen };
    void this.cell.enqueue(() => this.guardWrite(() => writeSetting(this.db, SETTING_KEYS.session, value)));
  }
}
