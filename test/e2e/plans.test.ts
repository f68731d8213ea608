/**
 * 方案 in Chromium on the real main handlers: the sample's 方案一 is copied to 方案二, 方案二 is
 * auto-planned on the board, the two are compared (totals, differing groups, per unit), 方案二 is
 * renamed and deleted with 撤销删除, and after reloads the plans are as they were. Screenshots of
 * the plans list and the comparison at 1366×768 and at 150% scaling.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshotDir, type AppSession } from './harness';

const FIRST_RUN = '已为您打开示例数据（示例-岳麓区），可直接体验';

/** Screenshots without the toasts in front of the lists. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    for (const b of document.querySelectorAll<HTMLButtonElement>('.toast .toast-close')) b.click();
  });
  await page.waitForFunction(() => document.querySelectorAll('.toast').length === 0);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name });
const planRow = (page: Page, name: string) =>
  page.locator('.plans-table tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
const topbarPlan = (page: Page) => page.locator('.topbar-plan').textContent();

async function openPlansScreen(page: Page): Promise<void> {
  await nav(page, '方案').click();
  await page.getByRole('heading', { name: '方案', level: 1 }).waitFor();
}

/** Runs 自动规划 on the board's open plan and waits for its undo step. */
async function autoPlan(page: Page): Promise<void> {
  await page.getByRole('heading', { name: '整理看板' }).waitFor();
  await page.getByRole('button', { name: '自动规划' }).click();
  await page.getByRole('dialog', { name: '自动规划' }).getByRole('button', { name: '开始自动规划' }).click();
  await page.getByRole('button', { name: '撤销：自动规划' }).waitFor({ timeout: 60_000 });
}

/** The cells of a totals row, keyed by the column heading. */
async function totalsRow(page: Page, side: 'a' | 'b'): Promise<Record<string, string>> {
  const heads = await page.locator('.cmp-totals thead th').allTextContents();
  const cells = await page.getByTestId(`compare-totals-${side}`).locator('th, td').allTextContents();
  return Object.fromEntries(heads.map((h, i) => [h.trim(), (cells[i] ?? '').trim()]));
}

