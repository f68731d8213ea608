import { afterEach, describe, expect, it } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { startWorkspace, FIRST_RUN_NOTICE } from '../../../renderer/store/host';
import type { WorkspaceStore } from '../../../renderer/store/store';
import type { WorkspaceSnapshot } from '../../../renderer/store/state';
import { snapshot } from '../../unit/plan/fixtures';
import { fakeApi, freshDbName, newStore, testRoster } from '../helpers';

const stores: WorkspaceStore[] = [];
function track(s: WorkspaceStore): WorkspaceStore {
  stores.push(s);
  return s;
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function openOf(s: WorkspaceSnapshot) {
  if (!s.open) throw new Error('no open plan');
  return s.open;
}

describe('reopening the workspace', () => {
  it('restores the roster, the plan, its undo history, the view and the screen exactly', async () => {
    const name = freshDbName();
    const first = track(newStore(name));
    await first.load();
    await first.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
    await first.dispatch({ type: 'merge', sourceIds: ['a'], targetId: 'b' }, '并入“b群”');
    first.beginGroup('拖动 2 个群');
    void first.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散 c');
    void first.dispatch({ type: 'mergeNew', sourceIds: ['d', 'd2'], name: '社区工作群' }, '新建');
    first.endGroup();
    await first.dispatch({ type: 'editGroup', groupId: 'e', edit: { owner: '王五' } }, '修改负责人');
    await first.dispatch({ type: 'removeMember', groupId: 'e', personKey: 'p6' }, '移出成员');
    await first.undo(); // the removal is now a redo step
    first.updateView({ selectedUnitId: 'S', selection: ['b'], showChildren: true });
    first.updateView({
      filters: { search: 'b', platform: '微信', category: null, businessLine: null, flagged: true },
    });
    first.setScreen('policy');
    await first.idle();
    const before = first.getSnapshot();
    const beforeOpen = openOf(before);
    const planBefore = snapshot(beforeOpen.plan);
    await first.close();

    const second = track(newStore(name));
    expect(await second.load()).toEqual({ firstRun: false });
    const after = second.getSnapshot();
    const afterOpen = openOf(after);
    expect(afterOpen.roster).toEqual(beforeOpen.roster);
    expect(snapshot(afterOpen.plan)).toEqual(planBefore);
    expect(afterOpen.plan.suggestions).toEqual(beforeOpen.plan.suggestions);
    expect(afterOpen.plan.asOf).toBe('2026-03-05');
    expect(afterOpen.policy).toEqual(beforeOpen.policy);
    expect([afterOpen.rosterName, afterOpen.planName]).toEqual([beforeOpen.rosterName, beforeOpen.planName]);
    expect(after.history).toEqual(before.history);
    expect(after.history).toMatchObject({ undoLabel: '修改负责人', redoLabel: '移出成员' });
    expect(after.view).toEqual(before.view);
    expect(after.screen).toBe('policy');
    expect(after.plans.map((p) => [p.name, p.before, p.after])).toEqual(
      before.plans.map((p) => [p.name, p.before, p.after]),
    );

    // The history works after the reopen: redo, then undo everything back to the auto-plan.
    expect(await second.redo()).toBe(true);
    expect(afterOpen.plan.removals.size).toBe(1);
    while (await second.undo());
    expect(afterOpen.plan.decisions.get('a')?.state).toBe('kept');
    expect(afterOpen.plan.decisions.get('c')?.state).toBe('kept');
    expect(afterOpen.plan.created.size).toBe(0);
    expect(afterOpen.plan.groupEdits.size).toBe(0);
    // …and after another reopen the undone steps are still redoable.
    await second.close();
    const third = track(newStore(name));
    await third.load();
    expect(third.getSnapshot().history).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: '并入“b群”',
    });
    expect(await third.redo()).toBe(true);
    expect(openOf(third.getSnapshot()).plan.decisions.get('a')?.targetId).toBe('b');
  });

  it('keeps only the undo steps within the limit, in the database too', async () => {
    const name = freshDbName();
    const s = track(newStore(name));
    await s.load();
    await s.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
    for (let i = 0; i < 205; i++) {
      await s.dispatch({ type: 'editGroup', groupId: 'a', edit: { owner: `负责人${i}` } }, `第 ${i} 次`);
    }
    const planId = openOf(s.getSnapshot()).planId;
    expect(await s.db.history.where('planId').equals(planId).count()).toBe(200);
    await s.close();
    const again = track(newStore(name));
    await again.load();
    let undone = 0;
    while (await again.undo()) undone++;
    expect(undone).toBe(200);
    expect(openOf(again.getSnapshot()).plan.groupEdits.get('a')).toEqual({ owner: '负责人4' });
  });
});

describe('the first run', () => {
  it('opens the sample district and says so; a reload then reopens it instead', async () => {
    const name = freshDbName();
    const api = fakeApi();
    const first = track(newStore(name, api));
    await startWorkspace(first);
    const s = first.getSnapshot();
    expect(api.openSample).toHaveBeenCalledTimes(1);
    expect(api.closeImport).toHaveBeenCalledWith('session-1');
    expect(s.screen).toBe('board');
    expect(s.open?.rosterName).toBe('示例-岳麓区');
    expect(s.toasts.map((t) => t.text)).toContain(FIRST_RUN_NOTICE('示例-岳麓区'));
    await first.close();

    const second = track(newStore(name, api));
    await startWorkspace(second);
    expect(api.openSample).toHaveBeenCalledTimes(1);
    expect(second.getSnapshot().open?.rosterName).toBe('示例-岳麓区');
    expect(second.getSnapshot().plans).toHaveLength(1);
  });
});

describe('清除本机数据', () => {
  it('deletes everything and returns to an empty start page', async () => {
    const name = freshDbName();
    const s = track(newStore(name));
    await s.load();
    await s.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
    await s.saveSettings({ clerkName: '张三', clerkUnit: '区委网信办' });
    expect(await s.clearAllData()).toBe(true);
    const snap = s.getSnapshot();
    expect([snap.open, snap.plans, snap.rosters, snap.screen, snap.settings.clerkName]).toEqual([
      null,
      [],
      [],
      'start',
      '',
    ]);
    expect(await s.db.plans.count()).toBe(0);
    expect(await s.db.decisions.count()).toBe(0);
    await s.close();
    const again = track(newStore(name));
    expect(await again.load()).toEqual({ firstRun: true });
  });
});
