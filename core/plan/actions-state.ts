/**
 * The lane moves of the board: 保留, 待定, 解散, 转出, and 拆分 (drag out of a merge stack).
 * The semantics are documented in actions.ts.
 */
import { NON_WORK_CATEGORIES, type NonWorkCategory } from '../roster/model';
import type { Decision, GroupState } from './model';
import type { PlanDraft } from './actions-draft';
import { ActionFailure, categoryText, quoted, resolveSubjects, type Subject } from './actions-common';

export function decisionOf(
  draft: PlanDraft,
  state: GroupState,
  reason: string,
  extra: Partial<Pick<Decision, 'targetId' | 'category'>> = {},
): Decision {
  return {
    state,
    targetId: extra.targetId ?? null,
    category: extra.category ?? null,
    rule: draft.ctx.rule,
    reason: `${draft.ctx.label}：${reason}`,
  };
}

/** Sends every group merged into `id` back to 待定: nothing disappears with its target. */
export function releaseAbsorbed(draft: PlanDraft, id: string, why: string): void {
  for (const a of draft.absorbed(id)) draft.setDecision(a, decisionOf(draft, 'pending', why));
}

/** A created group has no decision of its own: releasing its sources is what undoes it. */
function releaseCreated(draft: PlanDraft, s: Extract<Subject, { kind: 'created' }>): void {
  releaseAbsorbed(draft, s.id, `新建群“${s.created.name}”已撤销，改为待定`);
}

/** 保留 and 待定: the group stays (or becomes) open and keeps whatever it absorbed. */
function open(draft: PlanDraft, ids: unknown, state: 'kept' | 'pending'): void {
  for (const s of resolveSubjects(draft, ids)) {
    if (s.kind === 'created') {
      if (state === 'pending') releaseCreated(draft, s);
      continue;
    }
    if (draft.decision(s.id).state === state) continue;
    const reason = state === 'kept' ? '保留' : '改为待定';
    draft.setDecision(s.id, decisionOf(draft, state, reason));
  }
}

export const keep = (draft: PlanDraft, ids: unknown): void => open(draft, ids, 'kept');
export const setPending = (draft: PlanDraft, ids: unknown): void => open(draft, ids, 'pending');

export function dissolve(draft: PlanDraft, ids: unknown): void {
  for (const s of resolveSubjects(draft, ids)) {
    if (s.kind === 'created') {
      releaseCreated(draft, s);
      continue;
    }
    if (draft.decision(s.id).state === 'dissolved') continue;
    releaseAbsorbed(draft, s.id, `原并入的${quoted(draft, s.id)}已解散，改为待定`);
    draft.setDecision(s.id, decisionOf(draft, 'dissolved', '解散'));
  }
}

export function reclassify(draft: PlanDraft, ids: unknown, category: unknown): void {
  const valid: readonly unknown[] = NON_WORK_CATEGORIES;
  if (category !== null && !valid.includes(category)) {
    throw new ActionFailure('ACTION_INVALID', `操作有误：“${String(category)}”不是非工作群类别。`);
  }
  const cat = category as NonWorkCategory | null;
  const subjects = resolveSubjects(draft, ids);
  const created = subjects.find((s) => s.kind === 'created');
  if (created) {
    throw new ActionFailure(
      'ACTION_CREATED_NOT_ALLOWED',
      `${quoted(draft, created.id)}是合并新建的工作群，不能转出；请先把原群拆分出来再逐个处置。`,
    );
  }
  for (const s of subjects) {
    const d = draft.decision(s.id);
    if (d.state === 'reclassified' && d.category === cat) continue;
    releaseAbsorbed(draft, s.id, `原并入的${quoted(draft, s.id)}已转出，改为待定`);
    draft.setDecision(
      s.id,
      decisionOf(draft, 'reclassified', `转出为${categoryText(cat)}`, { category: cat }),
    );
  }
}

/**
 * 拆分: a merged group goes back to 待定; a group that absorbed others, or a created group, lets
 * them all go back to 待定. A group in neither situation is an error, so the clerk is told.
 */
export function unmerge(draft: PlanDraft, ids: unknown): void {
  const subjects = resolveSubjects(draft, ids);
  for (const s of subjects) {
    if (s.kind === 'group' && draft.decision(s.id).state !== 'merged' && draft.absorbed(s.id).length === 0) {
      throw new ActionFailure('ACTION_NOT_MERGED', `${quoted(draft, s.id)}没有参与合并，无需拆分。`);
    }
  }
  for (const s of subjects) {
    if (s.kind === 'created') {
      releaseCreated(draft, s);
    } else if (draft.decision(s.id).state === 'merged') {
      const from = draft.decision(s.id).targetId;
      const where = from === null ? '' : `从${quoted(draft, from)}`;
      draft.setDecision(s.id, decisionOf(draft, 'pending', `${where}拆出，改为待定`));
    } else {
      releaseAbsorbed(draft, s.id, `从${quoted(draft, s.id)}拆出，改为待定`);
    }
  }
}
