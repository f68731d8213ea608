/**
 * What a drop means, decided before anything is dispatched: a lane drop is 保留 / 待定 / 解散 /
 * 转出 of the dragged groups (转出 uses the category rule 1 would suggest, or asks); a drop on an
 * open card is a merge the clerk confirms (into that group, or together into a new one); the
 * 合并 lane itself is no target. Also the undo-step labels, in Chinese.
 */
import type { PlanAction } from '../../../core/plan/actions';
import type { Policy } from '../../../core/policy/schema';
import { NON_WORK_CATEGORIES, type NonWorkCategory } from '../../../core/roster/model';
import type { LaneKey } from '../../store/view';
import type { BoardData } from './board-data';

export type DropTarget = { kind: 'lane'; lane: LaneKey } | { kind: 'card'; id: string };

export interface Step {
  action: PlanAction;
  label: string;
}

export type DropOutcome =
  /** Nothing to do; `message` says why when the clerk should know. */
  | { kind: 'none'; message: string | null }
  /** Dispatch these, as one undo step labelled `label`. */
  | { kind: 'apply'; label: string; steps: Step[] }
  /** Ask 并入该群 / 合并为新群, then merge. */
  | { kind: 'merge'; sourceIds: string[]; targetId: string }
  /** Ask which non-work category, then 转出. */
  | { kind: 'askCategory'; groupIds: string[] };

export const MERGE_LANE_HINT = '合并请把群拖到目标群的卡片上（保留或待定中的群）。';
export const CLOSED_TARGET_HINT = '只能并入保留或待定中的群；已合并、解散或转出的群不能作为目标。';

/** The name in the quotes a clerk reads ("“XX群”"). */
export const quote = (data: BoardData, id: string): string => `“${data.nameOf(id)}”`;

/** "解散“XX群”" for one group, "解散 3 个群" for several. */
export function verbLabel(data: BoardData, verb: string, ids: readonly string[]): string {
  const first = ids[0];
  if (ids.length === 1 && first !== undefined) return `${verb}${quote(data, first)}`;
  return `${verb} ${ids.length} 个群`;
}

export function mergeLabel(data: BoardData, sourceIds: readonly string[], targetId: string): string {
  const first = sourceIds[0];
  const who = sourceIds.length === 1 && first !== undefined ? quote(data, first) : `${sourceIds.length} 个群`;
  return `${who}并入${quote(data, targetId)}`;
}

export function mergeNewLabel(ids: readonly string[], name: string): string {
  return `${ids.length} 个群合并为新群“${name.trim()}”`;
}

/**
 * The category rule 1 would give a group by its name (DESIGN §4a): the first matching word's,
 * unless the name spells out the category of one of the matches (党员交流群 is 党员, not 交流).
 */
export function suggestedCategory(name: string, policy: Policy): NonWorkCategory | null {
  const matched = policy.reclassifyWords.filter((w) => name.includes(w.word));
  if (matched.length === 0) return null;
  const spelled = NON_WORK_CATEGORIES.find((c) => name.includes(c) && matched.some((m) => m.category === c));
  return spelled ?? matched[0]?.category ?? null;
}

export function reclassifySteps(
  data: BoardData,
  ids: readonly string[],
  category: NonWorkCategory | null,
): Step[] {
  return [
    {
      action: { type: 'reclassify', groupIds: [...ids], category },
      label: verbLabel(data, `转出为${category ?? '非工作群'}`, ids),
    },
  ];
}

function laneAction(lane: LaneKey, ids: string[]): PlanAction | null {
  switch (lane) {
    case 'pending':
      return { type: 'setPending', groupIds: ids };
    case 'kept':
      return { type: 'keep', groupIds: ids };
    case 'dissolved':
      return { type: 'dissolve', groupIds: ids };
    default:
      return null;
  }
}

const LANE_VERBS: Record<LaneKey, string> = {
  pending: '改为待定',
  kept: '保留',
  merged: '合并',
  dissolved: '解散',
  reclassified: '转出',
};

/** A move to a lane (the drop on a lane, and the 移至… menu). */
export function laneOutcome(data: BoardData, ids: readonly string[], lane: LaneKey): DropOutcome {
  if (lane === 'merged') return { kind: 'none', message: MERGE_LANE_HINT };
  // A source dragged out of its stack is 'merged', so it moves even into its target's own lane.
  const needed = ids.filter((id) => data.laneOf(id) !== lane);
  if (needed.length === 0) return { kind: 'none', message: null };
  if (lane === 'reclassified') {
    const byCategory = new Map<NonWorkCategory, string[]>();
    for (const id of needed) {
      const g = data.index.groupById.get(id);
      const c = g ? suggestedCategory(g.name, data.policy) : null;
      if (c === null) return { kind: 'askCategory', groupIds: needed };
      const list = byCategory.get(c);
      if (list) list.push(id);
      else byCategory.set(c, [id]);
    }
    const steps = [...byCategory].flatMap(([c, list]) => reclassifySteps(data, list, c));
    return { kind: 'apply', label: verbLabel(data, '转出', needed), steps };
  }
  const action = laneAction(lane, needed);
  if (!action) return { kind: 'none', message: null };
  const label = verbLabel(data, LANE_VERBS[lane], needed);
  return { kind: 'apply', label, steps: [{ action, label }] };
}

/** True when a group can take others in (a merge target): open roster work groups and created groups. */
export const isMergeTarget = (data: BoardData, id: string): boolean => {
  const lane = data.laneOf(id);
  return lane === 'kept' || lane === 'pending';
};

export function planDrop(data: BoardData, ids: readonly string[], target: DropTarget): DropOutcome {
  if (ids.length === 0) return { kind: 'none', message: null };
  if (target.kind === 'lane') return laneOutcome(data, ids, target.lane);
  if (!isMergeTarget(data, target.id)) return { kind: 'none', message: CLOSED_TARGET_HINT };
  const sourceIds = ids.filter((id) => id !== target.id);
  if (sourceIds.length === 0) return { kind: 'none', message: null };
  return { kind: 'merge', sourceIds, targetId: target.id };
}
