/**
 * Editing the open plan: the one place where the in-memory plan changes. Every change is
 * written to IndexedDB FIRST (one transaction: the patch's rows, the history rows, the plan's
 * record); only when the write succeeded is the patch applied in memory and recorded in the
 * PlanHistory. A failed write throws and changes nothing.
 *
 * The undo history is kept twice, deliberately: PlanHistory (core) applies undo and redo in
 * memory, and `undoRows`/`redoRows` mirror it as the rows stored in the `history` table, so the
 * editor knows what an undo will apply before it applies it (write first) and the history
 * survives a reload. A step is one row; rows with seq < pointer are undoable. The rows of a
 * group (one drag) are one row, rewritten as actions are added to it.
 */
import { PlanHistory, type HistoryEntry } from '../../core/plan/history';
import { applyPatch, emptyPatch, type Plan, type PlanPatch } from '../../core/plan/model';
import { isEmptyPatch } from '../../core/plan/actions';
import { afterDelta } from '../model/counts';
import type { PlannerDb } from './db';
import { writeEdit, type HistoryWrite } from './persist';
import type { HistoryRow, PlanRecord } from './records';

function concat(patches: PlanPatch[]): PlanPatch {
  const out = emptyPatch();
  for (const p of patches) {
    out.decisions.push(...p.decisions);
    out.created.push(...p.created);
    out.removals.push(...p.removals);
    out.groupEdits.push(...p.groupEdits);
  }
  return out;
}

interface OpenGroup {
  label: string;
  depth: number;
  /** The group's row once its first non-empty action was recorded. */
  row: HistoryRow | null;
}

export class PlanEditor {
  readonly history: PlanHistory;
  private undoRows: HistoryRow[];
  private redoRows: HistoryRow[];
  private pointer: number;
  private group: OpenGroup | null = null;

  constructor(
    private readonly db: PlannerDb,
    readonly planId: string,
    readonly plan: Plan,
    private after: number,
    rows: HistoryRow[],
    pointer: number,
    private readonly now: () => number,
  ) {
    this.undoRows = rows.filter((r) => r.seq < pointer);
    // The redo stack's top (its last element) is the step right after the pointer.
    this.redoRows = rows.filter((r) => r.seq >= pointer).reverse();
    this.pointer = pointer;
    this.history = PlanHistory.fromJSON({
      version: 1,
      limit: new PlanHistory().limit,
      undo: this.undoRows,
      redo: this.redoRows,
    });
    this.undoRows = this.undoRows.slice(-this.history.limit);
  }

  get afterCount(): number {
    return this.after;
  }

  /** Records an action's patch as a new undo step (or into the open group). False: nothing changed. */
  async commit(
    label: string,
    patch: PlanPatch,
    inverse: PlanPatch,
    extra: Partial<PlanRecord> = {},
  ): Promise<boolean> {
    if (isEmptyPatch(patch)) return false;
    const entry: HistoryEntry = { label, patch, inverse };
    const write: HistoryWrite = {};
    let undoRows = this.undoRows;
    let pointer = this.pointer;
    const open = this.group;
    let row: HistoryRow;
    if (open?.row) {
      row = { ...open.row, entries: [...open.row.entries, entry] };
      undoRows = [...undoRows.slice(0, -1), row];
    } else {
      row = { planId: this.planId, seq: pointer, label: open ? open.label : label, entries: [entry] };
      write.clearFrom = pointer;
      undoRows = [...undoRows, row];
      pointer++;
      const excess = undoRows.length - this.history.limit;
      if (excess > 0) {
        undoRows = undoRows.slice(excess);
        write.trimBelow = undoRows[0]?.seq ?? pointer;
      }
    }
    write.put = row;
    const after = this.after + afterDelta(this.plan, patch);
    await writeEdit(this.db, {
      planId: this.planId,
      patch,
      history: write,
      record: { ...extra, historyPointer: pointer, after, updatedAt: this.now() },
    });
    // PlanHistory.record only records; applyPatch is the one mutation of a plan.
    this.history.record(entry);
    applyPatch(this.plan, patch);
    this.undoRows = undoRows;
    this.redoRows = [];
    this.pointer = pointer;
    this.after = after;
    if (open) open.row = row;
    return true;
  }

  beginGroup(label: string): void {
    this.history.beginGroup(label);
    if (this.group) this.group.depth++;
    else this.group = { label, depth: 1, row: null };
  }

  endGroup(): void {
    this.history.endGroup();
    if (!this.group) return;
    this.group.depth--;
    if (this.group.depth === 0) this.group = null;
  }

  /** Undo or redo in the middle of a group (a stray Ctrl+Z mid-drag) first ends it, in both histories. */
  private closeGroup(): void {
    while (this.group) this.endGroup();
  }

  /** Undoes the last step; false when there is none. */
  async undo(): Promise<boolean> {
    this.closeGroup();
    const row = this.undoRows[this.undoRows.length - 1];
    if (!row) return false;
    const applied = concat(row.entries.map((e) => e.inverse).reverse());
    await this.persistMove(applied, row.seq);
    this.history.undo(this.plan);
    this.undoRows = this.undoRows.slice(0, -1);
    this.redoRows = [...this.redoRows, row];
    this.pointer = row.seq;
    return true;
  }

  async redo(): Promise<boolean> {
    this.closeGroup();
    const row = this.redoRows[this.redoRows.length - 1];
    if (!row) return false;
    const applied = concat(row.entries.map((e) => e.patch));
    await this.persistMove(applied, row.seq + 1);
    this.history.redo(this.plan);
    this.redoRows = this.redoRows.slice(0, -1);
    this.undoRows = [...this.undoRows, row];
    this.pointer = row.seq + 1;
    return true;
  }

  private async persistMove(applied: PlanPatch, pointer: number): Promise<void> {
    const after = this.after + afterDelta(this.plan, applied);
    await writeEdit(this.db, {
      planId: this.planId,
      patch: applied,
      history: {},
      record: { historyPointer: pointer, after, updatedAt: this.now() },
    });
    this.after = after;
  }
}
