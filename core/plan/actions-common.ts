/** What the action modules share: their error codes, the failure they throw inside, subjects. */
import type { CreatedGroup } from './model';
import type { Group, NonWorkCategory } from '../roster/model';
import { GROUP_STATE_LABELS } from './model';
import type { PlanDraft } from './actions-draft';

export type ActionErrorCode =
  /** The action value itself is malformed (wrong type, missing list). */
  | 'ACTION_INVALID'
  /** No group given. */
  | 'ACTION_EMPTY'
  | 'ACTION_UNKNOWN_GROUP'
  | 'ACTION_UNKNOWN_UNIT'
  /** A chat, party-member or service group labelled so by the roster: not planned. */
  | 'ACTION_NOT_WORK_GROUP'
  | 'ACTION_MERGE_SELF'
  /** The merge target is merged, dissolved or reclassified. */
  | 'ACTION_TARGET_CLOSED'
  | 'ACTION_TARGET_NOT_WORK'
  /** The action does not apply to a new consolidated group (e.g. 转出). */
  | 'ACTION_CREATED_NOT_ALLOWED'
  /** 拆分 of a group that is neither merged nor has absorbed others. */
  | 'ACTION_NOT_MERGED'
  | 'ACTION_BAD_NAME'
  /** A new group's name is taken by a created group of another unit or platform. */
  | 'ACTION_NEW_GROUP_CONFLICT'
  | 'ACTION_NO_MEMBER_LIST'
  | 'ACTION_NOT_MEMBER'
  | 'ACTION_BAD_EDIT';

/** Thrown inside an action and turned into `{ ok: false }` by planAction; never escapes it. */
export class ActionFailure extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Subject =
  { kind: 'group'; id: string; group: Group } | { kind: 'created'; id: string; created: CreatedGroup };

/** How a group is named to the clerk: its name in quotes, never the internal id of a created group. */
export function quoted(draft: PlanDraft, id: string): string {
  const g = draft.ctx.index.groupById.get(id);
  if (g) return `“${g.name}”`;
  const c = draft.createdGroup(id);
  if (c) return `新建群“${c.name}”`;
  return `“${id}”`;
}

export function resolveSubject(draft: PlanDraft, id: unknown, what = '群'): Subject {
  if (typeof id !== 'string') throw new ActionFailure('ACTION_INVALID', `操作有误：${what}编号不是文本。`);
  const group = draft.ctx.index.groupById.get(id);
  if (group) {
    if (!draft.isWorkGroup(id)) {
      throw new ActionFailure(
        'ACTION_NOT_WORK_GROUP',
        `群“${group.name}”在花名册中是${group.category}，不是工作群，不参与精简。`,
      );
    }
    return { kind: 'group', id, group };
  }
  const created = draft.createdGroup(id);
  if (created) return { kind: 'created', id, created };
  throw new ActionFailure('ACTION_UNKNOWN_GROUP', `找不到${what}（编号“${id}”），可能已被删除或方案已变化。`);
}

/** Resolves a list of ids, without duplicates, in the given order; the list must not be empty. */
export function resolveSubjects(draft: PlanDraft, ids: unknown): Subject[] {
  if (!Array.isArray(ids)) throw new ActionFailure('ACTION_INVALID', '操作有误：没有给出群的列表。');
  const unique = [...new Set(ids as unknown[])];
  if (unique.length === 0) throw new ActionFailure('ACTION_EMPTY', '没有选中任何群。');
  return unique.map((id) => resolveSubject(draft, id));
}

export const stateLabel = (draft: PlanDraft, id: string): string =>
  GROUP_STATE_LABELS[draft.decision(id).state];

export const categoryText = (category: NonWorkCategory | null): string => category ?? '非工作群';
