/**
 * The undoable edits of the open plan, run inside the store's task queue: an action, undo,
 * redo, 自动规划. PlanEditor writes first and applies after; this module turns its outcome into
 * snapshot updates and messages.
 */
import { planAction, type ActionErrorCode, type PlanAction } from '../../core/plan/actions';
import { actionText, APP_MESSAGES, databaseErrorCode, type AppErrorCode } from '../errors/messages';
import { replanPatch } from '../model/replan';
import type { StoreCore } from './core';
import type { PlanEditor } from './editor';

export type DispatchResult =
  { ok: true; changed: boolean } | { ok: false; code: ActionErrorCode | AppErrorCode; message: string };

/** Runs an editor operation; a failed write becomes a toast and changes nothing. */
async function runEdit(
  core: StoreCore,
  editor: PlanEditor,
  run: () => Promise<boolean>,
): Promise<DispatchResult> {
  let changed: boolean;
  try {
    changed = await run();
  } catch (e) {
    const code = databaseErrorCode(e);
    core.cell.appError(code, e);
    return { ok: false, code, message: APP_MESSAGES[code] };
  }
  const open = core.snap.open;
  if (changed && open) {
    core.patchPlanRecord(open.planId, { after: editor.afterCount, updatedAt: core.now() }, false);
    core.cell.set({ history: core.historyInfo() }, { plan: true });
  } else {
    core.cell.set({ history: core.historyInfo() });
  }
  return { ok: true, changed };
}

export async function dispatch(core: StoreCore, action: PlanAction, label: string): Promise<DispatchResult> {
  const open = core.snap.open;
  const editor = core.editor;
  if (!open || !editor) return core.fail('NO_OPEN_PLAN');
  const result = planAction(open.roster, open.index, editor.plan, open.policy, action);
  if (!result.ok) {
    const message = actionText(result.code, result.message);
    core.cell.toast('error', message);
    return { ok: false, code: result.code, message };
  }
  return runEdit(core, editor, () => editor.commit(label, result.patch, result.inverse));
}

export async function undoOrRedo(core: StoreCore, which: 'undo' | 'redo'): Promise<boolean> {
  const editor = core.editor;
  if (!editor) return false;
  const r = await runEdit(core, editor, () => (which === 'undo' ? editor.undo() : editor.redo()));
  return r.ok && r.changed;
}

export function endGroup(core: StoreCore): void {
  core.editor?.endGroup();
  core.cell.set({ history: core.historyInfo() });
}

/** 自动规划 (see model/replan.ts); resolves to the number of decisions changed. */
export async function replanAuto(core: StoreCore): Promise<number> {
  const open = core.snap.open;
  const editor = core.editor;
  if (!open || !editor) {
    core.fail('NO_OPEN_PLAN');
    return 0;
  }
  const r = replanPatch(open.roster, editor.plan, open.policy);
  const extra = { problems: r.problems, suggestions: r.suggestions };
  const done = await runEdit(core, editor, () => editor.commit('自动规划', r.patch, r.inverse, extra));
  if (!done.ok) return 0;
  // Suggestions and warnings are derived, not undoable: they follow the latest auto-plan.
  editor.plan.suggestions = r.suggestions;
  core.cell.set({ open: { ...open, problems: r.problems } }, { plan: true });
  if (!done.changed) core.cell.toast('info', '自动规划完成：没有需要调整的群。');
  return r.patch.decisions.length;
}
