import { afterEach, describe, expect, it } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { indexRoster } from '../../../core/roster/model';
import { CURRENT_SCHEMA_VERSION, PlannerDb } from '../../../renderer/store/db';
import { createRosterAndPlan } from '../../../renderer/store/persist';
import { newPlan, newRosterRows } from '../../../renderer/store/plans';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { snapshot } from '../../unit/plan/fixtures';
import { freshDbName, newStore, testRoster } from '../helpers';

let store: WorkspaceStore | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

/** A database as version 1 of the app left it: plans without lastOpenedAt. */
async function populateVersion1(name: string) {
  const db = new PlannerDb(name, { upTo: 1 });
  const roster = testRoster();
  const rosterRows = newRosterRows('r1', '旧名单', roster, 1000);
  const made = newPlan(
    { planId: 'p1', rosterId: 'r1' },
    roster,
    indexRoster(roster),
    YUELU_POLICY,
    '2026-03-05',
    '旧方案',
    1000,
  );
  const { lastOpenedAt: _dropped, ...v1Record } = made.record;
  const record = { ...v1Record, updatedAt: 5000 } as typeof made.record;
  await createRosterAndPlan(db, rosterRows, record, made.plan);
  await db.settings.put({ key: 'session', value: { planId: 'p1', screen: 'board' } });
  expect(db.verno).toBe(1);
  db.close();
  return made.plan;
}

describe('the database schema', () => {
  it('is at version 2', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  it('upgrades a version 1 database: plans get lastOpenedAt from updatedAt, and everything opens', async () => {
    const name = freshDbName();
    const plan = await populateVersion1(name);
    store = newStore(name);
    expect(await store.load()).toEqual({ firstRun: false });
    expect(store.db.verno).toBe(2);
    const record = await store.db.plans.get('p1');
    expect(record?.lastOpenedAt).toBe(5000);
    // The new index answers queries.
    expect((await store.db.plans.where('lastOpenedAt').above(4000).toArray()).map((p) => p.id)).toEqual([
      'p1',
    ]);
    const s = store.getSnapshot();
    expect(s.plans.map((p) => p.name)).toEqual(['旧方案']);
    expect(s.open?.planName).toBe('旧方案');
    expect(snapshot(s.open?.plan ?? plan)).toEqual(snapshot(plan));
    expect(await store.dispatch({ type: 'dissolve', groupIds: ['a'] }, '解散')).toEqual({
      ok: true,
      changed: true,
    });
  });

  it('opens a database a newer version left (Dexie 4 opens the installed version) without losing data', async () => {
    const name = freshDbName();
    const first = newStore(name);
    await first.load();
    await first.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
    await first.close();
    const newer = new PlannerDb(name);
    newer.version(3).stores({ extra: 'id' });
    await newer.open();
    newer.close();
    store = newStore(name);
    expect(await store.load()).toEqual({ firstRun: false });
    expect(store.getSnapshot().fatal).toBeNull();
    expect(store.getSnapshot().open?.planName).toBe('方案一');
  });
});
