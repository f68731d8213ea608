/**
 * Creating, opening, copying, renaming and deleting plans (scenarios). These run inside the store's task queue (the
 * WorkspaceStore methods enqueue them), so they never interleave with edits.
 */
import { clonePlan, type Plan } from '../../core/plan/model';
import type { Policy } from '../../core/policy/schema';
import { indexRoster, type Roster } from '../../core/roster/model';
import { APP_MESSAGES } from '../errors/messages';
import type { StoreCore } from './core';
import { PlanEditor } from './editor';
import { createRosterAndPlan, loadPlan, updatePlanRecord } from './persist';
import {
  copyPlanRows,
  purgeTrash,
  readPlanContent,
  readTrash,
  restorePlan,
  trashPlan,
  type DeletedPlan,
} from './plan-library';
import {
  checkPlanName,
  copiedPlanRecord,
  newPlan,
  newRosterRows,
  nextPlanName,
  planNamesOf,
  rosterNameFromFiles,
  type PlanNameCheck,
} from './plans';
import type { PlanRecord } from './records';
import { DEFAULT_VIEW, type Screen } from './view';

export async function createPlanFromRoster(
  core: StoreCore,
  roster: Roster,
  policy: Policy,
  asOf: string,
  name: string,
  rosterName: string | undefined,
): Promise<{ rosterId: string; planId: string } | null> {
  const now = core.now();
  const ids = { rosterId: core.newId(), planId: core.newId() };
  const index = indexRoster(roster);
  const rosterRows = newRosterRows(
    ids.rosterId,
    rosterName ?? rosterNameFromFiles(roster.files),
    roster,
    now,
  );
  const made = newPlan(ids, roster, index, policy, asOf, name, now);
  if (!(await core.guardWrite(() => createRosterAndPlan(core.db, rosterRows, made.record, made.plan))))
    return null;
  core.setOpen(
    {
      ...ids,
      rosterName: rosterRows.record.name,
      planName: name,
      roster,
      index,
      plan: made.plan,
      policy,
      problems: made.record.problems,
    },
    new PlanEditor(core.db, ids.planId, made.plan, made.record.after, [], 0, core.now),
    DEFAULT_VIEW,
    'board',
  );
  core.cell.set({
    rosters: [rosterRows.record, ...core.snap.rosters],
    plans: [made.record, ...core.snap.plans],
  });
  return ids;
}

export async function createPlan(
  core: StoreCore,
  rosterId: string,
  policy: Policy,
  asOf: string,
  name: string,
): Promise<string | null> {
  const rosterRecord = core.snap.rosters.find((r) => r.id === rosterId);
  const data = await core.db.rosterData.get(rosterId).catch(() => undefined);
  if (!rosterRecord || !data) {
    core.cell.appError('PLAN_NOT_FOUND');
    return null;
  }
  const planId = core.newId();
  const index = indexRoster(data.roster);
  const made = newPlan({ planId, rosterId }, data.roster, index, policy, asOf, name, core.now());
  if (!(await core.guardWrite(() => createRosterAndPlan(core.db, null, made.record, made.plan)))) return null;
  core.setOpen(
    {
      rosterId,
      planId,
      rosterName: rosterRecord.name,
      planName: name,
      roster: data.roster,
      index,
      plan: made.plan,
      policy,
      problems: made.record.problems,
    },
    new PlanEditor(core.db, planId, made.plan, made.record.after, [], 0, core.now),
    DEFAULT_VIEW,
    'board',
  );
  core.cell.set({ plans: [made.record, ...core.snap.plans] });
  return planId;
}

/** Opens a saved plan with its history and view; `touch` records it as the most recently opened. */
export async function openPlan(
  core: StoreCore,
  planId: string,
  screen: Screen,
  touch: boolean,
): Promise<boolean> {
  const loaded = await loadPlan(core.db, planId);
  if (!loaded) {
    core.cell.appError('PLAN_NOT_FOUND');
    core.cell.set({ screen: 'start' });
    return false;
  }
  const { record } = loaded;
  core.setOpen(
    {
      rosterId: record.rosterId,
      planId,
      rosterName: loaded.rosterRecord.name,
      planName: record.name,
      roster: loaded.roster,
      index: indexRoster(loaded.roster),
      plan: loaded.plan,
      policy: record.policy,
      problems: record.problems,
    },
    new PlanEditor(
      core.db,
      planId,
      loaded.plan,
      record.after,
      loaded.history,
      record.historyPointer,
      core.now,
    ),
    loaded.view,
    screen,
  );
  if (touch) {
    const lastOpenedAt = core.now();
    await core.guardWrite(() => updatePlanRecord(core.db, planId, { lastOpenedAt }));
    core.patchPlanRecord(planId, { lastOpenedAt }, true);
  }
  return true;
}

// --- the plans screen: 复制, 重命名, 删除 (with 撤销), and reading a plan for 对比 -------------------------

