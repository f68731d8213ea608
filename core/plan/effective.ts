/**
 * The groups that are open after a plan: kept and pending work groups (with everything merged
 * into them) and created groups that have at least one source. This is the 保留群台账 of the
 * report and the cards of the board's 保留 lane.
 */
import { isWorkGroup, type Group, type Roster, type RosterIndex } from '../roster/model';
import { mergedSize, remainingMembers } from './size';
import type { GroupState, Plan } from './model';

export interface OpenGroup {
  id: string;
  name: string;
  unitId: string;
  platform: string;
  created: boolean;
  /** Itself (if a roster group) and everything merged into it, in roster order. */
  sourceIds: string[];
  /** mergedSize of the sources, after planned removals. */
  size: number;
  /** Person keys after merge and removals; null when some source has no member list. */
  members: string[] | null;
  /** 'kept' or 'pending' for a roster group, 'created' for a new consolidated group. */
  state: 'kept' | 'pending' | 'created';
  /** After the clerk's corrections (groupEdits) for a roster group; the created group's own otherwise. */
  businessLine: string | null;
  owner: string | null;
}

/** A roster group with the clerk's corrections (plan.groupEdits) applied. */
export function effectiveGroup(group: Group, plan: Pick<Plan, 'groupEdits'>): Group {
  const edit = plan.groupEdits.get(group.id);
  return edit ? { ...group, ...edit } : group;
}

/** The state of a work group under the plan: an undecided group is pending. */
export function stateOf(plan: Pick<Plan, 'decisions'>, groupId: string): GroupState {
  return plan.decisions.get(groupId)?.state ?? 'pending';
}

/**
 * Target id → the work groups merged into it, in roster order. Only targets that are open (an
 * open work group or an existing created group) are kept; a merge into anything else is not part
 * of any open group.
 */
export function sourcesByTarget(roster: Roster, plan: Plan): Map<string, string[]> {
  const open = new Set<string>();
  for (const g of roster.groups) {
    if (!isWorkGroup(g)) continue;
    const s = plan.decisions.get(g.id)?.state ?? 'pending';
    if (s === 'kept' || s === 'pending') open.add(g.id);
  }
  const out = new Map<string, string[]>();
  for (const g of roster.groups) {
    if (!isWorkGroup(g)) continue;
    const d = plan.decisions.get(g.id);
    if (d?.state !== 'merged' || d.targetId === null) continue;
    if (!open.has(d.targetId) && !plan.created.has(d.targetId)) continue;
    const list = out.get(d.targetId);
    if (list) list.push(g.id);
    else out.set(d.targetId, [g.id]);
  }
  return out;
}

/** Members after merge and removals, or null when some source has no list. */
function membersOf(index: RosterIndex, removals: ReadonlySet<string>, sourceIds: string[]): string[] | null {
  const ctx = { index, removals };
  if (sourceIds.length === 1) {
    const only = sourceIds[0];
    return only === undefined ? [] : remainingMembers(ctx, only);
  }
  const people = new Set<string>();
  for (const id of sourceIds) {
    const list = remainingMembers(ctx, id);
    if (list === null) return null;
    for (const p of list) people.add(p);
  }
  return [...people];
}

/** mergedSize without computing the union twice: the member list's length is that size. */
function sizeOf(
  index: RosterIndex,
  removals: ReadonlySet<string>,
  sourceIds: string[],
  members: string[] | null,
): number {
  return members ? members.length : mergedSize({ index, removals }, sourceIds);
}

export function openGroupsAfter(roster: Roster, index: RosterIndex, plan: Plan): OpenGroup[] {
  const sources = sourcesByTarget(roster, plan);
  const out: OpenGroup[] = [];
  for (const g of roster.groups) {
    if (!isWorkGroup(g)) continue;
    const state = plan.decisions.get(g.id)?.state ?? 'pending';
    if (state !== 'kept' && state !== 'pending') continue;
    const sourceIds = [g.id, ...(sources.get(g.id) ?? [])];
    const eff = effectiveGroup(g, plan);
    const members = membersOf(index, plan.removals, sourceIds);
    out.push({
      id: g.id,
      name: g.name,
      unitId: g.unitId,
      platform: g.platform,
      created: false,
      sourceIds,
      size: sizeOf(index, plan.removals, sourceIds, members),
      members,
      state,
      businessLine: eff.businessLine,
      owner: eff.owner,
    });
  }
  for (const c of plan.created.values()) {
    const sourceIds = sources.get(c.id);
    if (!sourceIds || sourceIds.length === 0) continue;
    const members = membersOf(index, plan.removals, sourceIds);
    out.push({
      id: c.id,
      name: c.name,
      unitId: c.unitId,
      platform: c.platform,
      created: true,
      sourceIds,
      size: sizeOf(index, plan.removals, sourceIds, members),
      members,
      state: 'created',
      businessLine: c.businessLine,
      owner: c.owner,
    });
  }
  return out;
}
