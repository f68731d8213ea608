/**
 * The workspace store: the renderer's one source of state (saved rosters and plans, the open
 * plan with its history and policy, the view, settings, remembered column mappings, toasts and
 * errors). Created once in main.tsx and handed down by React context (store/context.tsx); tests
 * create their own on their own database. docs/renderer.md describes the API.
 *
 * Everything that reads or writes the database runs through one task queue, in order; every
 * change to a plan is written to IndexedDB before it is applied in memory and shown (editor.ts).
 * The work itself is in plan-ops.ts, edit-ops.ts and prefs-ops.ts; this class is the surface.
 */
import type { PlannerApi } from '../../preload/contract';
import type { SavedMapping } from '../../core/import/types';
import type { PlanAction } from '../../core/plan/actions';
import type { Plan } from '../../core/plan/model';
import type { Policy } from '../../core/policy/schema';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import type { Roster } from '../../core/roster/model';
import type { AppErrorCode } from '../errors/messages';
import { SnapshotCell } from './cell';
import { StoreCore } from './core';
import type { PlannerDb } from './db';
import * as edits from './edit-ops';
import { writeView } from './persist';
import * as plans from './plan-ops';
import type { DeletedPlan } from './plan-library';
import type { PlanNameCheck } from './plans';
import type { PlanRecord } from './records';
import * as prefs from './prefs-ops';
import { initialSnapshot, type Settings, type ToastKind, type WorkspaceSnapshot } from './state';
import type { PlanView, Screen } from './view';

export type { DispatchResult } from './edit-ops';

export interface WorkspaceDeps {
  db: PlannerDb;
  /** window.api; null when no host is connected (file features then say so). */
  api: PlannerApi | null;
  now?: () => number;
  newId?: () => string;
}

export class WorkspaceStore {
  readonly db: PlannerDb;
  readonly api: PlannerApi | null;
  private readonly cell: SnapshotCell;
  private readonly core: StoreCore;

  constructor(deps: WorkspaceDeps) {
    this.db = deps.db;
    this.api = deps.api;
    this.cell = new SnapshotCell(initialSnapshot(YUELU_POLICY));
    this.core = new StoreCore(
      deps.db,
      this.cell,
      deps.now ?? Date.now,
      deps.newId ?? (() => crypto.randomUUID()),
    );
  }

  // --- reading (useSyncExternalStore) ---------------------------------------------------------------
  readonly subscribe = (listener: () => void): (() => void) => this.cell.subscribe(listener);
  readonly getSnapshot = (): WorkspaceSnapshot => this.cell.getSnapshot();

  // --- lifecycle ---------------------------------------------------------------------------------
  /** Reads the database and reopens the last plan, screen and view. firstRun: nothing was ever saved. */
  load(): Promise<{ firstRun: boolean }> {
    return this.cell.enqueue(() => prefs.load(this.core));
  }

  /** Resolves when every queued task (edits, view writes) has finished. */
  idle(): Promise<void> {
    return this.cell.idle();
  }

  /** Closes the database (tests reopen it with a new store). */
  async close(): Promise<void> {
    await this.idle();
    this.db.close();
  }

  // --- plans (several per roster) ------------------------------------------------------------------
  /**
   * Saves a new roster and its first plan (the roster's own 拟处置 where given, the auto-plan for
   * the rest) and opens it on the board. Null when saving failed (a toast says why).
   */
  createPlanFromRoster(
    roster: Roster,
    policy: Policy,
    asOf: string,
    name: string,
    options: { rosterName?: string } = {},
  ): Promise<{ rosterId: string; planId: string } | null> {
    return this.cell.enqueue(() =>
      plans.createPlanFromRoster(this.core, roster, policy, asOf, name, options.rosterName),
    );
  }

  /** A further plan (scenario) of a saved roster, opened on the board. */
  createPlan(rosterId: string, policy: Policy, asOf: string, name: string): Promise<string | null> {
    return this.cell.enqueue(() => plans.createPlan(this.core, rosterId, policy, asOf, name));
  }

  /** Opens a saved plan with its undo history and view; false when it is gone. */
  openPlan(planId: string, screen: Screen = 'board'): Promise<boolean> {
    return this.cell.enqueue(() => plans.openPlan(this.core, planId, screen, true));
  }

  /** 复制: a copy of a saved plan (its decisions; a fresh undo history), not opened. Its id, or null. */
  duplicatePlan(planId: string): Promise<string | null> {
    return this.cell.enqueue(() => plans.duplicatePlan(this.core, planId));
  }

  /** 重命名: the name is trimmed and must be non-empty and unique within the roster. */
  renamePlan(planId: string, name: string): Promise<PlanNameCheck> {
    return this.cell.enqueue(() => plans.renamePlan(this.core, planId, name));
  }

  /** 删除 (not the open plan): kept restorable until purgeDeletedPlan or the next delete. */
  deletePlan(planId: string): Promise<boolean> {
    return this.cell.enqueue(() => plans.deletePlan(this.core, planId));
  }

