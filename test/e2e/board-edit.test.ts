/**
 * The merge board in Chromium on the sample district (the first run opens it): the tree's quota
 * badges, 自动规划, merge by mouse (into a group and into a new one) and by keyboard (with the
 * Chinese announcements), unmerge by dragging out of a stack, 移至…, Ctrl/Shift selection,
 * filters, the drop→painted timing, a reload that restores plan, history and view, and search in
 * a big lane. Each test starts from a known view (resetBoard), so one failure does not cascade.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import {
  announced,
  card,
  cardIds,
  lane,
  laneCount,
  measures,
  median,
  mouseDrag,
  nameOf,
  openedDialog,
  openBoard,
  resetBoard,
  rosterIds,
  row,
  shot,
  stackSize,
  undoButton,
  waitLaneCount,
  waitTotals,
} from './board-helpers';

const undoLabel = async (app: AppSession) => (await undoButton(app.page).getAttribute('aria-label')) ?? '';

/** A district department whose kept groups are mostly plain cards (no merge stacks). */
const DEPARTMENT = '区委办';

/** Kept roster groups of the lane that absorbed nothing (plain cards), in a department's lanes. */
async function plainKept(app: AppSession): Promise<string[]> {
  await resetBoard(app.page, DEPARTMENT);
  const out: string[] = [];
  for (const id of rosterIds(await cardIds(app.page, 'kept')))
    if ((await stackSize(app.page, id)) === 0) out.push(id);
  return out;
}

