/**
 * The planner: the clerk's plan plus the auto-plan rules of DESIGN §4a, in order. Pure and
 * deterministic: the same roster, policy and date give the same plan whatever the order of the
 * roster's rows (every rule works on groups in id order and breaks ties by rule 7).
 */
import { removalKey, type Decision, type Plan } from '../plan/model';
import type { SizeContext } from '../plan/size';
import type { Policy } from '../policy/schema';
import type { Problem } from '../problems';
import { indexRoster, isWorkGroup, type Group, type Roster, type RosterIndex } from '../roster/model';
import { emptyClerkPlan, readClerkPlan } from './clerk';
import { autoDecisions } from './finalise';
import { PlanMembers } from './members';
import { mergeUnitByUnit } from './merge-units';
import { SMALL_BUCKET } from './rules-duplicate';
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
  return planWith(roster, policy, options, SMALL_BUCKET);
}

/** makePlan with rule 4's pairwise-search threshold given: tests check any threshold plans the same. */
export function planWith(
  roster: Roster,
  policy: Policy,
  options: MakePlanOptions,
  smallBucket: number,
): MakePlanResult {
  const index = options.index ?? indexRoster(roster);
  const removals = new Set<string>();
  const trimmed = new Set<string>();
  if (options.useClerkPlan) {
    for (const m of roster.memberships) {
      if (!m.removalPlanned) continue;
      removals.add(removalKey(m.groupId, m.personKey));
      trimmed.add(m.groupId);
    }
  }
  const size: SizeContext = { index, removals };
  const members = new PlanMembers(index, removals, trimmed);
  const { groups } = roster;
  // Positions in roster.groups, so that the rules reach member lists without lookups by id.
  const work: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g && isWorkGroup(g)) work.push(i);
  }
  work.sort((a, b) => compareText(groups[a]?.id ?? '', groups[b]?.id ?? ''));
  const workGroups: Group[] = [];
  for (let k = 0; k < work.length; k++) {
    const g = groups[work[k] ?? -1];
    if (g) workGroups.push(g);
  }
  const clerk = options.useClerkPlan ? readClerkPlan(workGroups, size) : emptyClerkPlan();

  const autoPositions =
    clerk.decisions.size === 0 ? work : work.filter((i) => !clerk.decisions.has(groups[i]?.id ?? ''));
  const state = newState(policy, options.asOf, size, members, groups, autoPositions, clerk.fixedOpen);
  reclassifyByName(state);
  dissolveEndedTemporary(state);
  dissolveDead(state);
  mergeUnitByUnit(state, smallBucket);
  // Each work group's decision also by position in roster.groups, for rule 6.
  const decisionAt: Array<Decision | undefined> = new Array<Decision | undefined>(groups.length);
  const auto = autoDecisions(state, decisionAt);

  // Without a clerk's plan the auto-plan's map is already every work group in id order.
  let decisions = auto;
  if (clerk.decisions.size > 0) {
    decisions = new Map();
    for (const i of work) {
      const id = groups[i]?.id ?? '';
      const own = clerk.decisions.get(id);
      if (own) decisionAt[i] = own;
      const d = own ?? auto.get(id);
      if (d) decisions.set(id, d);
    }
  }
  const flags = flagCommunityHeads(roster, index, members, decisionAt, decisions, clerk.created);
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
