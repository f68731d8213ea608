/** The 方案 screen drawn in happy-dom: the list's buttons, the rename checks, 撤销删除, the comparison. */
import { afterEach, describe, expect, it } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { PlansPage } from '../../../renderer/plans/PlansPage';
import { StoreProvider } from '../../../renderer/store/context';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { freshDbName, newStore, testRoster } from '../helpers';
import { button, click, render, text, type, until, type Rendered } from '../render';

let store: WorkspaceStore;
let view: Rendered;

async function showPlans(): Promise<void> {
  store = newStore(freshDbName());
  await store.load();
  await store.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
  store.setScreen('plans');
  view = await render(
    <StoreProvider store={store}>
      <PlansPage />
    </StoreProvider>,
  );
}

afterEach(async () => {
  await view.unmount();
  await store.close();
});

const rowNames = () =>
  [...view.container.querySelectorAll('.plans-table tbody th .plans-name')].map((e) => e.textContent);

describe('the 方案 screen', () => {
  it('copies, renames with checks, deletes with 撤销删除', async () => {
    await showPlans();
    expect(rowNames()).toEqual(['方案一']);
    expect(button(view.container, '删除 方案一')?.disabled).toBe(true);
    await click(button(view.container, '复制 方案一'));
    await until(() => rowNames().length === 2, 'the copy');
    expect(rowNames()).toEqual(['方案一', '方案二']);

    await click(button(view.container, '重命名 方案二'));
    const dialog = () => document.querySelector('dialog');
    const input = () => dialog()?.querySelector('input');
    await type(input(), '方案一');
    expect(text(dialog() ?? document.body)).toContain('本名单已有名为“方案一”的方案，请另起名称。');
    expect(button(dialog() ?? document, '确定')?.disabled).toBe(true);
    await type(input(), '  对比方案 ');
    expect(button(dialog() ?? document, '确定')?.disabled).toBe(false);
    await click(button(dialog() ?? document, '确定'));
    await until(() => rowNames().includes('对比方案'), 'the new name');
    expect(dialog()).toBeNull();

    await click(button(view.container, '删除 对比方案'));
    await until(() => text(view.container).includes('已删除方案“对比方案”'), 'the notice');
    expect(rowNames()).toEqual(['方案一']);
    expect(document.activeElement?.textContent).toBe('撤销删除');
    await click(button(view.container, '撤销删除'));
    await until(() => rowNames().length === 2, 'the restored plan');
    expect(text(view.container)).not.toContain('已删除方案');
  });

  it('compares two plans: totals side by side and the groups treated differently', async () => {
    await showPlans();
    const open = store.getSnapshot().open;
    const copy = await store.duplicatePlan(open?.planId ?? '');
    await store.openPlan(copy ?? '', 'plans');
    await store.dispatch({ type: 'dissolve', groupIds: ['c'] }, '解散 c');
    await click(
      [...view.container.querySelectorAll('[role="tab"]')].find((t) => t.textContent === '方案对比'),
    );
    await until(() => text(view.container).includes('1 个群的处置不同'), 'the comparison');
    const row = (side: string) =>
      text(view.container.querySelector(`[data-testid="compare-totals-${side}"]`) ?? document.body);
    expect(row('a')).toMatch(/^A 方案一65/);
    expect(row('b')).toMatch(/^B 方案二64/);
    const table = view.container.querySelector('[role="table"][aria-label="处置不同的群"]');
    // happy-dom has no layout, so the virtual rows are checked in Chromium (test/e2e/plans.test.ts).
    expect(table?.getAttribute('aria-rowcount')).toBe('2');

    // An edit of the open plan (one of the pair) updates the comparison.
    await store.undo();
    await until(() => text(view.container).includes('0 个群的处置不同'), 'the updated comparison');
    expect(text(view.container)).toContain('两个方案对每个工作群的处置都相同。');
  });
});