  /** 撤销 the last delete. */
  restoreDeletedPlan(planId: string): Promise<boolean> {
    return this.cell.enqueue(() => plans.restoreDeletedPlan(this.core, planId));
  }

  /** The deleted plan that can still be restored, or null. */
  deletedPlan(): Promise<DeletedPlan | null> {
    return this.cell.enqueue(() => plans.deletedPlan(this.core));
  }

  /** Forgets the deleted plan for good. */
  purgeDeletedPlan(): Promise<boolean> {
    return this.cell.enqueue(() => plans.purgeDeletedPlan(this.core));
  }

  /** A saved plan's content for 对比 (a copy; the open plan as it is now). */
  readPlanForCompare(planId: string): Promise<{ record: PlanRecord; plan: Plan } | null> {
    return this.cell.enqueue(() => plans.readPlanForCompare(this.core, planId));
  }

  // --- edits: undoable, written to the database before they are applied and shown ----------------------
  dispatch(action: PlanAction, label: string): Promise<edits.DispatchResult> {
    return this.cell.enqueue(() => edits.dispatch(this.core, action, label));
  }

  /** Everything dispatched until the matching endGroup is one undo step (one drag). */
  beginGroup(label: string): void {
    void this.cell.enqueue(async () => this.core.editor?.beginGroup(label));
  }

  endGroup(): void {
    void this.cell.enqueue(async () => edits.endGroup(this.core));
  }

  undo(): Promise<boolean> {
    return this.cell.enqueue(() => edits.undoOrRedo(this.core, 'undo'));
  }

  redo(): Promise<boolean> {
    return this.cell.enqueue(() => edits.undoOrRedo(this.core, 'redo'));
  }

  /**
   * 自动规划: the auto-plan again for every group not decided on the board, as ONE undo step.
   * Resolves to the number of decisions changed (0 also when it failed).
   */
  replanAuto(): Promise<number> {
    return this.cell.enqueue(() => this.cell.busy('正在自动规划…', () => edits.replanAuto(this.core)));
  }

  // --- view: saved, but never an undo step ------------------------------------------------------------
  setScreen(screen: Screen): void {
    if (screen === this.getSnapshot().screen) return;
    this.cell.set({ screen });
    this.core.saveSession();
  }

  /** Changes the open plan's view (selection, filters, selected unit …); the latest is saved. */
  updateView(fields: Partial<PlanView>): void {
    const open = this.getSnapshot().open;
    if (!open) return;
    const view = { ...this.getSnapshot().view, ...fields };
    this.cell.set({ view });
    const queued = this.core.pendingView !== null;
    this.core.pendingView = { planId: open.planId, view };
    if (queued) return;
    void this.cell.enqueue(async () => {
      const latest = this.core.pendingView;
      this.core.pendingView = null;
      if (latest) await this.core.guardWrite(() => writeView(this.db, latest.planId, latest.view));
    });
  }

  // --- policy, settings, mappings, data -------------------------------------------------------------
  /**
   * Uses `policy` from now on: for the open plan (its quotas and metrics change at once; the
   * decisions stay until 自动规划) and for new plans. A policy that is not a preset is also
   * remembered as the custom policy. False when it is invalid or could not be saved.
   */
  applyPolicy(policy: Policy): Promise<boolean> {
    return this.cell.enqueue(() => prefs.applyPolicy(this.core, policy));
  }

  saveSettings(settings: Settings): Promise<boolean> {
    return this.cell.enqueue(() => prefs.saveSettings(this.core, settings));
  }

  /** Remembers column mappings by header signature (a newer one replaces the older). */
  saveMappings(mappings: SavedMapping[]): Promise<boolean> {
    return this.cell.enqueue(() => prefs.saveMappings(this.core, mappings));
  }

  /** Records that the first-run sample was opened, so it is not opened again. */
  markFirstRunDone(): Promise<boolean> {
    return this.cell.enqueue(() => prefs.markFirstRunDone(this.core));
  }

  /** 清除本机数据: deletes the whole database and returns to an empty start page. */
  clearAllData(): Promise<boolean> {
    return this.cell.enqueue(() => prefs.clearAllData(this.core));
  }

  // --- messages -------------------------------------------------------------------------------------
  toast(kind: ToastKind, text: string): void {
    this.cell.toast(kind, text);
  }

  dismissToast(id: number): void {
    this.cell.dismissToast(id);
  }

  /** A toast with the code's Chinese sentence (errors/messages.ts). */
  showAppError(code: AppErrorCode, cause?: unknown): void {
    this.cell.appError(code, cause);
  }

  /** The error dialog, with the cause under 详细信息. */
  showFatal(code: AppErrorCode, cause: unknown, title?: string): void {
    this.cell.fatalFrom(code, cause, title);
  }

  dismissFatal(): void {
    this.cell.dismissFatal();
  }

  /** Runs a long task with the shell's busy indicator. */
  busy<T>(label: string, task: () => Promise<T>): Promise<T> {
    return this.cell.busy(label, task);
  }
}
