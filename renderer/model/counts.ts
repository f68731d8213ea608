/**
 * The before/after group counts the start page lists for each saved plan, kept current on every
 * write without recomputing the metrics: `after` (DESIGN §2: open work groups plus created
 * groups with a source) changes by what a patch opens or closes. computeMetrics remains the one
 * definition; test/dom/model/counts.test.ts checks these agree with it.
 */
import { isOpen, type Decision, type Plan, type PlanPatch } from '../../core/plan/model';
import { isWorkGroup, type Roster } from '../../core/roster/model';

export interface PlanCounts {
  before: number;
  after: number;
}

/** A work group without a decision is pending, and pending counts as open. */
const openness = (d: Decision | null | undefined): number => (d == null || isOpen(d) ? 1 : 0);

export function planCounts(roster: Roster, plan: Plan): PlanCounts {
  let before = 0;
  let after = 0;
  for (const g of roster.groups) {
    if (!isWorkGroup(g)) continue;
    before++;
    after += openness(plan.decisions.get(g.id));
  }
  return { before, after: after + plan.created.size };
}

/** The last value per key: a concatenated patch may set a key more than once, and the last wins. */
export function lastPerKey<V>(entries: ReadonlyArray<[string, V]>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [k, v] of entries) out.set(k, v);
  return out;
}

/** How `after` changes when `patch` is applied to `plan` (call before applying). */
export function afterDelta(plan: Plan, patch: PlanPatch): number {
  let delta = 0;
  for (const [id, d] of lastPerKey(patch.decisions)) delta += openness(d) - openness(plan.decisions.get(id));
  for (const [id, c] of lastPerKey(patch.created))
    delta += (c === null ? 0 : 1) - (plan.created.has(id) ? 1 : 0);
  return delta;
}
