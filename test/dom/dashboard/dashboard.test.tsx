import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardSeries } from '../../../core/dashboard';
import { startWorkspace } from '../../../renderer/store/host';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { fakeApi, freshDbName, newStore } from '../helpers';
import { button, click, renderApp, text, until, type Rendered } from '../render';

let store: WorkspaceStore;
let view: Rendered;

/** The test roster opened as the sample (auto-planned: C1's two groups merged), on 模拟看板. */
async function openDashboard(): Promise<void> {
  store = newStore(freshDbName(), fakeApi());
  view = await renderApp(store);
  await act(() => startWorkspace(store));
  await until(() => store.getSnapshot().open !== null, 'the sample');
  await act(async () => store.setScreen('dashboard'));
  await until(() => view.container.querySelector('[data-testid="dash-groups"]') !== null, 'the dashboard');
}

const card = (id: string): string =>
  (view.container.querySelector(`[data-testid="${id}"] .dash-card-value`)?.textContent ?? '').replace(
    /\s+/g,
    '',
  );

afterEach(async () => {
  await view.unmount();
  await store.close();
});

describe('模拟看板', () => {
  it('shows the plan’s big numbers as core shapes them', async () => {
    await openDashboard();
    const open = store.getSnapshot().open;
    if (!open) throw new Error('no plan');
    const s = dashboardSeries(open.roster, open.index, open.plan, open.policy, open.problems);
    expect(s.big.before).toBe(6);
    expect(card('dash-groups')).toBe(`${s.big.before}→${s.big.after}`);
    expect(card('dash-compression')).toBe(s.big.compressionText);
    expect(card('dash-memberships')).toBe(`${s.big.membershipsBefore}→${s.big.membershipsAfter}`);
    expect(card('dash-actions')).toBe(
      `合并${s.big.merged}解散${s.big.dissolved}转出${s.big.reclassified}新建${s.big.created}` +
        (s.big.pending > 0 ? `待定${s.big.pending}个` : ''),
    );
    const person = s.big.mostBurdened;
    expect(card('dash-person')).toBe(`${person?.before}→${person?.after}${person?.name}（${person?.unit}）`);
    expect(card('dash-over')).toBe('0个');
    expect(text(view.container)).toContain('所有单位均已达到限额。');
    expect(text(view.container)).toContain('人员负担：每人所在工作群数');
    expect(view.container.querySelector('[aria-current="page"]')?.textContent).toBe('模拟看板');
  });

  it('follows an edit at once and opens an over-quota unit on the board', async () => {
    await openDashboard();
    const before = card('dash-groups');
    // Keep both of C1's groups: C1 (quota 1) is over by one.
    await act(async () => {
      await store.dispatch({ type: 'keep', groupIds: ['d', 'd2'] }, '保留');
    });
    await until(() => card('dash-over') === '1个', 'the over-quota count');
    expect(card('dash-groups')).not.toBe(before);
    const row = view.container.querySelector('tr[data-unit-id="C1"]');
    expect(row?.textContent).toContain('按当前方案仍需再减少 1 个群');
    await click(row?.querySelector('button'));
    await until(() => store.getSnapshot().screen === 'board', 'the board');
    expect(store.getSnapshot().view.selectedUnitId).toBe('C1');
  });

  it('offers to open the sample when no plan is open', async () => {
    store = newStore(freshDbName(), null);
    view = await renderApp(store);
    await act(async () => {
      await store.load();
      store.setScreen('dashboard');
    });
    await until(() => text(view.container).includes('还没有打开方案'), 'the empty page');
    expect(button(view.container, '打开示例')).toBeDefined();
  });
});
