/**
 * Reading and writing the workspace's rows. Every function that changes a plan does it in ONE
 * Dexie transaction, so a failed write leaves the database as it was (the store then leaves the
 * in-memory plan as it was too).
 */
import type { Plan, PlanPatch } from '../../core/plan/model';
import type { SavedMapping } from '../../core/import/types';
import { lastPerKey } from '../model/counts';
import type { PlannerDb } from './db';
import type { HistoryRow, PlanRecord, RosterDataRow, RosterRecord, SettingRow } from './records';
import { readView, type PlanView } from './view';

export interface Library {
  rosters: RosterRecord[];
  /** Most recently opened first. */
  plans: PlanRecord[];
  settings: Map<string, unknown>;
  mappings: SavedMapping[];
}

export async function readLibrary(db: PlannerDb): Promise<Library> {
  return db.transaction('r', [db.rosters, db.plans, db.settings, db.mappings], async () => {
    const [rosters, plans, settings, mappings] = await Promise.all([
      db.rosters.orderBy('updatedAt').reverse().toArray(),
      db.plans.orderBy('lastOpenedAt').reverse().toArray(),
      db.settings.toArray(),
      db.mappings.toArray(),
    ]);
    return { rosters, plans, settings: new Map(settings.map((s) => [s.key, s.value])), mappings };
  });
}

/** The rows of a whole plan, for creating it. */
function planRows(planId: string, plan: Plan) {
  return {
    decisions: [...plan.decisions].map(([groupId, decision]) => ({ planId, groupId, decision })),
    created: [...plan.created].map(([id, group]) => ({ planId, id, group })),
    removals: [...plan.removals].map((key) => ({ planId, key })),
    groupEdits: [...plan.groupEdits].map(([groupId, edit]) => ({ planId, groupId, edit })),
  };
}

export async function createRosterAndPlan(
  db: PlannerDb,
  roster: { record: RosterRecord; data: RosterDataRow } | null,
  record: PlanRecord,
  plan: Plan,
): Promise<void> {
  const rows = planRows(record.id, plan);
  await db.transaction('rw', [db.rosters, db.rosterData, ...db.planEntryTables()], async () => {
    if (roster) {
      await db.rosters.add(roster.record);
      await db.rosterData.add(roster.data);
    }
    await db.plans.add(record);
    await db.decisions.bulkAdd(rows.decisions);
    await db.created.bulkAdd(rows.created);
    await db.removals.bulkAdd(rows.removals);
    await db.groupEdits.bulkAdd(rows.groupEdits);
  });
}

export interface LoadedPlan {
  record: PlanRecord;
  rosterRecord: RosterRecord;
  roster: RosterDataRow['roster'];
  plan: Plan;
  /** Ascending seq. */
  history: HistoryRow[];
  view: PlanView;
}

/** A plan and its roster read back; null when the plan (or its roster) is gone. */
export async function loadPlan(db: PlannerDb, planId: string): Promise<LoadedPlan | null> {
  const tables = [db.plans, db.rosters, db.rosterData, db.views, ...db.planEntryTables()];
  return db.transaction('r', tables, async () => {
    const record = await db.plans.get(planId);
    if (!record) return null;
    const [rosterRecord, data] = await Promise.all([
      db.rosters.get(record.rosterId),
      db.rosterData.get(record.rosterId),
    ]);
    if (!rosterRecord || !data) return null;
    const [decisions, created, removals, groupEdits, history, view] = await Promise.all([
      db.decisions.where('planId').equals(planId).toArray(),
      db.created.where('planId').equals(planId).toArray(),
      db.removals.where('planId').equals(planId).toArray(),
      db.groupEdits.where('planId').equals(planId).toArray(),
      db.history.where('planId').equals(planId).sortBy('seq'),
      db.views.get(planId),
    ]);
    const plan: Plan = {
      asOf: record.asOf,
      policyName: record.policy.name,
      decisions: new Map(decisions.map((r) => [r.groupId, r.decision])),
      created: new Map(created.map((r) => [r.id, r.group])),
      removals: new Set(removals.map((r) => r.key)),
      groupEdits: new Map(groupEdits.map((r) => [r.groupId, r.edit])),
      suggestions: record.suggestions,
    };
    return { record, rosterRecord, roster: data.roster, plan, history, view: readView(view?.view) };
  });
}

