/**
 * The auto-plan's working state, shared by the rules as they run in order (DESIGN §4a). Each
 * group the auto-plan decides has a slot the rules write into, so that no rule looks groups up
 * by id again (at 100,000 groups those lookups were a good part of the run).
 */
import type { Decision, RuleId } from '../plan/model';
import { mergedSize, type SizeContext } from '../plan/size';
import type { Policy } from '../policy/schema';
import type { UnitQuota } from '../policy/quota';
import type { Problem } from '../problems';
import type { Group, RosterIndex, Unit } from '../roster/model';
import { cachedNormaliser } from './normalise-name';
import type { Ranked } from './ties';

/** A rule that kept a group and wants its own reason shown (unless a later rule closes it). */
export interface KeptNote {
  rule: RuleId;
  reason: string;
}

export interface Slot {
  readonly group: Group;
  /** Set by rules 1–3 when they close the group. */
  closed: Decision | null;
  /**
   * Set by rules 4–5: the decision as it stands when `into` stays open (the usual case, so no
   * second object is made); a merge into a group that merges on is resolved by finalise.ts.
   */
  merged: Decision | null;
  into: Slot | null;
  note: KeptNote | null;
}

export const isOpenSlot = (s: Slot): boolean => s.closed === null && s.merged === null;

export function mergeInto(slot: Slot, into: Slot, rule: RuleId, reason: string): void {
  slot.merged = { state: 'merged', targetId: into.group.id, category: null, rule, reason };
  slot.into = into;
}

/** How a unit came out of rule 5, for the kept groups' reasons. */
export interface UnitOutcome {
  quota: UnitQuota | null;
  after: number;
  feasible: boolean;
}

export interface PlannerState {
  readonly policy: Policy;
  readonly asOf: string;
  readonly index: RosterIndex;
  readonly size: SizeContext;
  /** normaliseName, cached: names repeat a lot across a district. */
  readonly normalise: (name: string) => string;
  /** Every group the auto-plan decides, in id order. */
  readonly slots: readonly Slot[];
  /** Those still open, in id order. */
  open: Slot[];
  /** Per unit: groups the clerk's plan keeps open (and created groups), which hold quota slots. */
  readonly fixedOpen: ReadonlyMap<string, number>;
  readonly outcomes: Map<string, UnitOutcome>;
  readonly problems: Problem[];
}

export function newState(
  policy: Policy,
  asOf: string,
  size: SizeContext,
  groups: readonly Group[],
  fixedOpen: ReadonlyMap<string, number>,
): PlannerState {
  const slots = groups.map((group): Slot => ({ group, closed: null, merged: null, into: null, note: null }));
  return {
    policy,
    asOf,
    index: size.index,
    size,
    normalise: cachedNormaliser(),
    slots,
    open: slots.slice(),
    fixedOpen,
    outcomes: new Map(),
    problems: [],
  };
}

/** Drops the slots that rules closed or merged from the open list. */
export function pruneOpen(state: PlannerState): void {
  state.open = state.open.filter(isOpenSlot);
}

/** The group as rule 7 ranks it on its own. */
export const rankOf = (state: PlannerState, g: Group): Ranked => ({
  id: g.id,
  size: mergedSize(state.size, [g.id]),
  lastActive: g.lastActive,
});

export const unitOf = (state: PlannerState, g: Pick<Group, 'unitId'>): Unit | null =>
  state.index.unitById.get(g.unitId) ?? null;

/** Slots by unit id, each list in the order given (id order); units in id order. */
export function byUnit(slots: readonly Slot[]): Map<string, Slot[]> {
  const out = new Map<string, Slot[]>();
  for (const s of slots) {
    const list = out.get(s.group.unitId);
    if (list) list.push(s);
    else out.set(s.group.unitId, [s]);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
