/**
 * A plan: what happens to each work group of a roster. Several plans (scenarios) may exist per
 * roster. Plans are kept in Maps, not plain objects: group ids come from untrusted files (a
 * 群编号 of "__proto__" must stay data), and Maps survive structured clone (IPC, IndexedDB).
 *
 * Edits never copy the whole plan: an action is turned into a small PlanPatch by a pure
 * function (core/plan/actions.ts), and applyPatch writes just those entries. The inverse of a
 * patch is the patch of the prior values, which is what undo applies.
 */
import type { Group, NonWorkCategory } from '../roster/model';

/** The end state of a work group (DESIGN §2). A pending (待定) group counts as kept. */
export type GroupState = 'pending' | 'kept' | 'merged' | 'dissolved' | 'reclassified';

export const GROUP_STATE_LABELS: Record<GroupState, string> = {
  pending: '待定',
  kept: '保留',
  merged: '合并',
  dissolved: '解散',
  reclassified: '转出',
};

/**
 * Who or which rule decided. The auto-plan rules follow DESIGN §4a in order; `clerk` is the
 * roster's own 拟处置 column, `board` an edit on the merge board.
 */
export type RuleId =
  | 'clerk'
  | 'board'
  | 'reclassify'
  | 'temporary'
  | 'dead'
  | 'duplicate'
  | 'quota'
  | 'community-head'
  | 'within-quota';

export const RULE_LABELS: Record<RuleId, string> = {
  clerk: '填报方案',
  board: '人工调整',
  reclassify: '规则1 转出非工作群',
  temporary: '规则2 临时群到期',
  dead: '规则3 僵尸群',
  duplicate: '规则4 重复群',
  quota: '规则5 超出限额',
  'community-head': '规则6 社区负责人入群',
  'within-quota': '规则5 限额内保留',
};

export interface Decision {
  state: GroupState;
  /** For `merged`: the final target, an open work group's id or a created group's id. */
  targetId: string | null;
  /** For `reclassified`: the non-work category it becomes, when known. */
  category: NonWorkCategory | null;
  rule: RuleId;
  /** Chinese, citing the rule and the facts, e.g. "最近活跃 2025-05-21，超过 90 天未活跃". */
  reason: string;
}

/** A new consolidated group that a merge creates (DESIGN §2 `created`). */
export interface CreatedGroup {
  id: string;
  name: string;
  unitId: string;
  platform: string;
  businessLine: string | null;
  owner: string | null;
}

/** Fields of a group the clerk may correct in the plan (the detail panel), over the roster's values. */
export type GroupEdit = Partial<
  Pick<Group, 'businessLine' | 'owner' | 'temporary' | 'endDate' | 'photoRequired'>
>;

/** A flag the auto-plan raises without acting on it (rule 6: 移出成员). */
export interface Suggestion {
  rule: RuleId;
  groupId: string;
  personKey: string | null;
  kind: 'remove-member';
  reason: string;
}

export interface Plan {
  /** The plan date, ISO (YYYY-MM-DD): --as-of, else the roster's 填报日期, else today. */
  asOf: string;
  policyName: string;
  /** Every work group of the roster has exactly one decision. */
  decisions: Map<string, Decision>;
  created: Map<string, CreatedGroup>;
  /** Planned member removals, keyed by removalKey(groupId, personKey). */
  removals: Set<string>;
  groupEdits: Map<string, GroupEdit>;
  suggestions: Suggestion[];
}

export const removalKey = (groupId: string, personKey: string): string => `${groupId}\u0000${personKey}`;

export function parseRemovalKey(key: string): { groupId: string; personKey: string } {
  const i = key.indexOf('\u0000');
  return { groupId: key.slice(0, i), personKey: key.slice(i + 1) };
}

/** Prefix of created group ids, which cannot collide with a roster group id (those never contain it). */
export const CREATED_ID_PREFIX = 'new\u0000';

export const isOpen = (d: Decision): boolean => d.state === 'kept' || d.state === 'pending';

/**
 * The entries one action changes. `null` deletes (a created group that lost its last source,
 * an edit cleared); for removals `false` deletes.
 */
export interface PlanPatch {
  decisions: Array<[string, Decision | null]>;
  created: Array<[string, CreatedGroup | null]>;
  removals: Array<[string, boolean]>;
  groupEdits: Array<[string, GroupEdit | null]>;
}

export const emptyPatch = (): PlanPatch => ({
  decisions: [],
  created: [],
  removals: [],
  groupEdits: [],
});

/** The patch that undoes `patch` on `plan`: the current values of the same keys. Call before applying. */
export function inversePatch(plan: Plan, patch: PlanPatch): PlanPatch {
  return {
    decisions: patch.decisions.map(([id]) => [id, plan.decisions.get(id) ?? null]),
    created: patch.created.map(([id]) => [id, plan.created.get(id) ?? null]),
    removals: patch.removals.map(([key]) => [key, plan.removals.has(key)]),
    groupEdits: patch.groupEdits.map(([id]) => [id, plan.groupEdits.get(id) ?? null]),
  };
}

/** Writes the patch into the plan in place (the only mutation of a plan) and returns it. */
export function applyPatch(plan: Plan, patch: PlanPatch): Plan {
  for (const [id, d] of patch.decisions) {
    if (d === null) plan.decisions.delete(id);
    else plan.decisions.set(id, d);
  }
  for (const [id, c] of patch.created) {
    if (c === null) plan.created.delete(id);
    else plan.created.set(id, c);
  }
  for (const [key, on] of patch.removals) {
    if (on) plan.removals.add(key);
    else plan.removals.delete(key);
  }
  for (const [id, e] of patch.groupEdits) {
    if (e === null) plan.groupEdits.delete(id);
    else plan.groupEdits.set(id, e);
  }
  return plan;
}

export function clonePlan(plan: Plan): Plan {
  return {
    asOf: plan.asOf,
    policyName: plan.policyName,
    decisions: new Map(plan.decisions),
    created: new Map(plan.created),
    removals: new Set(plan.removals),
    groupEdits: new Map(plan.groupEdits),
    suggestions: plan.suggestions.slice(),
  };
}
