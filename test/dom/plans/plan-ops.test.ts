/** The plans screen's store operations: 复制, 重命名, 删除 with 撤销, 切换, and reading a plan for 对比. */
import { afterEach, describe, expect, it } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { checkPlanName } from '../../../renderer/store/plans';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { snapshot } from '../../unit/plan/fixtures';
import { freshDbName, newStore, testRoster } from '../helpers';

const stores: WorkspaceStore[] = [];
function track(s: WorkspaceStore): WorkspaceStore {
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

/** A store with 方案一 open (the test roster, auto-planned) and one board edit on it. */
async function withPlan(dbName = freshDbName()) {
  const store = track(newStore(dbName));
  await store.load();
  const ids = await store.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
  if (!ids) throw new Error('not created');
  await store.dispatch({ type: 'merge', sourceIds: ['a'], targetId: 'b' }, '并入“b群”');
  return { store, dbName, ...ids };
}

const openOf = (store: WorkspaceStore) => {
  const open = store.getSnapshot().open;
  if (!open) throw new Error('no open plan');
  return open;
};
const names = (store: WorkspaceStore) =>
  store
    .getSnapshot()
    .plans.map((p) => p.name)
    .sort();

describe('复制', () => {
  it('copies the decisions, counts, policy and view under the next free name, with a fresh history', async () => {
    const { store, planId } = await withPlan();
    store.updateView({ selectedUnitId: 'S', showChildren: true });
    const source = snapshot(openOf(store).plan);
    const copyId = await store.duplicatePlan(planId);
    expect(copyId).not.toBeNull();
    // The source stays open and unchanged.
    expect(openOf(store).planId).toBe(planId);
    expect(names(store)).toEqual(['方案一', '方案二']);
    const rec = store.getSnapshot().plans.find((p) => p.id === copyId);
    const src = store.getSnapshot().plans.find((p) => p.id === planId);
    expect([rec?.before, rec?.after, rec?.historyPointer]).toEqual([src?.before, src?.after, 0]);
    expect(rec?.policy).toEqual(src?.policy);
    expect(store.getSnapshot().toasts.at(-1)?.text).toBe('已将“方案一”复制为“方案二”。');

    expect(await store.openPlan(copyId ?? '')).toBe(true);
    expect(snapshot(openOf(store).plan)).toEqual(source);
    expect(openOf(store).planName).toBe('方案二');
    expect(store.getSnapshot().history.canUndo).toBe(false);
    expect(store.getSnapshot().view).toMatchObject({ selectedUnitId: 'S', showChildren: true });

    // Editing the copy leaves the source as it was.
    await store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散');
    const back = await store.readPlanForCompare(planId);
    expect(back && snapshot(back.plan)).toEqual(source);
    // A third copy is 方案三.
    await store.duplicatePlan(planId);
    expect(names(store)).toEqual(['方案一', '方案三', '方案二']);
  });
});

describe('重命名', () => {
  it.each([
    ['', '请填写方案名称。'],
    ['   ', '请填写方案名称。'],
    ['方案二', '本名单已有名为“方案二”的方案，请另起名称。'],
    [' 方案二 ', '本名单已有名为“方案二”的方案，请另起名称。'],
    ['方'.repeat(31), '方案名称不能超过 30 个字。'],
    ['方案\u0007', '方案名称不能含控制字符。'],
  ])('refuses %j', (typed, message) => {
    expect(checkPlanName(typed, ['方案二'])).toEqual({ ok: false, message });
  });

  it('accepts a trimmed name of 30 characters, and the plan’s own name', () => {
    expect(checkPlanName(` ${'方'.repeat(30)} `, ['方案二'])).toEqual({ ok: true, name: '方'.repeat(30) });
  });

  it('renames within the roster, keeps the top bar right and survives a reload', async () => {
    const { store, dbName, planId } = await withPlan();
    const copyId = (await store.duplicatePlan(planId)) ?? '';
    expect(await store.renamePlan(planId, '方案二')).toEqual({
      ok: false,
      message: '本名单已有名为“方案二”的方案，请另起名称。',
    });
    expect(await store.renamePlan(planId, '')).toMatchObject({ ok: false });
    expect(openOf(store).planName).toBe('方案一');
    // Renaming a plan to its own name changes nothing and is fine.
    expect(await store.renamePlan(copyId, ' 方案二 ')).toEqual({ ok: true, name: '方案二' });

    expect(await store.renamePlan(planId, '  保守方案 ')).toEqual({ ok: true, name: '保守方案' });
    expect(openOf(store).planName).toBe('保守方案');
    expect(names(store)).toEqual(['保守方案', '方案二']);
    await store.close();

    const again = track(newStore(dbName));
    await again.load();
    expect(openOf(again).planName).toBe('保守方案');
    expect(names(again)).toEqual(['保守方案', '方案二']);
  });

  it('allows the same name in another roster', async () => {
    const { store } = await withPlan();
    await store.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
    const other = store.getSnapshot().plans.find((p) => p.id !== openOf(store).planId);
    expect(await store.renamePlan(openOf(store).planId, '方案一')).toMatchObject({ ok: true });
    expect(other?.name).toBe('方案一');
  });
});

describe('删除 and 撤销', () => {
  it('refuses to delete the open plan', async () => {
    const { store, planId } = await withPlan();
    expect(await store.deletePlan(planId)).toBe(false);
    expect(store.getSnapshot().toasts.at(-1)?.text).toBe(
      '正在使用的方案不能删除，请先打开本名单的其他方案。',
    );
    expect(names(store)).toEqual(['方案一']);
  });

  it('keeps a deleted plan restorable, with its entries, history and view, across a reload', async () => {
    const { store, dbName, planId } = await withPlan();
    const copyId = (await store.duplicatePlan(planId)) ?? '';
    await store.openPlan(copyId);
    await store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散 c');
    store.updateView({ selectedUnitId: 'C1' });
    const copied = snapshot(openOf(store).plan);
    await store.openPlan(planId);

    expect(await store.deletePlan(copyId)).toBe(true);
    expect(names(store)).toEqual(['方案一']);
    expect(await store.db.plans.get(copyId)).toBeUndefined();
    expect((await store.deletedPlan())?.record.name).toBe('方案二');
    await store.close();

    // A reload (or a crash) does not lose it: the trash is in the database.
    const again = track(newStore(dbName));
    await again.load();
    expect(names(again)).toEqual(['方案一']);
    expect(await again.restoreDeletedPlan(copyId)).toBe(true);
    expect(names(again)).toEqual(['方案一', '方案二']);
    expect(await again.deletedPlan()).toBeNull();
    expect(await again.openPlan(copyId)).toBe(true);
    expect(snapshot(openOf(again).plan)).toEqual(copied);
    expect(again.getSnapshot().history).toMatchObject({ canUndo: true, undoLabel: '解散 c' });
    expect(again.getSnapshot().view.selectedUnitId).toBe('C1');
    expect(await again.restoreDeletedPlan(copyId)).toBe(false);
  });

  it('forgets a deleted plan for good when purged or when another plan is deleted', async () => {
    const { store, planId } = await withPlan();
    const second = (await store.duplicatePlan(planId)) ?? '';
    const third = (await store.duplicatePlan(planId)) ?? '';
    const rows = (id: string) => store.db.decisions.where('planId').equals(id).count();
    expect(await rows(second)).toBe(6);

    await store.deletePlan(second);
    await store.deletePlan(third); // empties the trash of the first
    expect(await rows(second)).toBe(0);
    expect(await rows(third)).toBe(6);
    expect(await store.restoreDeletedPlan(second)).toBe(false);
    expect((await store.deletedPlan())?.record.id).toBe(third);

    expect(await store.purgeDeletedPlan()).toBe(true);
    expect(await store.deletedPlan()).toBeNull();
    expect(await rows(third)).toBe(0);
    expect(await store.db.views.get(third)).toBeUndefined();
    expect(await store.restoreDeletedPlan(third)).toBe(false);
    expect(names(store)).toEqual(['方案一']);
    expect(await store.db.decisions.where('planId').equals(planId).count()).toBe(6);
  });
});

describe('切换', () => {
  it('remembers the view of each plan, also after a reload', async () => {
    const { store, dbName, planId } = await withPlan();
    const copyId = (await store.duplicatePlan(planId)) ?? '';
    store.updateView({ selectedUnitId: 'S', selection: ['b'] });
    await store.openPlan(copyId);
    store.updateView({ selectedUnitId: 'D', selection: ['e'], showChildren: true });
    await store.openPlan(planId);
    expect(store.getSnapshot().view).toMatchObject({
      selectedUnitId: 'S',
      selection: ['b'],
      showChildren: false,
    });
    await store.openPlan(copyId);
    expect(store.getSnapshot().view).toMatchObject({ selectedUnitId: 'D', selection: ['e'] });
    await store.openPlan(planId, 'plans');
    expect(store.getSnapshot().screen).toBe('plans');
    await store.close();

    const again = track(newStore(dbName));
    await again.load();
    expect([openOf(again).planName, again.getSnapshot().screen]).toEqual(['方案一', 'plans']);
    expect(again.getSnapshot().view).toMatchObject({ selectedUnitId: 'S', selection: ['b'] });
    await again.openPlan(copyId);
    expect(again.getSnapshot().view).toMatchObject({ selectedUnitId: 'D', selection: ['e'] });
  });
});

describe('readPlanForCompare', () => {
  it('copies the open plan, so later edits do not change a comparison', async () => {
    const { store, planId } = await withPlan();
    const read = await store.readPlanForCompare(planId);
    expect(read && snapshot(read.plan)).toEqual(snapshot(openOf(store).plan));
    await store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散');
    expect(read?.plan.decisions.get('c')?.state).not.toBe('dissolved');
    expect(await store.readPlanForCompare('nope')).toBeNull();
  });
});
