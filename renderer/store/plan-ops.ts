/**
 * Creating and opening plans (scenarios). These run inside the store's task queue (the
 * WorkspaceStore methods enqueue them), so they never interleave with edits.
 */
import type { Policy } from '../../core/policy/schema';
import { indexRoster, type Roster } from '../../core/roster/model';
import type { StoreCore } from './core';
import { PlanEditor } from './editor';
import { createRosterAndPlan, loadPlan, updatePlanRecord } from './persist';
import { newPlan, newRosterRows, rosterNameFromFiles } from './plans';
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
