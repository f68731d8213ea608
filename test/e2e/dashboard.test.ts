/**
 * 模拟看板 in Chromium on the sample district (the first run opens it): the big numbers are the
 * CLI's (`npm run plan` on the sample: 1784 → 731, 59.0%, 合并 732 / 解散 438 / 转出 0 / 新建 117,
 * the most burdened person 67 groups before), the charts are drawn, the dashboard follows the
 * board live (自动规划 on the board, 撤销 while the dashboard is shown), and a click on a unit
 * opens it on the board. Screenshots at 1366×768 and at 150% scaling (910×512 at 1.5).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardIds, rosterIds, row } from './board-helpers';
import { openApp, screenshotDir, type AppSession } from './harness';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name, exact: true });

const cardText = async (page: Page, id: string): Promise<string> =>
  ((await page.getByTestId(id).locator('.dash-card-value').textContent()) ?? '').replace(/\s+/g, ' ');

/** The groups card: "1,784→731". */
const groupsText = (page: Page) => cardText(page, 'dash-groups');

async function openDashboard(app: AppSession): Promise<void> {
  const { page } = app;
  await page.getByRole('heading', { name: '整理看板' }).waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: '关闭提示' }).click();
  await nav(page, '模拟看板').click();
  await page.getByRole('heading', { name: '模拟看板', level: 1 }).waitFor();
  await page.locator('.dash-units .recharts-bar-rectangle').first().waitFor();
}

const overflowsSideways = (page: Page) =>
  page.evaluate(() => {
    const screen = document.querySelector('.screen');
    return (
      document.documentElement.scrollWidth > window.innerWidth ||
      (screen ? screen.scrollWidth > screen.clientWidth : false)
    );
  });

describe('the dashboard on the sample district', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the CLI’s big numbers and draws the charts', async () => {
    const { page } = app;
    await openDashboard(app);
    expect(await groupsText(page)).toBe('1,784→731');
    expect(await cardText(page, 'dash-compression')).toBe('59.0%');
    expect(await page.getByTestId('dash-actions').locator('dl').textContent()).toBe(
      '合并732解散438转出0新建117',
    );
    expect(await cardText(page, 'dash-person')).toMatch(/^67→\d+/);
    expect(await cardText(page, 'dash-over')).toBe('0个');
    expect(await page.getByTestId('dash-all-within').isVisible()).toBe(true);
    // Every category and burden chart has bars.
    expect(await page.locator('.dash-panel .recharts-bar-rectangle').count()).toBeGreaterThan(20);
    const before = await page.locator('.dash-units [data-unit-id]').count();
    expect(before).toBe(12);
    expect(await overflowsSideways(page)).toBe(false);
    expect(app.errors).toEqual([]);
    await shot(page, 'dashboard');
    await page.getByLabel('显示全部单位').check();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.dash-units [data-unit-id]').length > n,
      before,
    );
    await shot(page, 'dashboard-all-units');
    await page.getByLabel('显示全部单位').uncheck();
  });

  it('follows the board: 自动规划 changes it, 撤销 on the dashboard brings it back at once', async () => {
    const { page } = app;
    await nav(page, '整理看板').click();
    await page.getByRole('button', { name: '自动规划', exact: true }).click();
    await page
      .getByRole('dialog', { name: '自动规划' })
      .getByRole('button', { name: '开始自动规划' })
      .click();
    await page.getByRole('button', { name: '撤销：自动规划' }).waitFor();
    const boardTotals = (await page.getByTestId('totals').textContent()) ?? '';
    await nav(page, '模拟看板').click();
    await page.getByRole('heading', { name: '模拟看板', level: 1 }).waitFor();
    const after = await groupsText(page);
    expect(after).not.toBe('1,784→731');
    // The same figure as the board's totals strip ("1784 → 666").
    expect(after.replace(/,/g, '')).toBe(boardTotals.replace(/\s/g, ''));
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="dash-groups"] .dash-card-value')?.textContent === '1,784→731',
    );
    expect(await cardText(page, 'dash-compression')).toBe('59.0%');
    const measures = await page.evaluate(() =>
      performance.getEntriesByName('dashboard:series', 'measure').map((m) => m.duration),
    );
    console.log(`dashboard series on the sample (ms): ${measures.map((m) => m.toFixed(1)).join(', ')}`);
    expect(measures.length).toBeGreaterThanOrEqual(2);
  });

  it('opens a unit on the board from its name in the chart', async () => {
    const { page } = app;
    const tick = page.locator('.dash-units text[data-unit-id]').nth(2);
    const id = (await tick.getAttribute('data-unit-id')) ?? '';
    const name = (await tick.locator('title').textContent()) ?? '';
    expect(id).not.toBe('');
    await tick.click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    expect(await page.locator('.board-unit').textContent()).toBe(name);
    const item = page.getByRole('treeitem', { name: new RegExp(`^${name}，`) });
    expect(await item.getAttribute('aria-selected')).toBe('true');
  });

  it('opens a unit on the board from a bar', async () => {
    const { page } = app;
    await nav(page, '模拟看板').click();
    const tick = page.locator('.dash-units text[data-unit-id]').first();
    const name = (await tick.locator('title').textContent()) ?? '';
    await page.locator('.dash-units .recharts-bar-rectangle').first().click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    expect(await page.locator('.board-unit').textContent()).toBe(name);
    expect(app.errors).toEqual([]);
  });
  it('lists a unit pushed over its quota on the board, and opens it from the list', async () => {
    const { page } = app;
    await nav(page, '整理看板').click();
    await page.getByRole('treeitem', { name: /^望月湖街道，/ }).click();
    await page.waitForFunction(() => document.querySelector('.board-unit')?.textContent === '望月湖街道');
    // 67 → 10 of 10: keeping one more of its closed groups puts it over.
    const closed = rosterIds([...(await cardIds(page, 'dissolved')), ...(await cardIds(page, 'merged'))]);
    const id = closed[0] ?? '';
    await row(page, id)
      .getByRole('button', { name: /^移至…/ })
      .click();
    await page.getByRole('menu').getByRole('menuitem', { name: '保留' }).click();
    await page.getByRole('button', { name: /^撤销：/ }).waitFor();
    await nav(page, '模拟看板').click();
    await page.getByRole('heading', { name: '模拟看板', level: 1 }).waitFor();
    expect(await cardText(page, 'dash-over')).toBe('1个');
    const listed = page.locator('tr[data-unit-id]');
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('望月湖街道');
    expect(await listed.textContent()).toContain('按当前方案仍需再减少 1 个群');
    // The over-quota unit leads the chart, in red.
    expect(await page.locator('.dash-units text[data-unit-id]').first().getAttribute('data-unit-id')).toBe(
      await listed.getAttribute('data-unit-id'),
    );
    await page.locator('.dash-infeasible').scrollIntoViewIfNeeded();
    await shot(page, 'dashboard-over-quota');
    await listed.getByRole('button', { name: '望月湖街道' }).click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    expect(await page.locator('.board-unit').textContent()).toBe('望月湖街道');
    await page.keyboard.press('Control+Z');
    expect(app.errors).toEqual([]);
  });
});

describe('the dashboard at 1366×768 with 150% scaling', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ width: 910, height: 512, scale: 1.5 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('fits without sideways scrolling', async () => {
    const { page } = app;
    await openDashboard(app);
    expect(await groupsText(page)).toBe('1,784→731');
    expect(await overflowsSideways(page)).toBe(false);
    await shot(page, 'dashboard@1.5');
    await page.locator('.screen').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shot(page, 'dashboard-bottom@1.5');
  });
});