/** What one edit does to the history rows (see PlanEditor for when each applies). */
export interface HistoryWrite {
  /** Delete rows with seq ≥ this (recording clears the redo steps). */
  clearFrom?: number;
  /** Delete rows with seq < this (beyond the undo limit). */
  trimBelow?: number;
  put?: HistoryRow;
}

export interface EditWrite {
  planId: string;
  patch: PlanPatch;
  history: HistoryWrite;
  /** Fields of the plan's record that change with the edit (pointer, counts, updatedAt …). */
  record: Partial<PlanRecord>;
}

/** Writes an edit's rows, history and record in one transaction. */
export async function writeEdit(db: PlannerDb, edit: EditWrite): Promise<void> {
  const { planId, patch, history } = edit;
  await db.transaction('rw', db.planEntryTables(), async () => {
    await putOrDelete(
      lastPerKey(patch.decisions),
      (groupId) => [planId, groupId],
      db.decisions,
      (groupId, decision) => ({
        planId,
        groupId,
        decision,
      }),
    );
    await putOrDelete(
      lastPerKey(patch.created),
      (id) => [planId, id],
      db.created,
      (id, group) => ({
        planId,
        id,
        group,
      }),
    );
    await putOrDelete(
      lastPerKey(patch.groupEdits),
      (groupId) => [planId, groupId],
      db.groupEdits,
      (groupId, e) => ({
        planId,
        groupId,
        edit: e,
      }),
    );
    const removals = lastPerKey(patch.removals);
    const on = [...removals].filter(([, v]) => v).map(([key]) => ({ planId, key }));
    const off = [...removals].filter(([, v]) => !v).map(([key]): [string, string] => [planId, key]);
    if (on.length) await db.removals.bulkPut(on);
    if (off.length) await db.removals.bulkDelete(off);

    const range = db.history.where('[planId+seq]');
    if (history.clearFrom !== undefined)
      await range.between([planId, history.clearFrom], [planId, Infinity], true, true).delete();
    if (history.trimBelow !== undefined)
      await range.between([planId, -Infinity], [planId, history.trimBelow], true, false).delete();
    if (history.put) await db.history.put(history.put);
    const updated = await db.plans.update(planId, edit.record);
    if (updated !== 1) throw new Error(`plan ${planId} is missing`);
  });
}

async function putOrDelete<V, R>(
  entries: Map<string, V | null>,
  key: (id: string) => [string, string],
  table: { bulkPut(rows: R[]): Promise<unknown>; bulkDelete(keys: [string, string][]): Promise<unknown> },
  row: (id: string, value: V) => R,
): Promise<void> {
  const puts: R[] = [];
  const deletes: [string, string][] = [];
  for (const [id, v] of entries) {
    if (v === null) deletes.push(key(id));
    else puts.push(row(id, v));
  }
  if (puts.length) await table.bulkPut(puts);
  if (deletes.length) await table.bulkDelete(deletes);
}

export async function updatePlanRecord(
  db: PlannerDb,
  planId: string,
  fields: Partial<PlanRecord>,
): Promise<void> {
  const updated = await db.plans.update(planId, fields);
  if (updated !== 1) throw new Error(`plan ${planId} is missing`);
}

export async function writeView(db: PlannerDb, planId: string, view: PlanView): Promise<void> {
  await db.views.put({ planId, view });
}

export async function writeSetting(db: PlannerDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value } satisfies SettingRow);
}

export async function writeMappings(db: PlannerDb, mappings: SavedMapping[]): Promise<void> {
  await db.mappings.bulkPut(mappings);
}
