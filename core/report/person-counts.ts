/**
 * Each person's number of work groups before and after the plan, by the metrics' definition
 * (DESIGN §2; core/metrics/burden.ts): before, the work groups whose member list names them;
 * after, the open groups whose merged membership (less planned removals) includes them, counting
 * the listed sources of a group whose other sources have no list.
 *
 * Counted from the open groups' member lists the report computes anyway, rather than by asking
 * the metrics to walk a million memberships a second time.
 */
import type { OpenGroup } from '../plan/effective';
import type { Plan } from '../plan/model';
import { remainingMembers, type SizeContext } from '../plan/size';
import { isWorkGroup, type Roster, type RosterIndex } from '../roster/model';

export interface PersonCount {
  key: string;
  before: number;
  after: number;
  /** The last group that counted this person: a person listed twice in one group counts once. */
  seen: number;
}

/** People in at least one work group before, most burdened first (before, then after, descending). */
export function personCounts(
  roster: Roster,
  index: RosterIndex,
  plan: Plan,
  open: readonly OpenGroup[],
): PersonCount[] {
  const byKey = new Map<string, PersonCount>();
  let stamp = 0;
  for (const g of roster.groups) {
    const list = isWorkGroup(g) ? index.membersByGroup.get(g.id) : undefined;
    if (!list) continue;
    stamp++;
    for (const key of list) {
      let c = byKey.get(key);
      if (!c) byKey.set(key, (c = { key, before: 0, after: 0, seen: 0 }));
      if (c.seen === stamp) continue;
      c.seen = stamp;
      c.before++;
    }
  }
  const size: SizeContext = { index, removals: plan.removals };
  const countAfter = (keys: readonly string[]): void => {
    for (const key of keys) {
      const c = byKey.get(key);
      if (!c || c.seen === stamp) continue;
      c.seen = stamp;
      c.after++;
    }
  };
  for (const o of open) {
    stamp++;
    if (o.members) countAfter(o.members);
    else for (const id of o.sourceIds) countAfter(remainingMembers(size, id) ?? []);
  }
  return [...byKey.values()].sort((x, y) => y.before - x.before || y.after - x.after);
}
