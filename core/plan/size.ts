/**
 * How many members a group, or several groups merged into one, would have. One definition for
 * the planner (platform caps), the metrics (memberships after) and the board.
 *
 * When every group involved has a member list, the size is the number of distinct people across
 * the lists (a person in two merged groups is counted once), minus planned removals. Otherwise
 * it is the sum of the stated member counts (成员数, or the list's length when the count is
 * missing): without lists nobody can tell overlaps, and a sum never understates a cap.
 */
import type { RosterIndex } from '../roster/model';
import { removalKey } from './model';

export interface SizeContext {
  index: RosterIndex;
  /** Planned removals (plan.removals); members removed from a group do not follow it. */
  removals?: ReadonlySet<string>;
}

/** The stated size of one group: 成员数, else its list's length, else 0. */
export function statedSize(ctx: SizeContext, groupId: string): number {
  const g = ctx.index.groupById.get(groupId);
  const listed = ctx.index.membersByGroup.get(groupId);
  if (g?.memberCount != null) return g.memberCount;
  return listed ? listed.length : 0;
}

/** The members of one group that remain after planned removals, or null when it has no list. */
export function remainingMembers(ctx: SizeContext, groupId: string): string[] | null {
  const listed = ctx.index.membersByGroup.get(groupId);
  if (!listed) return null;
  const removals = ctx.removals;
  if (!removals || removals.size === 0) return listed;
  return listed.filter((p) => !removals.has(removalKey(groupId, p)));
}

/** The size of the groups merged into one (see the module comment). */
export function mergedSize(ctx: SizeContext, groupIds: readonly string[]): number {
  const lists: string[][] = [];
  for (const id of groupIds) {
    const list = remainingMembers(ctx, id);
    if (list === null) return groupIds.reduce((sum, gid) => sum + statedSize(ctx, gid), 0);
    lists.push(list);
  }
  if (lists.length === 1) return lists[0]?.length ?? 0;
  const people = new Set<string>();
  for (const list of lists) for (const p of list) people.add(p);
  return people.size;
}