/** True when the page scrolls sideways (something is wider than the window). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => {
    const screen = document.querySelector('.screen');
    return (
      document.documentElement.scrollWidth > window.innerWidth ||
      (screen ? screen.scrollWidth > screen.clientWidth : false)
    );
  });

describe('plans at 1366×768', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  let replanned = '';

  it('copies 方案一 to 方案二 and auto-plans the copy on the board', async () => {
    const { page } = app;
    await page.getByText(FIRST_RUN).waitFor({ timeout: 90_000 });
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    await openPlansScreen(page);
    expect(await planRow(page, '方案一').textContent()).toContain('1784 → 731');
    expect(await planRow(page, '方案一').textContent()).toContain('当前');
    expect(await page.getByRole('button', { name: '删除 方案一' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: '复制 方案一' }).click();
    await page.getByText('已将“方案一”复制为“方案二”。').waitFor();
    expect(await planRow(page, '方案二').textContent()).toContain('1784 → 731');
    await shot(page, 'plans');

    await page.getByRole('button', { name: '打开 方案二' }).click();
    await autoPlan(page);
    expect(await topbarPlan(page)).toBe('示例-岳麓区·方案二');
    replanned = (await page.getByTestId('totals').textContent()) ?? '';
    expect(replanned).not.toBe('1784 → 731');
  });

  it('compares 方案一 with 方案二: totals, the groups treated differently, the units', async () => {
    const { page } = app;
    await openPlansScreen(page);
    expect(await planRow(page, '方案二').textContent()).toContain(replanned);
    await page.getByRole('tab', { name: '方案对比' }).click();
    await page.getByText(/个群的处置不同/).waitFor({ timeout: 30_000 });

    const a = await totalsRow(page, 'a');
    const b = await totalsRow(page, 'b');
    expect(a['方案']).toBe('A 方案一');
    expect([a['精简前'], a['精简后'], a['压缩率']]).toEqual(['1784', '731', '59.0%']);
    expect(b['方案']).toBe('B 方案二');
    expect(`${b['精简前']} → ${b['精简后']}`).toBe(replanned);
    expect(await page.locator('.cmp-totals .cmp-differs').count()).toBeGreaterThan(0);

    const status = (await page.locator('.cmp-status').textContent()) ?? '';
    const differing = Number(/^(\d+) 个群的处置不同/.exec(status)?.[1]);
    expect(differing).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: '处置不同的群' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(differing + 1));
    const rows = table.locator('.vt-body [role="row"]');
    expect(await rows.count()).toBeGreaterThan(5);
    // Virtualised: far fewer rows drawn than listed when many differ.
    if (differing > 100) expect(await rows.count()).toBeLessThan(100);
    const first = (await rows.first().textContent()) ?? '';
    expect(first).toMatch(/保留|合并|解散|转出|待定/);
    await shot(page, 'compare');

    // Sorting by group name, then back to units; the keyboard moves between the lists.
    await table.getByRole('button', { name: '群名称' }).click();
    expect(await table.getByRole('columnheader', { name: /群名称/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    const list = page.getByRole('tab', { name: /处置不同的群/ });
    await list.focus();
    await page.keyboard.press('ArrowRight');
    const units = page.getByRole('table', { name: /单位对照/ });
    await units.waitFor();
    expect(await page.getByRole('tab', { name: /单位对照/ }).getAttribute('aria-selected')).toBe('true');
    expect(await units.locator('.vt-body [role="row"]').count()).toBeGreaterThan(0);
    await shot(page, 'compare-units');

    // Swapping the sides swaps the totals rows.
    await page.getByRole('button', { name: '交换方案 A 与方案 B' }).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="compare-totals-a"] th')?.textContent?.includes('方案二'),
    );
    expect((await totalsRow(page, 'b'))['精简后']).toBe('731');

    // 查看: a differing group opens on the board of the plan asked for (here the open 方案二, now A).
    await page.getByRole('tab', { name: /处置不同的群/ }).click();
    const row = page.getByRole('table', { name: '处置不同的群' }).locator('.vt-body [role="row"]').first();
    const groupName = ((await row.locator('[role="cell"]').nth(1).textContent()) ?? '').trim();
    await row.getByRole('button', { name: `在方案二中查看 ${groupName}` }).click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    expect(await topbarPlan(page)).toBe('示例-岳麓区·方案二');
    await page.locator('aside.detail').getByText(groupName).first().waitFor();

    // …and into a plan that is not open (方案一, B): it is opened first.
    await openPlansScreen(page);
    await page.getByRole('tab', { name: '方案对比' }).click();
    const again = page.getByRole('table', { name: '处置不同的群' }).locator('.vt-body [role="row"]').first();
    await again.getByRole('button', { name: `在方案一中查看 ${groupName}` }).click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    await page.locator('aside.detail').getByText(groupName).first().waitFor();
    expect(await topbarPlan(page)).toBe('示例-岳麓区·方案一');
    expect(await page.getByTestId('totals').textContent()).toBe('1784 → 731');
    // Back to 方案二 for what follows.
    await openPlansScreen(page);
    await page.getByRole('tab', { name: /方案列表/ }).click();
    await page.getByRole('button', { name: '打开 方案二' }).click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    expect(await topbarPlan(page)).toBe('示例-岳麓区·方案二');
  });

  it('renames 方案二 with checks, and the top bar follows', async () => {
    const { page } = app;
    await openPlansScreen(page);
    await page.getByRole('tab', { name: /方案列表/ }).click();
    await page.getByRole('button', { name: '重命名 方案二' }).click();
    const dialog = page.getByRole('dialog', { name: '重命名方案' });
    const field = dialog.getByLabel('方案名称');
    await field.fill('方案一');
    await dialog.getByText('本名单已有名为“方案一”的方案，请另起名称。').waitFor();
    expect(await dialog.getByRole('button', { name: '确定' }).isDisabled()).toBe(true);
    await field.fill('  ');
    await dialog.getByText('请填写方案名称。').waitFor();
    await field.fill('自动规划方案');
    await field.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await planRow(page, '自动规划方案').waitFor();
    expect(await topbarPlan(page)).toBe('示例-岳麓区·自动规划方案');
  });

  it('deletes a plan with 撤销删除, also after a reload', async () => {
    const { page } = app;
    // The open plan cannot be deleted: switch to 方案一 first.
    await page.getByRole('button', { name: '打开 方案一' }).click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    expect(await page.getByTestId('totals').textContent()).toBe('1784 → 731');
    await openPlansScreen(page);

    await page.getByRole('button', { name: '删除 自动规划方案' }).click();
    await page.getByText('已删除方案“自动规划方案”。', { exact: false }).waitFor();
    expect(await planRow(page, '自动规划方案').count()).toBe(0);
    // The focus moved to 撤销删除 (the row's 删除 is gone).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('撤销删除');
    await page.getByRole('button', { name: '撤销删除' }).click();
    await page.getByText('已恢复方案“自动规划方案”。').waitFor();
    expect(await planRow(page, '自动规划方案').textContent()).toContain(replanned);

    // Deleted again, the plan can still be restored after a reload (the bar comes back).
    await page.getByRole('button', { name: '删除 自动规划方案' }).click();
    await page.getByRole('button', { name: '撤销删除' }).waitFor();
    await shot(page, 'plans-deleted');
    await page.reload();
    await page.getByRole('heading', { name: '方案', level: 1 }).waitFor();
    await page.getByRole('button', { name: '撤销删除' }).click();
    await planRow(page, '自动规划方案').waitFor();
  });

  it('finds the plans as they were after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('heading', { name: '方案', level: 1 }).waitFor();
    await planRow(page, '自动规划方案').waitFor();
    expect(await page.locator('.plans-table tbody tr th').allTextContents()).toEqual([
      '方案一当前',
      '自动规划方案',
    ]);
    expect(await planRow(page, '方案一').textContent()).toContain('1784 → 731');
    expect(await planRow(page, '自动规划方案').textContent()).toContain(replanned);
    expect(await page.getByRole('button', { name: '撤销删除' }).count()).toBe(0);
    expect(await topbarPlan(page)).toBe('示例-岳麓区·方案一');
    // Switching keeps each plan's content: the auto-planned copy still has its totals and undo step.
    await page.getByRole('button', { name: '打开 自动规划方案' }).click();
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    expect(await page.getByTestId('totals').textContent()).toBe(replanned);
    expect(await page.getByRole('button', { name: '撤销：自动规划' }).isEnabled()).toBe(true);
    expect(app.errors).toEqual([]);
  });
});

describe('plans at 1366×768 with 150% scaling', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ width: 910, height: 512, scale: 1.5 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the plans list and the comparison without sideways scrolling', async () => {
    const { page } = app;
    await page.getByText(FIRST_RUN).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: '关闭提示' }).first().click();
    await openPlansScreen(page);
    await page.getByRole('button', { name: '复制 方案一' }).click();
    await planRow(page, '方案二').waitFor();
    await page.getByRole('button', { name: '打开 方案二' }).click();
    await autoPlan(page);
    await openPlansScreen(page);
    expect(await overflowsSideways(page)).toBe(false);
    const bar = await page.locator('.topbar').boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(41);
    await shot(page, 'plans@1.5');
    await page.getByRole('tab', { name: '方案对比' }).click();
    await page.getByText(/个群的处置不同/).waitFor({ timeout: 30_000 });
    expect(await overflowsSideways(page)).toBe(false);
    await shot(page, 'compare@1.5');
    expect(app.errors).toEqual([]);
  });
});
