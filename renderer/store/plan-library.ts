/**
 * The rows behind the plans screen: copying a plan (复制), deleting it into a one-plan trash
 * (删除, undoable until the clerk moves on), restoring it (撤销), emptying the trash, and
 * reading a plan's entries without its roster (对比). Each change is one Dexie transaction.
 *
 * The trash is a settings row, not a flag on the plan: a deleted plan's record leaves the
 * `plans` table at once (so every list, the session and openPlan simply no longer see it) while
 * its entry rows and view stay until the trash is emptied. Only one deleted plan is kept:
 * deleting another empties the trash first.
 */
import type { Plan } from '../../core/plan/model';
import type { PlannerDb } from './db';
import type { PlanRecord } from './records';

/** The settings key of the trash (one deleted plan). */
export const DELETED_PLAN_KEY = 'deletedPlan';

export interface DeletedPlan {
  record: PlanRecord;
  deletedAt: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The trash row read defensively (a damaged row counts as an empty trash). */
export function readDeletedPlan(value: unknown): DeletedPlan | null {
  if (!isRecord(value) || !isRecord(value.record) || typeof value.deletedAt !== 'number') return null;
  const r = value.record;
  if (typeof r.id !== 'string' || typeof r.rosterId !== 'string' || typeof r.name !== 'string') return null;
  return { record: r as unknown as PlanRecord, deletedAt: value.deletedAt };
}

/** Copies a plan's entries and view under `record.id` (a new plan with an empty undo history). */
export async function copyPlanRows(db: PlannerDb, fromId: string, make: (source: PlanRecord) => PlanRecord) {
  const tables = [db.plans, db.decisions, db.created, db.removals, db.groupEdits, db.views];
  return db.transaction('rw', tables, async () => {
    const source = await db.plans.get(fromId);
    if (!source) return null;
    const record = make(source);
    const planId = record.id;
    const [decisions, created, removals, groupEdits, view] = await Promise.all([
      db.decisions.where('planId').equals(fromId).toArray(),
      db.created.where('planId').equals(fromId).toArray(),
      db.removals.where('planId').equals(fromId).toArray(),
      db.groupEdits.where('planId').equals(fromId).toArray(),
      db.views.get(fromId),
    ]);
    await db.plans.add(record);
    await db.decisions.bulkAdd(decisions.map((r) => ({ ...r, planId })));
    await db.created.bulkAdd(created.map((r) => ({ ...r, planId })));
    await db.removals.bulkAdd(removals.map((r) => ({ ...r, planId })));
    await db.groupEdits.bulkAdd(groupEdits.map((r) => ({ ...r, planId })));
    if (view) await db.views.put({ planId, view: view.view });
    return record;
  });
}

function entryTables(db: PlannerDb) {
  return [db.decisions, db.created, db.removals, db.groupEdits, db.history, db.views];
}

/** Deletes the rows of the plan in the trash, if any, and empties it. Runs inside a transaction. */
async function emptyTrash(db: PlannerDb): Promise<DeletedPlan | null> {
  const trash = readDeletedPlan((await db.settings.get(DELETED_PLAN_KEY))?.value);
  if (trash) {
    const id = trash.record.id;
    // A restored-then-redeleted plan never has its record in both places, but be sure.
    if (!(await db.plans.get(id)))
      await Promise.all(entryTables(db).map((t) => t.where('planId').equals(id).delete()));
  }
  await db.settings.delete(DELETED_PLAN_KEY);
  return trash;
}

/** Moves a plan into the trash (emptying it first); its record leaves the `plans` table. */
export async function trashPlan(db: PlannerDb, planId: string, now: number): Promise<PlanRecord | null> {
  return db.transaction('rw', [db.plans, db.settings, ...entryTables(db)], async () => {
    const record = await db.plans.get(planId);
    if (!record) return null;
    await emptyTrash(db);
    await db.plans.delete(planId);
    const value: DeletedPlan = { record, deletedAt: now };
    await db.settings.put({ key: DELETED_PLAN_KEY, value });
    return record;
  });
}

/** Puts the plan in the trash back; null when the trash holds another plan or none. */
export async function restorePlan(db: PlannerDb, planId: string): Promise<PlanRecord | null> {
  return db.transaction('rw', [db.plans, db.settings], async () => {
    const trash = readDeletedPlan((await db.settings.get(DELETED_PLAN_KEY))?.value);
    if (!trash || trash.record.id !== planId) return null;
    await db.plans.put(trash.record);
    await db.settings.delete(DELETED_PLAN_KEY);
    return trash.record;
  });
}

/** Empties the trash for good; resolves to the plan that was in it. */
export async function purgeTrash(db: PlannerDb): Promise<DeletedPlan | null> {
  return db.transaction('rw', [db.plans, db.settings, ...entryTables(db)], () => emptyTrash(db));
}

export async function readTrash(db: PlannerDb): Promise<DeletedPlan | null> {
  return readDeletedPlan((await db.settings.get(DELETED_PLAN_KEY))?.value);
}

/** A plan's entries and record, without its roster (the comparison reads the roster once). */
export async function readPlanContent(
  db: PlannerDb,
  planId: string,
): Promise<{ record: PlanRecord; plan: Plan } | null> {
  const tables = [db.plans, db.decisions, db.created, db.removals, db.groupEdits];
  return db.transaction('r', tables, async () => {
    const record = await db.plans.get(planId);
    if (!record) return null;
    const [decisions, created, removals, groupEdits] = await Promise.all([
      db.decisions.where('planId').equals(planId).toArray(),
      db.created.where('planId').equals(planId).toArray(),
      db.removals.where('planId').equals(planId).toArray(),
      db.groupEdits.where('planId').equals(planId).toArray(),
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
    return { record, plan };
  });
}