describe('the merge board on the sample district', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openBoard();
  });
  beforeEach(async () => {
    await resetBoard(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens on the unit most in need, with quota badges and the area total', async () => {
    const { page } = app;
    await waitTotals(page, '1784 → 731');
    expect(await page.locator('.board-unit').textContent()).toBe('望月湖街道');
    const street = page.getByRole('treeitem', { name: /^望月湖街道，/ });
    expect(await street.textContent()).toContain('望月湖街道片区 127→16');
    expect(await street.textContent()).toContain('67→10 / 10 ✓');
    expect(await street.getAttribute('aria-label')).toContain('限额 10 个，达标');
    expect(await street.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('treeitem', { name: /^荣华社区，/ }).textContent()).toContain('12→1 / 1 ✓');
    for (const title of ['待定', '保留', '合并', '解散', '转出'])
      expect(await page.getByRole('heading', { name: title, level: 3 }).count()).toBe(1);
    expect(await laneCount(page, 'kept')).toBe(10);
    expect(await page.getByTestId('compression').textContent()).toBe('59%');
    expect(await page.locator('.totals').textContent()).toContain('成员人次');
    // A card: platform, members, business line, activity, the rule and the auto-plan's reason.
    const first = card(page, rosterIds(await cardIds(page, 'dissolved'))[0] ?? '');
    const text = (await first.textContent()) ?? '';
    expect(text).toMatch(/^(微信|QQ|钉钉|政务微信)/);
    expect(text).toMatch(/\d+人/);
    expect(text).toMatch(/最近活跃 \d{4}-\d{2}-\d{2}|无活跃记录/);
    expect(text).toContain('填报方案');
    expect(((await first.locator('.card-reason .reason').textContent()) ?? '').length).toBeGreaterThan(3);
    await shot(page, 'board-overview');
  });

  it('shows a street together with its communities (含下属社区)', async () => {
    const { page } = app;
    const kept = await laneCount(page, 'kept');
    await page.getByRole('checkbox', { name: '含下属社区' }).check();
    // Each of the six communities keeps its one group; the cards now name their unit.
    await waitLaneCount(page, 'kept', kept + 6);
    expect(await lane(page, 'kept').locator('.card-unit').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: '含下属社区' }).uncheck();
    await waitLaneCount(page, 'kept', kept);
  });

  it('runs 自动规划 after a confirmation, as one undo step', async () => {
    const { page } = app;
    const before = (await page.getByTestId('totals').textContent()) ?? '';
    await page.getByRole('button', { name: '自动规划', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '自动规划' });
    await shot(page, 'board-autoplan-confirm');
    await dialog.getByRole('button', { name: '开始自动规划' }).click();
    await page.getByRole('button', { name: '撤销：自动规划' }).waitFor();
    await page.waitForFunction(
      (b) => document.querySelector('[data-testid="totals"]')?.textContent !== b,
      before,
    );
    await page.keyboard.press('Control+Z');
    await waitTotals(page, before);
  });

  it('merges by mouse: a card dropped on a card, confirmed with Enter', async () => {
    const { page } = app;
    const [a, b] = rosterIds(await cardIds(page, 'kept'));
    if (!a || !b) throw new Error('need two kept groups');
    const [aName, bName] = [await nameOf(page, a), await nameOf(page, b)];
    const [aStack, bStack] = [await stackSize(page, a), await stackSize(page, b)];
    const merged = await laneCount(page, 'merged');
    await mouseDrag(page, card(page, b), card(page, a), {
      beforeUp: async () => {
        await page.waitForFunction(() => document.querySelector('.card-row.is-over') !== null);
        await shot(page, 'board-drag');
      },
    });
    const dialog = page.getByRole('dialog', { name: '合并群' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`“${bName}” → “${aName}”`);
    expect(await dialog.getByRole('radio', { name: /并入该群/ }).isChecked()).toBe(true);
    await shot(page, 'board-merge-dialog');
    await page.keyboard.press('Enter');
    await waitLaneCount(page, 'merged', merged + 1);
    expect(await stackSize(page, a)).toBe(aStack + 1 + bStack);
    expect(await cardIds(page, 'kept')).not.toContain(b);
    expect(await undoLabel(app)).toBe(`撤销：“${bName}”并入“${aName}”`);
  });

  it('merges two groups into a new group named by the clerk', async () => {
    const { page } = app;
    const [c, d] = await plainKept(app);
    if (!c || !d) throw new Error('need two plain kept groups');
    const kept = await laneCount(page, 'kept');
    await mouseDrag(page, card(page, d), card(page, c));
    const dialog = page.getByRole('dialog', { name: '合并群' });
    await openedDialog(page, dialog);
    await dialog.getByRole('radio', { name: /合并为新群/ }).check();
    await dialog.getByLabel('新群名称').fill('望月湖街道综合协调群');
    await shot(page, 'board-merge-new');
    await dialog.getByLabel('新群名称').press('Enter');
    await page.getByRole('button', { name: '撤销：2 个群合并为新群“望月湖街道综合协调群”' }).waitFor();
    // Two kept groups closed, one created group kept: the lane shrinks by one.
    await waitLaneCount(page, 'kept', kept - 1);
    const created = page.locator('section.lane-kept .card', { hasText: '综合协调群' });
    expect(await created.textContent()).toContain('新建');
    expect(await created.locator('xpath=..').locator('.stack-toggle').textContent()).toContain(
      '已并入 2 个群',
    );
    await undoButton(page).click();
    await waitLaneCount(page, 'kept', kept);
  });

  it('merges by keyboard: Space, ↓, Space, Enter, announced in Chinese; Esc puts it back', async () => {
    const { page } = app;
    const kept = await cardIds(page, 'kept');
    const x = rosterIds(kept)[0] ?? '';
    const y = kept[kept.indexOf(x) + 1] ?? '';
    const [xName, yName] = [await nameOf(page, x), await nameOf(page, y)];
    const merged = await laneCount(page, 'merged');
    await card(page, x).focus();
    await page.keyboard.press('Space');
    expect(await announced(page, '已拿起')).toBe(`已拿起 ${xName}。用方向键移动，空格放下，Esc 取消。`);
    await page.keyboard.press('ArrowDown');
    expect(await announced(page, '将并入')).toBe(`${xName} 将并入 ${yName}`);
    await shot(page, 'board-keyboard-drag');
    await page.keyboard.press('Space');
    await page.getByRole('dialog', { name: '合并群' }).waitFor();
    expect(await announced(page, '已放下')).toContain(`已放下 ${xName}，将并入 ${yName}`);
    await page.keyboard.press('Enter');
    await waitLaneCount(page, 'merged', merged + 1);
    // The focus lands on the group it went into, not on the page.
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-card-id') === id, y);

    // → goes lane by lane; the 合并 lane says how to merge; Esc cancels.
    await page.keyboard.press('Space');
    await announced(page, '已拿起');
    await page.keyboard.press('ArrowRight');
    expect(await announced(page, '在“合并”栏')).toContain('合并请移到目标群的卡片上');
    await page.keyboard.press('ArrowRight');
    expect(await announced(page, '将移至')).toBe(`${yName} 将移至“解散”栏`);
    await page.keyboard.press('Escape');
    expect(await announced(page, '已取消')).toBe(`已取消拖动 ${yName}，已放回原处。`);
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-card-id') === id, y);
    expect(await card(page, y).getAttribute('data-lane')).toBe('kept');
  });

  it('unmerges by dragging a group out of a merge stack', async () => {
    const { page } = app;
    let stack = '';
    for (const id of rosterIds(await cardIds(page, 'kept')))
      if (!stack && (await stackSize(page, id)) > 0) stack = id;
    const size = await stackSize(page, stack);
    await row(page, stack).locator('.stack-toggle').click();
    const source = row(page, stack).locator('.stack-source-name').first();
    const sourceName = (await source.textContent()) ?? '';
    await shot(page, 'board-stack-expanded');
    const [pending, merged] = [await laneCount(page, 'pending'), await laneCount(page, 'merged')];
    await mouseDrag(page, source, lane(page, 'pending').locator('.lane-scroll'));
    await waitLaneCount(page, 'pending', pending + 1);
    expect(await laneCount(page, 'merged')).toBe(merged - 1);
    expect(await stackSize(page, stack)).toBe(size - 1);
    expect(await undoLabel(app)).toBe(`撤销：改为待定“${sourceName}”`);
    await undoButton(page).click();
    await waitLaneCount(page, 'pending', pending);
  });

  it('moves a card with the 移至… menu, keyboard included', async () => {
    const { page } = app;
    const id = (await plainKept(app))[0] ?? '';
    const dissolved = await laneCount(page, 'dissolved');
    await row(page, id)
      .getByRole('button', { name: /^移至…/ })
      .click();
    const menu = page.getByRole('menu');
    await shot(page, 'board-menu');
    expect(await menu.getByRole('menuitem', { name: '保留' }).getAttribute('aria-disabled')).toBe('true');
    await menu.getByRole('menuitem', { name: '解散' }).click();
    await waitLaneCount(page, 'dissolved', dissolved + 1);
    // The moved card is shown and focused in its new lane.
    await page.waitForFunction((g) => document.activeElement?.getAttribute('data-card-id') === g, id);
    expect(await card(page, id).getAttribute('data-lane')).toBe('dissolved');
    // Shift+F10 opens the menu on the focused card at 保留; ↓ and Enter pick 待定.
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (g) => document.querySelector(`.card[data-card-id="${g}"]`)?.getAttribute('data-lane') === 'pending',
      id,
    );
    expect(await undoLabel(app)).toContain('改为待定');
  });

  it('selects with Ctrl+click and Shift+click; a selection moves in one drag, undone in one step', async () => {
    const { page } = app;
    const [p, q, r] = await plainKept(app);
    if (!p || !q || !r) throw new Error('need three plain kept groups');
    const [kept, dissolved, pending] = [
      await laneCount(page, 'kept'),
      await laneCount(page, 'dissolved'),
      await laneCount(page, 'pending'),
    ];
    await card(page, p).click({ modifiers: ['Control'] });
    await card(page, q).click({ modifiers: ['Control'] });
    await page.getByText('已选 2 个群').waitFor();
    expect(await card(page, q).getAttribute('aria-pressed')).toBe('true');
    await mouseDrag(page, card(page, q), lane(page, 'dissolved').locator('.lane-head'), {
      beforeUp: () => shot(page, 'board-multiselect-drag'),
    });
    await waitLaneCount(page, 'dissolved', dissolved + 2);
    expect(await laneCount(page, 'kept')).toBe(kept - 2);
    expect(await undoLabel(app)).toBe('撤销：解散 2 个群');
    await undoButton(page).click();
    await waitLaneCount(page, 'kept', kept);
    expect(await laneCount(page, 'dissolved')).toBe(dissolved);

    // Shift+click selects the range; the selection bar's 移至… moves all of it.
    const ids = await cardIds(page, 'kept');
    await card(page, p).click();
    await card(page, r).click({ modifiers: ['Shift'] });
    const n = Math.abs(ids.indexOf(r) - ids.indexOf(p)) + 1;
    await page.getByText(`已选 ${n} 个群`).waitFor();
    await shot(page, 'board-multiselect');
    await page.locator('.selection-bar').getByRole('button', { name: '移至…' }).click();
    await page
      .getByRole('menu', { name: `移至…（${n} 个群）` })
      .getByRole('menuitem', { name: '待定', exact: true })
      .click();
    await waitLaneCount(page, 'pending', pending + n);
    expect(await undoLabel(app)).toBe(`撤销：改为待定 ${n} 个群`);
    await page.keyboard.press('Control+Z');
    await waitLaneCount(page, 'pending', pending);
  });

  it('filters a lane by platform, category, business line, flags and text', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: '平台' }).selectOption('QQ');
    await page.waitForFunction(() =>
      document.querySelector('section.lane-kept .lane-count')?.textContent?.includes('/'),
    );
    const platforms = await page.locator('.lanes .card .platform').allTextContents();
    expect(platforms.length).toBeGreaterThan(0);
    expect(new Set(platforms)).toEqual(new Set(['QQ']));
    await page.getByRole('combobox', { name: '平台' }).selectOption('');
    await page.getByRole('combobox', { name: '业务' }).selectOption('党建');
    const lines = await page.locator('.lanes .card .card-meta').allTextContents();
    expect(lines.every((t) => t.includes('党建'))).toBe(true);
    await page.getByRole('combobox', { name: '业务' }).selectOption('');
    await page.getByRole('checkbox', { name: '有标记' }).check();
    const metas = await page.locator('.lanes .card .card-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((t) => /晒照片|临时|社区负责人/.test(t))).toBe(true);
    await page.getByRole('checkbox', { name: '有标记' }).uncheck();
    const kept = await laneCount(page, 'kept');
    await page.getByRole('combobox', { name: '类别' }).selectOption('工作群');
    expect(await laneCount(page, 'kept')).toBe(kept);
    await page.getByRole('combobox', { name: '类别' }).selectOption('党员交流群');
    expect(await laneCount(page, 'kept')).toBe(0);
    await page.getByRole('combobox', { name: '类别' }).selectOption('');
    await page.getByRole('searchbox', { name: /查找群/ }).fill('党建');
    await page.waitForFunction(() =>
      document.querySelector('section.lane-kept .lane-count')?.textContent?.includes('/'),
    );
    const names = await page.locator('.lanes .card').allTextContents();
    expect(names.every((t) => t.includes('党建'))).toBe(true);
    await shot(page, 'board-filters');
  });

  it('paints a drop within a few frames (edit→painted, measured in the page)', async () => {
    const { page } = app;
    await page.evaluate(() => performance.clearMeasures());
    const id = (await plainKept(app))[0] ?? '';
    const kept = await laneCount(page, 'kept');
    for (let i = 0; i < 4; i++) {
      await mouseDrag(page, card(page, id), lane(page, 'dissolved').locator('.lane-head'));
      await waitLaneCount(page, 'kept', kept - 1);
      await mouseDrag(page, card(page, id), lane(page, 'kept').locator('.lane-head'));
      await waitLaneCount(page, 'kept', kept);
    }
    await page.waitForTimeout(100);
    const painted = await measures(page, 'board:edit→painted');
    const committed = await measures(page, 'board:edit→committed');
    console.log(
      `sample district, ${painted.length} drops: edit→committed median ${median(committed).toFixed(1)} ms, ` +
        `edit→painted median ${median(painted).toFixed(1)} ms (max ${Math.max(...painted).toFixed(1)} ms)`,
    );
    expect(painted.length).toBe(8);
    expect(committed.length).toBe(8);
  });

  it('comes back after a reload exactly as it was: plan, history, unit, filters, selection, detail', async () => {
    const { page } = app;
    const id = (await plainKept(app))[0] ?? '';
    await row(page, id)
      .getByRole('button', { name: /^移至…/ })
      .click();
    await page.getByRole('menu').getByRole('menuitem', { name: '解散' }).click();
    await page.waitForFunction((g) => document.activeElement?.getAttribute('data-card-id') === g, id);
    await page.getByRole('searchbox', { name: /查找群/ }).fill('工作群');
    await page.getByRole('combobox', { name: '平台' }).selectOption('微信');
    await page.waitForFunction(() =>
      document.querySelector('section.lane-kept .lane-count')?.textContent?.includes('/'),
    );
    const counts = async () =>
      Promise.all(
        (['pending', 'kept', 'merged', 'dissolved'] as const).map((l) =>
          lane(page, l).locator('.lane-count').textContent(),
        ),
      );
    // The card is selected and shown in the detail panel: view state, restored too.
    await card(page, id).click();
    const name = await nameOf(page, id);
    await page.getByRole('complementary', { name: new RegExp(name) }).waitFor();
    const before = await counts();
    const totals = await page.getByTestId('totals').textContent();
    const label = await undoLabel(app);
    expect(label).toContain('解散');
    await page.waitForTimeout(300); // the view is written behind the edits
    await page.reload();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    await waitTotals(page, totals ?? '');
    expect(await page.locator('.board-unit').textContent()).toBe(DEPARTMENT);
    expect(await page.getByRole('searchbox', { name: /查找群/ }).inputValue()).toBe('工作群');
    expect(await page.getByRole('combobox', { name: '平台' }).inputValue()).toBe('微信');
    expect(await counts()).toEqual(before);
    expect(await card(page, id).getAttribute('data-lane')).toBe('dissolved');
    expect(await card(page, id).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('complementary', { name: new RegExp(name) }).waitFor();
    expect(await undoLabel(app)).toBe(label);
    await undoButton(page).click();
    await page.waitForFunction(
      (l) => document.querySelector('.topbar-history button')?.getAttribute('aria-label') !== l,
      label,
    );
    expect(await card(page, id).getAttribute('data-lane')).toBe('kept');
  });

  it('finds a card far down a big lane by searching', async () => {
    const { page } = app;
    await page.getByRole('treeitem', { name: /^全区/ }).click();
    await page.locator('.board-unit', { hasText: '全区' }).waitFor();
    const total = await laneCount(page, 'merged');
    expect(total).toBeGreaterThan(700);
    const last = await lane(page, 'merged')
      .locator('.lane-scroll')
      .evaluate(async (el) => {
        el.scrollTop = el.scrollHeight;
        await new Promise((r) => setTimeout(r, 200));
        const cards = [...el.querySelectorAll('.card-name')];
        return cards[cards.length - 1]?.getAttribute('title') ?? '';
      });
    expect(last).not.toBe('');
    // Virtual: only the cards near the view are drawn.
    expect(await lane(page, 'merged').locator('.card').count()).toBeLessThan(40);
    await shot(page, 'board-district');
    await page.getByRole('searchbox', { name: /查找群/ }).fill(last);
    await page.waitForFunction(() =>
      document.querySelector('section.lane-merged .lane-count')?.textContent?.includes('/'),
    );
    expect(await lane(page, 'merged').locator('.card-name').first().getAttribute('title')).toBe(last);
    expect(app.errors).toEqual([]);
  });
});