/** A guarded write that yields a value: undefined when the write failed (a toast said why). */
async function written<T>(core: StoreCore, write: () => Promise<T>): Promise<T | undefined> {
  let value: T | undefined;
  const ok = await core.guardWrite(async () => {
    value = await write();
  });
  return ok ? value : undefined;
}

/**
 * 复制: a new plan of the same roster with the source's decisions, created groups, member
 * removals, group edits, policy and view, named 方案N, and an empty undo history (the source's
 * steps undo the source, not the copy). It is not opened. Resolves to its id, or null.
 */
export async function duplicatePlan(core: StoreCore, planId: string): Promise<string | null> {
  const source = core.snap.plans.find((p) => p.id === planId);
  if (!source) {
    core.cell.appError('PLAN_NOT_FOUND');
    return null;
  }
  const id = core.newId();
  const name = nextPlanName(planNamesOf(core.snap.plans, source.rosterId));
  const now = core.now();
  const record = await written(core, () =>
    copyPlanRows(core.db, planId, (s) => copiedPlanRecord(s, id, name, now)),
  );
  if (record === undefined) return null;
  if (record === null) {
    core.cell.appError('PLAN_NOT_FOUND');
    return null;
  }
  core.cell.set({ plans: [record, ...core.snap.plans] });
  core.cell.toast('success', `已将“${source.name}”复制为“${name}”。`);
  return id;
}

/** 重命名: checked by checkPlanName (not empty, unique within the roster); the top bar follows. */
export async function renamePlan(core: StoreCore, planId: string, typed: string): Promise<PlanNameCheck> {
  const record = core.snap.plans.find((p) => p.id === planId);
  if (!record) {
    core.cell.appError('PLAN_NOT_FOUND');
    return { ok: false, message: APP_MESSAGES.PLAN_NOT_FOUND };
  }
  const check = checkPlanName(typed, planNamesOf(core.snap.plans, record.rosterId, planId));
  if (!check.ok || check.name === record.name) return check;
  const fields = { name: check.name, updatedAt: core.now() };
  if (!(await core.guardWrite(() => updatePlanRecord(core.db, planId, fields))))
    return { ok: false, message: '保存到本机失败，名称没有改变。' };
  core.patchPlanRecord(planId, fields, false);
  const open = core.snap.open;
  if (open?.planId === planId) core.cell.set({ open: { ...open, planName: check.name } });
  return check;
}

/**
 * 删除: the plan leaves every list at once but stays in a one-plan trash (plan-library.ts)
 * until restorePlan (撤销), purgeDeletedPlan, or the next delete. The open plan cannot be
 * deleted: the clerk opens another plan first.
 */
export async function deletePlan(core: StoreCore, planId: string): Promise<boolean> {
  if (core.snap.open?.planId === planId) {
    core.cell.toast('error', '正在使用的方案不能删除，请先打开本名单的其他方案。');
    return false;
  }
  const record = await written(core, () => trashPlan(core.db, planId, core.now()));
  if (record === undefined) return false;
  if (record === null) {
    core.cell.appError('PLAN_NOT_FOUND');
    return false;
  }
  core.cell.set({ plans: core.snap.plans.filter((p) => p.id !== planId) });
  return true;
}

/** 撤销 a delete: the plan comes back with its entries, undo history and view. */
export async function restoreDeletedPlan(core: StoreCore, planId: string): Promise<boolean> {
  const restored = await written(core, () => restorePlan(core.db, planId));
  if (restored === undefined) return false;
  if (restored === null) {
    core.cell.toast('error', '这个方案已无法恢复。');
    return false;
  }
  const plans = [...core.snap.plans.filter((p) => p.id !== planId), restored];
  plans.sort((a, b) => b.lastOpenedAt - a.lastOpenedAt);
  core.cell.set({ plans });
  core.cell.toast('success', `已恢复方案“${restored.name}”。`);
  return true;
}

/** The plan in the trash (restorable), or null. */
export async function deletedPlan(core: StoreCore): Promise<DeletedPlan | null> {
  try {
    return await readTrash(core.db);
  } catch (e) {
    core.cell.appError('DB_READ_FAILED', e);
    return null;
  }
}

/** Empties the trash for good (the clerk moved on). */
export function purgeDeletedPlan(core: StoreCore): Promise<boolean> {
  return core.guardWrite(() => purgeTrash(core.db));
}

/**
 * A plan's content and record for 对比. The open plan is copied from memory (it is changed in
 * place by later edits); any other is read from the database.
 */
export async function readPlanForCompare(
  core: StoreCore,
  planId: string,
): Promise<{ record: PlanRecord; plan: Plan } | null> {
  const open = core.snap.open;
  const record = core.snap.plans.find((p) => p.id === planId);
  if (open?.planId === planId && core.editor && record)
    return { record: { ...record, policy: open.policy }, plan: clonePlan(core.editor.plan) };
  try {
    return await readPlanContent(core.db, planId);
  } catch (e) {
    core.cell.appError('DB_READ_FAILED', e);
    return null;
  }
}
