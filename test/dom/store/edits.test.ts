import { afterEach, describe, expect, it, vi } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { snapshot } from '../../unit/plan/fixtures';
import { freshDbName, newStore, testRoster } from '../helpers';

let store: WorkspaceStore;

async function openedStore(): Promise<WorkspaceStore> {
  store = newStore(freshDbName());
  await store.load();
  const ids = await store.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
  expect(ids).not.toBeNull();
  return store;
}

const plan = () => {
  const open = store.getSnapshot().open;
  if (!open) throw new Error('no open plan');
  return open.plan;
};

afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
});

describe('creating a plan', () => {
  it('saves the roster and the plan rows, lists them and opens the board', async () => {
    await openedStore();
    const s = store.getSnapshot();
    expect(s.screen).toBe('board');
    expect(s.open?.planName).toBe('方案一');
    expect(s.open?.rosterName).toBe('测试名单');
    expect(s.rosters.map((r) => [r.name, r.workGroups, r.nonWork])).toEqual([['测试名单', 6, 1]]);
    // The auto-plan merges C1's smaller group into its larger one (quota 1): 6 → 5.
    expect(s.plans.map((p) => [p.name, p.before, p.after])).toEqual([['方案一', 6, 5]]);
    expect(plan().decisions.get('d2')?.state).toBe('merged');
    expect(
      await store.db.decisions
        .where('planId')
        .equals(s.open?.planId ?? '')
        .count(),
    ).toBe(6);
    expect(s.history).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });
});

