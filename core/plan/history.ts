/**
 * Undo/redo for one plan. An instance belongs to the plan it records (the board holds one per
 * open scenario), never a module-level singleton.
 *
 * A step is one or more recorded patches: everything recorded between beginGroup and endGroup
 * (one drag, one multi-select move) is undone and redone together. Undo applies the inverses in
 * reverse order, redo the patches in order; each inverse was taken against exactly the state
 * undo brings the plan back to, so the round trip is exact. Recording clears the redo stack;
 * an empty patch is not recorded (a drop that changed nothing must not lose the redo stack).
 * Undo or redo while a group is open first closes it, so a stray Ctrl+Z mid-drag cannot split a
 * step.
 *
 * toJSON gives plain data (patches are arrays already) for IndexedDB; fromJSON reads it back.
 */
import { applyPatch, emptyPatch, type PlanPatch, type Plan } from './model';

export interface HistoryEntry {
  label: string;
  patch: PlanPatch;
  inverse: PlanPatch;
}

export interface HistoryStep {
  label: string;
  entries: HistoryEntry[];
}

export interface PlanHistoryJSON {
  version: 1;
  limit: number;
  undo: HistoryStep[];
  redo: HistoryStep[];
}

export const DEFAULT_HISTORY_LIMIT = 200;

const isEmpty = (p: PlanPatch): boolean =>
  p.decisions.length === 0 && p.created.length === 0 && p.removals.length === 0 && p.groupEdits.length === 0;

/** Several patches as one: applying the concatenation equals applying them in order (each field is a map). */
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

export class PlanHistory {
  readonly limit: number;
  private undoStack: HistoryStep[] = [];
  private redoStack: HistoryStep[] = [];
  private open: HistoryStep | null = null;
  private depth = 0;

  constructor(options: { limit?: number } = {}) {
    const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
    this.limit = Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_HISTORY_LIMIT;
  }

  record(entry: HistoryEntry): void {
    if (isEmpty(entry.patch)) return;
    // Copy just the three fields: callers often pass an ActionResult spread ({ label, ...result }).
    entry = { label: entry.label, patch: entry.patch, inverse: entry.inverse };
    this.redoStack = [];
    if (this.open) this.open.entries.push(entry);
    else this.push({ label: entry.label, entries: [entry] });
  }

  /** Groups may nest (a helper that groups inside a drag): the outermost defines the step. */
  beginGroup(label: string): void {
    if (this.depth === 0) this.open = { label, entries: [] };
    this.depth++;
  }

  endGroup(): void {
    if (this.depth === 0) return;
    this.depth--;
    if (this.depth > 0) return;
    const step = this.open;
    this.open = null;
    if (step && step.entries.length > 0) this.push(step);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0 || (this.open !== null && this.open.entries.length > 0);
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The label of the step undo would revert (for the menu: "撤销 并入…"). */
  get undoLabel(): string | null {
    if (this.open !== null && this.open.entries.length > 0) return this.open.label;
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack[this.redoStack.length - 1]?.label ?? null;
  }

  /** Applies the last step's inverse to the plan and returns what it applied, or null. */
  undo(plan: Plan): PlanPatch | null {
    this.closeOpenGroup();
    const step = this.undoStack.pop();
    if (!step) return null;
    const applied = concat(step.entries.map((e) => e.inverse).reverse());
    applyPatch(plan, applied);
    this.redoStack.push(step);
    return applied;
  }

  redo(plan: Plan): PlanPatch | null {
    this.closeOpenGroup();
    const step = this.redoStack.pop();
    if (!step) return null;
    const applied = concat(step.entries.map((e) => e.patch));
    applyPatch(plan, applied);
    this.undoStack.push(step);
    return applied;
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.open = null;
    this.depth = 0;
  }

  toJSON(): PlanHistoryJSON {
    this.closeOpenGroup();
    return { version: 1, limit: this.limit, undo: this.undoStack.slice(), redo: this.redoStack.slice() };
  }

  static fromJSON(json: PlanHistoryJSON): PlanHistory {
    if (json.version !== 1 || !Array.isArray(json.undo) || !Array.isArray(json.redo)) {
      throw new Error('PlanHistory.fromJSON: unsupported history data');
    }
    const h = new PlanHistory({ limit: json.limit });
    h.undoStack = json.undo.slice(-h.limit);
    h.redoStack = json.redo.slice();
    return h;
  }

  private push(step: HistoryStep): void {
    this.undoStack.push(step);
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
  }

  private closeOpenGroup(): void {
    if (this.depth === 0) return;
    this.depth = 1;
    this.endGroup();
  }
}
