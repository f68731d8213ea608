/**
 * The planner: the clerk's plan plus the auto-plan rules of DESIGN §4a, in order. Pure and
 * deterministic: the same roster, policy and date give the same plan whatever the order of the
 * roster's rows (every rule works on groups in id order and breaks ties by rule 7).
 */
import { removalKey, type Plan } from '../plan/model';
import type { SizeContext } from '../plan/size';
import type { Policy } from '../policy/schema';
import type { Problem } from '../problems';
import { indexRoster, isWorkGroup, type Roster, type RosterIndex } from '../roster/model';
import { emptyClerkPlan, readClerkPlan } from './clerk';
import { autoDecisions } from './finalise';
import { mergeUnitByUnit } from './merge-units';
import { flagCommunityHeads } from './rules-community-head';
import { dissolveDead } from './rules-dead';
import { reclassifyByName } from './rules-reclassify';
import { dissolveEndedTemporary } from './rules-temporary';
import { newState } from './state';
import { compareText } from './ties';

export { normaliseName } from './normalise-name';
export { compareRank, type Ranked } from './ties';

export interface MakePlanOptions {
  /** The plan date, ISO (YYYY-MM-DD). */
  asOf: string;
  /** False is --auto: the roster's 拟处置/并入 and 拟移出 are ignored and every work group is auto-planned. */
  useClerkPlan: boolean;
  /** indexRoster(roster), when the caller already has it (it is built otherwise). */
  index?: RosterIndex;
}

export interface MakePlanResult {
  plan: Plan;
  problems: Problem[];
}

export function makePlan(roster: Roster, policy: Policy, options: MakePlanOptions): MakePlanResult {
  const index = options.index ?? indexRoster(roster);
  const removals = new Set<string>();
  if (options.useClerkPlan) {
    for (const m of roster.memberships)
      if (m.removalPlanned) removals.add(removalKey(m.groupId, m.personKey));
  }
  const size: SizeContext = { index, removals };
  const workGroups = roster.groups.filter(isWorkGroup).sort((a, b) => compareText(a.id, b.id));
  const clerk = options.useClerkPlan ? readClerkPlan(workGroups, size) : emptyClerkPlan();

  const autoGroups = workGroups.filter((g) => !clerk.decisions.has(g.id));
  const state = newState(policy, options.asOf, size, autoGroups, clerk.fixedOpen);
  reclassifyByName(state);
  dissolveEndedTemporary(state);
  dissolveDead(state);
  mergeUnitByUnit(state);
  const auto = autoDecisions(state);

  // Without a clerk's plan the auto-plan's map is already every work group in id order.
  let decisions = auto;
  if (clerk.decisions.size > 0) {
    decisions = new Map();
    for (const g of workGroups) {
      const d = clerk.decisions.get(g.id) ?? auto.get(g.id);
      if (d) decisions.set(g.id, d);
    }
  }
  const flags = flagCommunityHeads(size, workGroups, decisions, clerk.created);
  const plan: Plan = {
    asOf: options.asOf,
    policyName: policy.name,
    decisions,
    created: clerk.created,
    removals,
    groupEdits: new Map(),
    suggestions: flags.suggestions,
  };
  return { plan, problems: [...clerk.problems, ...state.problems, ...flags.problems] };
}
