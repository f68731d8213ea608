/**
 * Plan actions: every edit on the merge board is a small action value, turned by a pure function
 * into a PlanPatch and its inverse (the undo step). planAction never mutates the plan and never
 * copies it: the patch holds only the entries that change, so a drop on a 20,000-group district
 * costs one scan of the decisions at most.
 *
 * Semantics (the rules the board, the auto-plan and the tests rely on):
 * - A work group without a decision counts as 待定 (pending). Created groups have no decision of
 *   their own: they exist exactly while at least one group is merged into them.
 * - Decisions always name the FINAL target: a merge target must be open (a kept or pending work
 *   group, or an existing created group), and when a group that absorbed others is merged, they
 *   are re-pointed to the new target with it (C→B, then B→D gives C→D).
 * - Errors (ok: false, Chinese message): merging a group into itself (ACTION_MERGE_SELF); into a
 *   merged, dissolved or reclassified group (ACTION_TARGET_CLOSED); into a non-work group
 *   (ACTION_TARGET_NOT_WORK); unknown ids (ACTION_UNKNOWN_GROUP); acting on a non-work group
 *   (ACTION_NOT_WORK_GROUP); an empty selection (ACTION_EMPTY). An action that fails changes nothing.
 * - 保留 and 待定 leave a group open, so it keeps what it absorbed. 解散 and 转出 close it, and
 *   what it had absorbed goes back to 待定 (with a reason saying why): nothing disappears silently.
 * - A group leaving a created group (moved elsewhere, kept, unmerged, …) that was its last source
 *   deletes the created group in the same patch; undo restores it.
 * - On a created group: 保留 does nothing (it is open); 待定, 解散 and 拆分 send its sources back
 *   to 待定 and so delete it; 转出 is an error (ACTION_CREATED_NOT_ALLOWED); merging it elsewhere
 *   moves its sources and deletes it.
 * - 拆分 (unmerge): a merged group goes back to 待定; a group that absorbed others lets them go
 *   back to 待定; a group in neither situation is an error (ACTION_NOT_MERGED).
 * - mergeNew: the id is CREATED_ID_PREFIX + the trimmed name. Unit: the clerk's choice, else that
 *   of the largest source (DESIGN §4a rule 7 order: size, recent activity, id); platform, business
 *   line and owner from the largest source. If a created group of that name exists with the same
 *   unit and platform, the sources merge into it; with another unit or platform it is an error
 *   (ACTION_NEW_GROUP_CONFLICT).
 * - Cross-unit and cross-platform merges are allowed and caps are not enforced: the clerk decides,
 *   the board warns (mergeCheck).
 * - Re-applying a group's current state (保留 a kept group) is a no-op, so the auto-plan's reason
 *   is not overwritten by a drop that changes nothing. New decisions get the rule (default
 *   'board') and a Chinese reason such as "人工调整：并入“XX群”".
 * - Member removals: see actions-members.ts. Group edits: fields set to undefined are cleared,
 *   and a field set back to the roster's value is no edit.
 */
import type { NonWorkCategory, Roster, RosterIndex } from '../roster/model';
import type { Policy } from '../policy/schema';
import { applyPatch, inversePatch, type GroupEdit, type Plan, type PlanPatch, type RuleId } from './model';
import { actionContext, PlanDraft } from './actions-draft';
import { ActionFailure, type ActionErrorCode } from './actions-common';
import { dissolve, keep, reclassify, setPending, unmerge } from './actions-state';
import { merge, mergeNew } from './actions-merge';
import { editGroup, setMember } from './actions-members';

export type { ActionErrorCode } from './actions-common';
export { mergeCheck, type MergeCheck } from './actions-merge';

export type PlanAction =
  | { type: 'keep'; groupIds: string[] }
  | { type: 'setPending'; groupIds: string[] }
  | { type: 'dissolve'; groupIds: string[] }
  | { type: 'reclassify'; groupIds: string[]; category: NonWorkCategory | null }
  | { type: 'merge'; sourceIds: string[]; targetId: string }
  | { type: 'mergeNew'; sourceIds: string[]; name: string; unitId?: string }
  | { type: 'unmerge'; groupIds: string[] }
  | { type: 'removeMember'; groupId: string; personKey: string }
  | { type: 'restoreMember'; groupId: string; personKey: string }
  | { type: 'editGroup'; groupId: string; edit: GroupEdit };

export type ActionResult =
  { ok: true; patch: PlanPatch; inverse: PlanPatch } | { ok: false; code: ActionErrorCode; message: string };

function run(draft: PlanDraft, action: PlanAction): void {
  if (typeof action !== 'object' || action === null)
    throw new ActionFailure('ACTION_INVALID', '操作有误：没有给出操作。');
  switch (action.type) {
    case 'keep':
      return keep(draft, action.groupIds);
    case 'setPending':
      return setPending(draft, action.groupIds);
    case 'dissolve':
      return dissolve(draft, action.groupIds);
    case 'reclassify':
      return reclassify(draft, action.groupIds, action.category);
    case 'merge':
      return merge(draft, action.sourceIds, action.targetId);
    case 'mergeNew':
      return mergeNew(draft, action.sourceIds, action.name, action.unitId);
    case 'unmerge':
      return unmerge(draft, action.groupIds);
    case 'removeMember':
      return setMember(draft, action.groupId, action.personKey, true);
    case 'restoreMember':
      return setMember(draft, action.groupId, action.personKey, false);
    case 'editGroup':
      return editGroup(draft, action.groupId, action.edit);
    default: {
      const unknown: unknown = (action as { type?: unknown }).type;
      throw new ActionFailure('ACTION_INVALID', `操作有误：未知的操作类型“${String(unknown)}”。`);
    }
  }
}

/** The patch an action makes, and its inverse; the plan is not touched. */
export function planAction(
  roster: Roster,
  index: RosterIndex,
  plan: Plan,
  policy: Policy,
  action: PlanAction,
  rule: RuleId = 'board',
): ActionResult {
  const draft = new PlanDraft(actionContext(roster, index, plan, policy, rule));
  try {
    run(draft, action);
  } catch (e) {
    if (e instanceof ActionFailure) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
  const patch = draft.toPatch();
  return { ok: true, patch, inverse: inversePatch(plan, patch) };
}

/** planAction, then the patch applied to the plan in place. */
export function applyAction(
  roster: Roster,
  index: RosterIndex,
  plan: Plan,
  policy: Policy,
  action: PlanAction,
  rule: RuleId = 'board',
): ActionResult {
  const result = planAction(roster, index, plan, policy, action, rule);
  if (result.ok) applyPatch(plan, result.patch);
  return result;
}

/** True when the patch changes nothing (a drop back where it came from): not worth an undo step. */
export const isEmptyPatch = (p: PlanPatch): boolean =>
  p.decisions.length === 0 && p.created.length === 0 && p.removals.length === 0 && p.groupEdits.length === 0;
