/**
 * The auto-plan's working state, shared by the rules as they run in order (DESIGN §4a). Each
 * group the auto-plan decides has a slot the rules write into, so that no rule looks groups up
 * by id again (at 100,000 groups those lookups were a good part of the run).
 */
import type { Decision, RuleId } from '../plan/model';
import type { SizeContext } from '../plan/size';
import type { Policy } from '../policy/schema';
import { quotaFor, type UnitQuota } from '../policy/quota';
import type { Problem } from '../problems';
import type { Group, RosterIndex, Unit } from '../roster/model';
import type { PlanMembers } from './members';
import { cachedNormaliser } from './normalise-name';
import { compareText, type Ranked } from './ties';

/** A rule that kept a group and wants its own reason shown (unless a later rule closes it). */
export interface KeptNote {
  rule: RuleId;
  reason: string;
}

export interface Slot {
  readonly group: Group;
  /** Where the group is in roster.groups. */
  readonly position: number;
  /** The group's list number in the index's MemberTable, or −1 when it has no member list. */
  readonly listNumber: number;
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
  /** Member lists as numbers, with the removals applied (the same sizes as `size`). */
  readonly members: PlanMembers;
  /** normaliseName, cached: names repeat a lot across a district. */
  readonly normalise: (name: string) => string;
  /** Every group the auto-plan decides (given as positions in roster.groups), in id order. */
  readonly slots: readonly Slot[];
  /** Those still open, in id order (pruneOpen shortens it in place). */
  readonly open: Slot[];
  /** Per unit: groups the clerk's plan keeps open (and created groups), which hold quota slots. */
  readonly fixedOpen: ReadonlyMap<string, number>;
  readonly outcomes: Map<string, UnitOutcome>;
  /** quotaOf's cache, by unit type and staff. */
  readonly quotas: Map<string, UnitQuota | null>;
  readonly problems: Problem[];
}

export function newState(
  policy: Policy,
  asOf: string,
  size: SizeContext,
  members: PlanMembers,
  groups: readonly Group[],
  positions: readonly number[],
  fixedOpen: ReadonlyMap<string, number>,
): PlannerState {
  const slots: Slot[] = [];
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] ?? -1;
    const group = groups[position];
    if (group === undefined) continue;
    slots.push({
      group,
      position,
      listNumber: members.listAt(position),
      closed: null,
      merged: null,
      into: null,
      note: null,
    });
  }
  return {
    policy,
    asOf,
    index: size.index,
    size,
    members,
    normalise: cachedNormaliser(),
    slots,
    open: slots.slice(),
    fixedOpen,
    outcomes: new Map(),
    quotas: new Map(),
    problems: [],
  };
}

/** Drops the slots that rules closed or merged from the open list. */
export function pruneOpen(state: PlannerState): void {
  // In place: the open list is the plan's own copy, and a filtered copy per rule is garbage.
  const { open } = state;
  let kept = 0;
  for (let i = 0; i < open.length; i++) {
    const s = open[i];
    if (s !== undefined && isOpenSlot(s)) open[kept++] = s;
  }
  open.length = kept;
}

/** The group as rule 7 ranks it on its own. */
export const rankOf = (state: PlannerState, s: Slot): Ranked => ({
  id: s.group.id,
  size: state.members.ownSize(s.group, s.listNumber),
  lastActive: s.group.lastActive,
});

export const unitOf = (state: PlannerState, g: Pick<Group, 'unitId'>): Unit | null =>
  state.index.unitById.get(g.unitId) ?? null;

/** Slots by unit id, each list in the order given (id order); units in id order. */
export function byUnit(slots: readonly Slot[]): Map<string, Slot[]> {
  const out = new Map<string, Slot[]>();
  // A unit's groups are usually numbered together: look the unit up once per run of slots.
  let runUnit: string | null = null;
  let run: Slot[] = [];
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (s === undefined) continue;
    const unitId = s.group.unitId;
    if (unitId !== runUnit) {
      runUnit = unitId;
      const list = out.get(unitId);
      if (list) run = list;
      else out.set(unitId, (run = []));
    }
    run.push(s);
  }
  const unitIds = [...out.keys()].sort(compareText);
  const sorted = new Map<string, Slot[]>();
  for (const id of unitIds) sorted.set(id, out.get(id) ?? []);
  return sorted;
}

/** The unit's quota; units of the same type and staff share one (quotaFor builds a label). */
export function quotaOf(state: PlannerState, unit: Unit): UnitQuota | null {
  const key = `${unit.type}|${unit.staff ?? ''}`;
  let q = state.quotas.get(key);
  if (q === undefined) {
    q = quotaFor(state.policy, unit);
    state.quotas.set(key, q);
  }
  return q;
}
