/**
 * The board's behaviour, behind one stable object (its identity never changes, so memoised cards
 * never re-render because a callback did): selection (click, Ctrl+click, Shift+click), running a
 * drop or a menu command as ONE undo step, the follow-up dialogs, and where focus goes after a
 * keyboard move. It reads the latest plan view and lanes from `latest`, updated after each render.
 */
import type { NonWorkCategory } from '../../core/roster/model';
import type { WorkspaceStore } from '../store/store';
import { LANE_KEYS, type LaneKey } from '../store/view';
import type { BoardData } from './model/board-data';
import {
  laneOutcome,
  mergeLabel,
  mergeNewLabel,
  reclassifySteps,
  verbLabel,
  type DropOutcome,
  type Step,
} from './model/drop';
import { findCard, type Lanes } from './model/lanes';
import type { MenuCommand } from './model/menu';
import { firstVisible, type LaneRegistry } from './dnd/registry';
import { markCommitted, markEdit } from './perf';

export type BoardDialog =
  | { kind: 'merge'; sourceIds: string[]; targetId: string | null }
  | { kind: 'category'; groupIds: string[] }
  | { kind: 'picker'; sourceIds: string[] }
  | { kind: 'autoplan' };

export interface MenuRequest {
  ids: string[];
  x: number;
  y: number;
  /** Where focus returns when the menu closes without a move. */
  returnFocus: HTMLElement | null;
}

/** The board's overlays (menu, dialogs): their own component, so opening one re-renders no lane. */
export interface OverlayUi {
  setDialog(d: BoardDialog | null): void;
  setMenu(m: MenuRequest | null): void;
}

export interface Latest {
  data: BoardData | null;
  lanes: Lanes | null;
  selection: readonly string[];
}

export class BoardController {
  private current: Latest = { data: null, lanes: null, selection: [] };
  readonly registry: LaneRegistry = new Map();
  private drag = false;
  /** The card a Shift+click range starts from. */
  private anchor: string | null = null;
  /** The card to focus once it is on screen (after a keyboard move). */
  private focusWanted: { id: string; until: number } | null = null;

  private overlays: OverlayUi | null = null;

  constructor(
    readonly store: WorkspaceStore,
    private readonly stacks: (id: string) => void,
  ) {}

  attachOverlays(ui: OverlayUi | null): void {
    this.overlays = ui;
  }

  openDialog(d: BoardDialog | null): void {
    this.overlays?.setDialog(d);
  }

  openMenu(m: MenuRequest | null): void {
    this.overlays?.setMenu(m);
  }

  /** Expands or collapses a merge stack's list of sources. */
  toggleStack(id: string): void {
    this.stacks(id);
  }

  /** What the board shows now (called after each render). */
  sync(latest: Latest): void {
    this.current = latest;
  }

  get latest(): Latest {
    return this.current;
  }

  /** A drag is in progress: the cards' own arrow-key navigation stands aside. */
  get dragging(): boolean {
    return this.drag;
  }

  setDragging(on: boolean): void {
    this.drag = on;
  }

  // --- selection (view state: never an undo step) ---------------------------------------------------
  click(id: string, mods: { ctrl: boolean; shift: boolean }): void {
    const sel = this.latest.selection;
    if (mods.ctrl) {
      const next = sel.includes(id) ? sel.filter((s) => s !== id) : [...sel, id];
      this.anchor = id;
      this.store.updateView({ selection: next });
      return;
    }
    if (mods.shift && this.anchor && this.latest.lanes) {
      const a = findCard(this.latest.lanes, this.anchor);
      const b = findCard(this.latest.lanes, id);
      if (a && b && a.lane === b.lane) {
        const ids = this.latest.lanes[a.lane].ids;
        const range = ids.slice(Math.min(a.index, b.index), Math.max(a.index, b.index) + 1);
        const next = [...sel.filter((s) => !range.includes(s)), ...range];
        this.store.updateView({ selection: next });
        return;
      }
    }
    this.anchor = id;
    this.store.updateView({ selection: [id], detailGroupId: id });
  }

  clearSelection(): void {
    this.store.updateView({ selection: [] });
  }

  /** The cards that move with `id`: the selection when `id` is part of it, else `id` alone. */
  moving(id: string): string[] {
    const sel = this.latest.selection;
    const data = this.latest.data;
    if (!sel.includes(id) || sel.length < 2) return [id];
    return data ? sel.filter((s) => data.laneOf(s) !== null) : [...sel];
  }

  // --- edits: each is one undo step -------------------------------------------------------------------
  /** Runs steps as one undo step; false when one failed (the store has shown why). */
  async apply(label: string, steps: Step[], focusAfter: string | null = null): Promise<boolean> {
    if (steps.length === 0) return false;
    markEdit();
    const store = this.store;
    store.beginGroup(label);
    let ok = true;
    try {
      for (const s of steps) {
        const r = await store.dispatch(s.action, s.label);
        if (!r.ok) {
          ok = false;
          break;
        }
      }
    } finally {
      store.endGroup();
    }
    markCommitted();
    if (ok) this.dropSelectionOf(steps);
    if (focusAfter !== null) this.focusCard(focusAfter);
    return ok;
  }

