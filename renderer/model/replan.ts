/**
 * 自动规划 on the board: run the auto-plan again (makePlan without the roster's own 拟处置) over
 * every work group the clerk has not decided on the board, and return the difference as one
 * patch, so the whole re-plan is one undo step.
 *
 * The clerk's board decisions (rule 'board') stay as they are, and the auto-plan must respect
 * them: they are handed to the planner as the roster's own plan (a fixed decision counts toward
 * its unit's quota and never absorbs automatic merges), and a group the clerk merged others into
 * stays open. The clerk's corrections (groupEdits) and planned member removals are what the
 * planner sees, so a corrected end date or business line counts.
 */
import { makePlan } from '../../core/planner/index';
import {
  CREATED_ID_PREFIX,
  inversePatch,
  removalKey,
  emptyPatch,
  type CreatedGroup,
  type Decision,
  type Plan,
  type PlanPatch,
  type Suggestion,
} from '../../core/plan/model';
import { effectiveGroup } from '../../core/plan/effective';
import type { Policy } from '../../core/policy/schema';
import type { Problem } from '../../core/problems';
import { isWorkGroup, type Group, type PlannedAction, type Roster } from '../../core/roster/model';

export interface ReplanResult {
  patch: PlanPatch;
  inverse: PlanPatch;
  /** The planner's warnings for the new plan. */
  problems: Problem[];
  suggestions: Suggestion[];
}

export const KEPT_AS_TARGET_REASON = '人工调整：已有群并入此群，保留';

function plannedOf(d: Decision, plan: Plan): PlannedAction | null {
  switch (d.state) {
    case 'kept':
      return { kind: 'keep' };
    case 'pending':
      return { kind: 'pending' };
    case 'dissolved':
      return { kind: 'dissolve' };
    case 'reclassified':
      return { kind: 'reclassify', category: d.category };
    case 'merged': {
      if (d.targetId === null) return null;
      if (!d.targetId.startsWith(CREATED_ID_PREFIX)) return { kind: 'merge', targetId: d.targetId };
      const created = plan.created.get(d.targetId);
      return created ? { kind: 'mergeNew', newName: created.name } : null;
    }
  }
}

const sameDecision = (a: Decision | undefined, b: Decision | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.state === b.state &&
    a.targetId === b.targetId &&
    a.category === b.category &&
    a.rule === b.rule &&
    a.reason === b.reason);

const sameCreated = (a: CreatedGroup | undefined, b: CreatedGroup | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.id === b.id &&
    a.name === b.name &&
    a.unitId === b.unitId &&
    a.platform === b.platform &&
    a.businessLine === b.businessLine &&
    a.owner === b.owner);

export function replanPatch(roster: Roster, plan: Plan, policy: Policy): ReplanResult {
  const fixed = new Set<string>();
  const groups: Group[] = roster.groups.map((g) => {
    const eff = effectiveGroup(g, plan);
    const d = plan.decisions.get(g.id);
    const planned = isWorkGroup(g) && d?.rule === 'board' ? plannedOf(d, plan) : null;
    if (planned) fixed.add(g.id);
    return { ...eff, planned, plannedReason: null };
  });
  const memberships = roster.memberships.map((m) => ({
    ...m,
    removalPlanned: plan.removals.has(removalKey(m.groupId, m.personKey)),
  }));
  const result = makePlan({ ...roster, groups, memberships }, policy, {
    asOf: plan.asOf,
    useClerkPlan: true,
  });

  const decisions = new Map<string, Decision>();
  for (const [id, d] of result.plan.decisions) {
    const current = plan.decisions.get(id);
    if (fixed.has(id) && current) decisions.set(id, current);
    else if (d.rule === 'clerk') decisions.set(id, { ...d, rule: 'board', reason: KEPT_AS_TARGET_REASON });
    else decisions.set(id, d);
  }
  const created = new Map<string, CreatedGroup>();
  for (const [id, c] of result.plan.created) created.set(id, plan.created.get(id) ?? c);

  const patch = emptyPatch();
  for (const id of new Set([...plan.decisions.keys(), ...decisions.keys()])) {
    const next = decisions.get(id);
    if (!sameDecision(plan.decisions.get(id), next)) patch.decisions.push([id, next ?? null]);
  }
  for (const id of new Set([...plan.created.keys(), ...created.keys()])) {
    const next = created.get(id);
    if (!sameCreated(plan.created.get(id), next)) patch.created.push([id, next ?? null]);
  }
  return {
    patch,
    inverse: inversePatch(plan, patch),
    problems: result.problems,
    suggestions: result.plan.suggestions,
  };
}
