/**
 * The metrics of a plan, exactly as DESIGN §2 defines them:
 * - nonWork: groups the roster labels chat, party-member or service; before: all other groups.
 * - every work group ends in one state (an undecided group is pending, and pending counts as
 *   kept); created: created groups with at least one source; after = kept + created;
 *   compression = (before − after) / before, 0 when before is 0.
 * - membershipsBefore: the stated sizes (statedSize) of the work groups; membershipsAfter:
 *   mergedSize of each open group's sources after planned removals.
 * - per unit: its own groups (a created group belongs to its unit); per area: sums over the
 *   area's units; burden: see burden.ts. Business lines use the clerk's corrections (groupEdits).
 * The roster's side is precomputed once per roster (facts.ts); a call is one scan of the plan
 * (scan.ts) and one pass over the members on typed arrays (burden.ts).
 */
import { indexRoster, KNOWN_PLATFORMS, type Roster, type RosterIndex } from '../roster/model';
import type { Policy } from '../policy/schema';
import type { Plan } from '../plan/model';
import type { ComputedPlanMetrics, PersonBurden } from './model';
import { burdenMetrics, personBurdenList, tallyMembers } from './burden';
import { UNCATEGORISED } from './categories';
import { rosterFacts } from './facts';
import { scanPlan } from './scan';
import { areaMetrics, emptyUnitTally, unitMetrics, type UnitTally } from './units';

export { unitsOverQuotaFirst, areaHeadOf } from './units';
export { UNCATEGORISED } from './categories';

export function computeMetrics(
  roster: Roster,
  plan: Plan,
  policy: Policy,
  index: RosterIndex = indexRoster(roster),
): ComputedPlanMetrics {
  const facts = rosterFacts(roster, index);
  const scan = scanPlan(plan, facts);
  const tally = tallyMembers(plan, facts, scan);
  scan.totals.membershipsAfter = tally.membershipsAfter;
  const byUnitId = new Map<string, UnitTally>();
  for (const u of roster.units) {
    const n = facts.units.find(u.id);
    byUnitId.set(u.id, (n === undefined ? undefined : scan.unitTallies[n]) ?? emptyUnitTally());
  }
  const units = unitMetrics(roster, index, policy, byUnitId);
  return {
    totals: scan.totals,
    units,
    areas: areaMetrics(roster, index, units),
    burden: burdenMetrics(roster, index, tally),
    categories: scan.lines.list(policy.businessLines, UNCATEGORISED),
    platforms: scan.platforms.list(KNOWN_PLATFORMS).filter((c) => c.before > 0 || c.after > 0),
  };
}

/** Every person in at least one work group before, with their counts (the report's 人员负担). */
export function personBurdens(
  roster: Roster,
  plan: Plan,
  index: RosterIndex = indexRoster(roster),
): PersonBurden[] {
  const facts = rosterFacts(roster, index);
  return personBurdenList(index, tallyMembers(plan, facts, scanPlan(plan, facts)));
}
