/**
 * The clerk's own plan (拟处置/并入, already resolved by the importer): it becomes fixed
 * decisions with rule 'clerk'. The auto-plan then decides only the remaining work groups; the
 * clerk's open groups and created groups hold quota slots in their units (see rules-quota.ts).
 */
import {
  CREATED_ID_PREFIX,
  GROUP_STATE_LABELS,
  isOpen,
  type CreatedGroup,
  type Decision,
} from '../plan/model';
import { mergedSize, type SizeContext } from '../plan/size';
import { problem, type Problem } from '../problems';
import { isWorkGroup, type Group, type PlannedAction } from '../roster/model';
import { compareRank, compareText } from './ties';
import { groupLabel, placeOf, quoted, withPlace } from './text';

export interface ClerkPlan {
  decisions: Map<string, Decision>;
  created: Map<string, CreatedGroup>;
  /** Per unit: open groups the auto-plan must not touch (clerk-kept, pending, created). */
  fixedOpen: Map<string, number>;
  problems: Problem[];
}

export const emptyClerkPlan = (): ClerkPlan => ({
  decisions: new Map(),
  created: new Map(),
  fixedOpen: new Map(),
  problems: [],
});

function defaultReason(action: PlannedAction, size: SizeContext): string {
  switch (action.kind) {
    case 'keep':
      return '填报方案：保留';
    case 'pending':
      return '填报方案：待定';
    case 'dissolve':
      return '填报方案：解散';
    case 'reclassify':
      return action.category ? `填报方案：转出为${action.category}` : '填报方案：转出工作群管理';
    case 'merge': {
      const t = size.index.groupById.get(action.targetId);
      if (!t) return `填报方案：并入 ${action.targetId}`;
      return t.code ? `填报方案：并入 ${t.name}（${t.code}）` : `填报方案：并入 ${t.name}`;
    }
    case 'mergeNew':
      return `填报方案：并入新建群 ${action.newName}`;
  }
}

function decisionOf(action: PlannedAction, reason: string): Decision {
  const base = { targetId: null, category: null, rule: 'clerk' as const, reason };
  switch (action.kind) {
    case 'keep':
      return { ...base, state: 'kept' };
    case 'pending':
      return { ...base, state: 'pending' };
    case 'dissolve':
      return { ...base, state: 'dissolved' };
    case 'reclassify':
      return { ...base, state: 'reclassified', category: action.category };
    case 'merge':
      return { ...base, state: 'merged', targetId: action.targetId };
    case 'mergeNew':
      return { ...base, state: 'merged', targetId: CREATED_ID_PREFIX + action.newName };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `workGroups` in id order; `size` carries the planned removals. */
export function readClerkPlan(workGroups: readonly Group[], size: SizeContext): ClerkPlan {
  const plan = emptyClerkPlan();
  const mergesInto = new Map<string, Group[]>();
  const newSources = new Map<string, Group[]>();
  for (const g of workGroups) {
    const action = g.planned;
    if (action === null) continue;
    const reason = g.plannedReason?.trim() || defaultReason(action, size);
    plan.decisions.set(g.id, decisionOf(action, reason));
    if (action.kind === 'merge') push(mergesInto, action.targetId, g);
    if (action.kind === 'mergeNew') push(newSources, action.newName, g);
  }
  for (const [targetId, sources] of mergesInto) checkTarget(plan, size, targetId, sources);
  for (const name of [...newSources.keys()].sort(compareText)) {
    const sources = newSources.get(name) ?? [];
    const ranked = sources
      .map((g) => ({ g, rank: { id: g.id, size: mergedSize(size, [g.id]), lastActive: g.lastActive } }))
      .sort((a, b) => compareRank(a.rank, b.rank));
    const largest = ranked[0]?.g;
    if (!largest) continue;
    const id = CREATED_ID_PREFIX + name;
    plan.created.set(id, {
      id,
      name,
      unitId: largest.unitId,
      platform: largest.platform,
      businessLine: largest.businessLine,
      owner: largest.owner,
    });
  }
  for (const g of workGroups) {
    const d = plan.decisions.get(g.id);
    if (d && isOpen(d)) plan.fixedOpen.set(g.unitId, (plan.fixedOpen.get(g.unitId) ?? 0) + 1);
  }
  for (const c of plan.created.values())
    plan.fixedOpen.set(c.unitId, (plan.fixedOpen.get(c.unitId) ?? 0) + 1);
  return plan;
}

/**
 * A merge target the clerk left without an action must stay open, so the auto-plan may not
 * touch it: it is kept as part of the clerk's plan. A target that is missing, not a work group,
 * or closed by the clerk's own plan is the importer's to catch; if one gets here it is reported.
 */
function checkTarget(plan: ClerkPlan, size: SizeContext, targetId: string, sources: Group[]): void {
  const first = sources[0];
  if (!first) return;
  const t = size.index.groupById.get(targetId);
  const place = placeOf(first);
  if (!t) {
    const msg = `群${groupLabel(first)}填报并入的“${targetId}”不在名单中，无法合并`;
    plan.problems.push(problem('error', 'PLAN_TARGET_UNKNOWN', withPlace(place, msg), place));
    return;
  }
  if (!isWorkGroup(t)) {
    const msg = `群${groupLabel(first)}填报并入${groupLabel(t)}，但该群是${t.category}，不是工作群`;
    plan.problems.push(problem('error', 'PLAN_TARGET_NOT_WORK', withPlace(place, msg), place));
    return;
  }
  const own = plan.decisions.get(targetId);
  if (own === undefined) {
    const more = sources.length > 1 ? `等 ${sources.length} 个群` : '';
    plan.decisions.set(targetId, {
      state: 'kept',
      targetId: null,
      category: null,
      rule: 'clerk',
      reason: `填报方案将${quoted(first.name)}${more}并入此群，保留（填报方案）`,
    });
  } else if (!isOpen(own)) {
    const msg = `群${groupLabel(first)}填报并入${groupLabel(t)}，但该群填报为“${GROUP_STATE_LABELS[own.state]}”，合并后无处可去，请改填并入的群`;
    plan.problems.push(problem('error', 'PLAN_TARGET_CLOSING', withPlace(place, msg), place));
  }
}