  /** Selected cards that a move took away keep nothing selected behind them. */
  private dropSelectionOf(steps: Step[]): void {
    if (this.latest.selection.length < 2) return;
    const moved = new Set(
      steps.flatMap((s) =>
        'groupIds' in s.action ? s.action.groupIds : 'sourceIds' in s.action ? s.action.sourceIds : [],
      ),
    );
    if (this.latest.selection.every((id) => moved.has(id))) this.store.updateView({ selection: [] });
  }

  run(outcome: DropOutcome, focusAfter: string | null): void {
    switch (outcome.kind) {
      case 'none':
        if (outcome.message) this.store.toast('info', outcome.message);
        if (focusAfter !== null) this.focusCard(focusAfter);
        return;
      case 'apply':
        void this.apply(outcome.label, outcome.steps, focusAfter);
        return;
      case 'merge':
        this.openDialog({ kind: 'merge', sourceIds: outcome.sourceIds, targetId: outcome.targetId });
        return;
      case 'askCategory':
        this.openDialog({ kind: 'category', groupIds: outcome.groupIds });
        return;
    }
  }

  moveTo(ids: string[], lane: LaneKey, focus: boolean): void {
    const data = this.latest.data;
    if (!data) return;
    this.run(laneOutcome(data, ids, lane), focus ? (ids[0] ?? null) : null);
  }

  reclassify(ids: string[], category: NonWorkCategory | null): void {
    const data = this.latest.data;
    if (!data) return;
    const steps = reclassifySteps(data, ids, category);
    void this.apply(steps[0]?.label ?? verbLabel(data, '转出', ids), steps, ids[0] ?? null);
  }

  merge(sourceIds: string[], targetId: string): void {
    const data = this.latest.data;
    if (!data) return;
    const label = mergeLabel(data, sourceIds, targetId);
    void this.apply(label, [{ action: { type: 'merge', sourceIds, targetId }, label }], targetId);
  }

  mergeNew(ids: string[], name: string, unitId: string | undefined): void {
    const label = mergeNewLabel(ids, name);
    const action = { type: 'mergeNew' as const, sourceIds: ids, name, ...(unitId ? { unitId } : {}) };
    void this.apply(label, [{ action, label }]);
  }

  unmerge(ids: string[]): void {
    const data = this.latest.data;
    if (!data) return;
    const label = verbLabel(data, '拆分', ids);
    void this.apply(label, [{ action: { type: 'unmerge', groupIds: ids }, label }], ids[0] ?? null);
  }

  command(ids: string[], cmd: MenuCommand): void {
    switch (cmd.kind) {
      case 'lane':
        return this.moveTo(ids, cmd.lane, true);
      case 'reclassify':
        return this.reclassify(ids, cmd.category);
      case 'mergeInto':
        return this.openDialog({ kind: 'picker', sourceIds: ids });
      case 'mergeNew':
        return this.openDialog({ kind: 'merge', sourceIds: ids, targetId: null });
      case 'unmerge':
        return this.unmerge(ids);
      case 'detail':
        if (ids[0] !== undefined) this.store.updateView({ detailGroupId: ids[0] });
        return;
    }
  }

  /** Arrow keys on a card (no drag): ↑/↓/Home/End within the lane, ←/→ to the next lane with cards. */
  navigate(id: string, lane: LaneKey, key: string): void {
    const lanes = this.latest.lanes;
    if (!lanes) return;
    const ids = lanes[lane].ids;
    const i = ids.indexOf(id);
    let target: string | undefined;
    if (key === 'ArrowUp') target = ids[i - 1];
    else if (key === 'ArrowDown') target = ids[i + 1];
    else if (key === 'Home') target = ids[0];
    else if (key === 'End') target = ids[ids.length - 1];
    else {
      const dir = key === 'ArrowLeft' ? -1 : 1;
      for (let at = LANE_KEYS.indexOf(lane) + dir; at >= 0 && at < LANE_KEYS.length; at += dir) {
        const other = LANE_KEYS[at];
        if (!other || lanes[other].ids.length === 0) continue;
        const h = this.registry.get(other);
        target = lanes[other].ids[h ? firstVisible(h) : 0];
        break;
      }
    }
    if (target !== undefined) this.focusCard(target);
  }

  // --- focus ---------------------------------------------------------------------------------------
  /** Scrolls the card into view and focuses it once it is drawn (it may be in another lane now). */
  focusCard(id: string): void {
    this.focusWanted = { id, until: performance.now() + 3000 };
    this.tryFocus();
    // After an edit the card is drawn by a later render: Lane calls tryFocus after each one.
  }

  tryFocus(): void {
    const wanted = this.focusWanted;
    const lanes = this.latest.lanes;
    if (wanted === null || !lanes) return;
    if (performance.now() > wanted.until) {
      this.focusWanted = null;
      return;
    }
    const id = wanted.id;
    const at = findCard(lanes, id);
    if (!at) return;
    // Created groups' ids hold a NUL, which no CSS selector can match: compare the attribute.
    const section = this.registry.get(at.lane)?.section();
    const el = section
      ? [...section.querySelectorAll<HTMLElement>('[data-card-id]')].find((e) => e.dataset.cardId === id)
      : undefined;
    if (el) {
      this.focusWanted = null;
      el.focus({ preventScroll: true });
      this.registry.get(at.lane)?.reveal(at.index);
      return;
    }
    this.registry.get(at.lane)?.reveal(at.index);
  }
}