describe('dispatch', () => {
  it('writes the patch to the database before it changes the plan in memory', async () => {
    await openedStore();
    const planId = store.getSnapshot().open?.planId ?? '';
    const seenAtWrite: Array<string | undefined> = [];
    const bulkPut = store.db.decisions.bulkPut.bind(store.db.decisions);
    vi.spyOn(store.db.decisions, 'bulkPut').mockImplementation((rows) => {
      seenAtWrite.push(plan().decisions.get('a')?.state);
      return bulkPut(rows);
    });
    const versionBefore = store.getSnapshot().planVersion;
    const r = await store.dispatch({ type: 'merge', sourceIds: ['a'], targetId: 'b' }, '并入“b群”');
    expect(r).toEqual({ ok: true, changed: true });
    expect(seenAtWrite).toEqual(['kept']);
    expect(plan().decisions.get('a')).toMatchObject({ state: 'merged', targetId: 'b', rule: 'board' });
    expect((await store.db.decisions.get([planId, 'a']))?.decision.state).toBe('merged');
    const s = store.getSnapshot();
    expect(s.planVersion).toBe(versionBefore + 1);
    expect(s.history).toMatchObject({ canUndo: true, undoLabel: '并入“b群”' });
    expect(s.plans[0]?.after).toBe(4);
    expect((await store.db.plans.get(planId))?.after).toBe(4);
  });

  it('applies nothing when the write fails, and says so', async () => {
    await openedStore();
    const planId = store.getSnapshot().open?.planId ?? '';
    const before = snapshot(plan());
    vi.spyOn(store.db.history, 'put').mockRejectedValueOnce(new Error('disk full'));
    const r = await store.dispatch({ type: 'merge', sourceIds: ['a'], targetId: 'b' }, '并入');
    expect(r).toMatchObject({ ok: false, code: 'DB_WRITE_FAILED' });
    expect(snapshot(plan())).toEqual(before);
    // The transaction rolled back: the decision rows written before the failure are gone too.
    expect((await store.db.decisions.get([planId, 'a']))?.decision.state).toBe('kept');
    const s = store.getSnapshot();
    expect(s.history.canUndo).toBe(false);
    expect(s.toasts.at(-1)).toMatchObject({ kind: 'error', text: '保存到本机失败，刚才的操作没有生效。' });
    expect(s.plans[0]?.after).toBe(5);
    // The next edit works.
    expect(await store.dispatch({ type: 'merge', sourceIds: ['a'], targetId: 'b' }, '并入')).toEqual({
      ok: true,
      changed: true,
    });
  });

  it('reports an impossible action in Chinese and changes nothing', async () => {
    await openedStore();
    const before = snapshot(plan());
    const r = await store.dispatch({ type: 'merge', sourceIds: ['a'], targetId: 'a' }, '并入');
    expect(r).toMatchObject({ ok: false, code: 'ACTION_MERGE_SELF' });
    expect(snapshot(plan())).toEqual(before);
    expect(store.getSnapshot().toasts.at(-1)?.kind).toBe('error');
    expect(store.getSnapshot().toasts.at(-1)?.text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('does not record a step for an action that changes nothing', async () => {
    await openedStore();
    expect(await store.dispatch({ type: 'keep', groupIds: ['a'] }, '保留')).toEqual({
      ok: true,
      changed: false,
    });
    expect(store.getSnapshot().history.canUndo).toBe(false);
  });

  it('keeps edits in order when they are dispatched without waiting', async () => {
    await openedStore();
    const results = await Promise.all([
      store.dispatch({ type: 'merge', sourceIds: ['a'], targetId: 'b' }, '一'),
      store.dispatch({ type: 'merge', sourceIds: ['b'], targetId: 'c' }, '二'),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    // B absorbed A, then B went into C: A follows to the final target.
    expect(plan().decisions.get('a')?.targetId).toBe('c');
  });
});

describe('undo and redo', () => {
  it('undoes and redoes, persisting the applied patch and the pointer', async () => {
    await openedStore();
    const planId = store.getSnapshot().open?.planId ?? '';
    const initial = snapshot(plan());
    await store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散“c群”');
    const dissolved = snapshot(plan());
    expect(await store.undo()).toBe(true);
    expect(snapshot(plan())).toEqual(initial);
    expect((await store.db.decisions.get([planId, 'c']))?.decision.state).toBe('kept');
    expect((await store.db.plans.get(planId))?.historyPointer).toBe(0);
    expect(store.getSnapshot().history).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: '解散“c群”',
    });
    expect(await store.redo()).toBe(true);
    expect(snapshot(plan())).toEqual(dissolved);
    expect((await store.db.plans.get(planId))?.historyPointer).toBe(1);
    expect(await store.redo()).toBe(false);
  });

  it('leaves the plan as it was when the undo cannot be saved', async () => {
    await openedStore();
    await store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散');
    const dissolved = snapshot(plan());
    vi.spyOn(store.db.plans, 'update').mockRejectedValueOnce(new Error('disk full'));
    expect(await store.undo()).toBe(false);
    expect(snapshot(plan())).toEqual(dissolved);
    expect(store.getSnapshot().history).toMatchObject({ canUndo: true, canRedo: false });
    expect(await store.undo()).toBe(true);
  });

  it('makes one undo step of a group of actions (one drag)', async () => {
    await openedStore();
    const initial = snapshot(plan());
    store.beginGroup('拖动 2 个群');
    void store.dispatch({ type: 'dissolve', groupIds: ['a'] }, '解散 a');
    void store.dispatch({ type: 'dissolve', groupIds: ['b'] }, '解散 b');
    store.endGroup();
    await store.idle();
    expect(store.getSnapshot().history.undoLabel).toBe('拖动 2 个群');
    expect(await store.undo()).toBe(true);
    expect(snapshot(plan())).toEqual(initial);
    expect(store.getSnapshot().history.canUndo).toBe(false);
  });

  it('ends an open group when undo comes in the middle of it (a stray Ctrl+Z mid-drag)', async () => {
    await openedStore();
    const initial = snapshot(plan());
    store.beginGroup('拖动');
    await store.dispatch({ type: 'dissolve', groupIds: ['a'] }, '解散 a');
    vi.spyOn(store.db.plans, 'update').mockRejectedValueOnce(new Error('disk full'));
    expect(await store.undo()).toBe(false); // the write failed: nothing undone, but the group is over
    void store.dispatch({ type: 'dissolve', groupIds: ['b'] }, '解散 b');
    store.endGroup();
    await store.idle();
    expect(store.getSnapshot().history.undoLabel).toBe('解散 b');
    expect(await store.undo()).toBe(true);
    expect(plan().decisions.get('a')?.state).toBe('dissolved');
    expect(await store.undo()).toBe(true);
    expect(snapshot(plan())).toEqual(initial);
    await store.close();
    store = newStore(store.db.name);
    await store.load();
    expect(store.getSnapshot().history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: '拖动' });
  });

  it('treats the selection as view state: not undoable, and the redo stack survives it', async () => {
    await openedStore();
    await store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散');
    await store.undo();
    store.updateView({ selection: ['a', 'b'], selectedUnitId: 'S' });
    await store.idle();
    expect(store.getSnapshot().history).toMatchObject({ canUndo: false, canRedo: true });
    expect(store.getSnapshot().view.selection).toEqual(['a', 'b']);
  });
});

describe('自动规划', () => {
  it('re-plans the groups not decided on the board as one undo step, keeping the board decisions', async () => {
    await openedStore();
    await store.dispatch({ type: 'dissolve', groupIds: ['a'] }, '解散 a');
    await store.dispatch({ type: 'keep', groupIds: ['d2'] }, '保留 d2');
    const tiers = YUELU_POLICY.tiers.map((t) => (t.unitType === 'street' ? { ...t, quota: 1 } : t));
    expect(await store.applyPolicy({ ...YUELU_POLICY, name: '街道限一个', tiers })).toBe(true);
    const edited = snapshot(plan());
    const changed = await store.replanAuto();
    // The street may now keep one group: a is dissolved by the clerk, so c goes into b.
    expect(plan().decisions.get('a')).toMatchObject({ state: 'dissolved', rule: 'board' });
    expect(plan().decisions.get('c')).toMatchObject({ state: 'merged', targetId: 'b', rule: 'quota' });
    // The clerk kept d2, and a board decision never absorbs automatic merges: C1 cannot reach
    // its quota, and the planner says so.
    expect(plan().decisions.get('d2')).toMatchObject({ state: 'kept', rule: 'board' });
    expect(plan().decisions.get('d')?.state).toBe('kept');
    expect(store.getSnapshot().open?.problems.map((p) => p.code)).toContain('QUOTA_INFEASIBLE');
    expect(changed).toBeGreaterThan(0);
    expect(store.getSnapshot().history.undoLabel).toBe('自动规划');
    await store.undo();
    expect(snapshot(plan())).toEqual(edited);
  });
});

describe('policy', () => {
  it('refuses an invalid policy and applies a valid one to the open plan and to new plans', async () => {
    await openedStore();
    const planId = store.getSnapshot().open?.planId ?? '';
    expect(await store.applyPolicy({ ...YUELU_POLICY, name: '' })).toBe(false);
    const custom = { ...YUELU_POLICY, name: '自定义', inactivityDays: 30 };
    const versionBefore = store.getSnapshot().planVersion;
    expect(await store.applyPolicy(custom)).toBe(true);
    const s = store.getSnapshot();
    expect(s.open?.policy.name).toBe('自定义');
    expect(s.open?.plan.policyName).toBe('自定义');
    expect(s.planVersion).toBe(versionBefore + 1);
    expect(s.defaultPolicy.name).toBe('自定义');
    expect(s.customPolicy?.inactivityDays).toBe(30);
    expect((await store.db.plans.get(planId))?.policy.name).toBe('自定义');
    // Back to the preset: the custom policy stays remembered.
    expect(await store.applyPolicy(YUELU_POLICY)).toBe(true);
    expect(store.getSnapshot().customPolicy?.name).toBe('自定义');
  });
});
