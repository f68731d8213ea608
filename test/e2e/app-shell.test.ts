/**
 * The app shell in Chromium with window.api on the real main handlers: the first run opens the
 * sample, IndexedDB keeps everything across a reload, settings and policy screens work, and
 * 清除本机数据 empties the workspace.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshotDir, type AppSession } from './harness';

const FIRST_RUN = '已为您打开示例数据（示例-岳麓区），可直接体验';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

const totals = (page: Page) => page.getByTestId('totals');
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name });

describe('the app shell at 1366×768', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens the sample district on the first run and says so', async () => {
    const { page } = app;
    await page.getByText(FIRST_RUN).waitFor({ timeout: 90_000 });
    await page.getByRole('heading', { name: '整理看板' }).waitFor();
    // The sample's recorded plan (DESIGN §6): 1784 → 731.
    expect(await totals(page).textContent()).toBe('1784 → 731');
    await expect(page.locator('.topbar-plan').textContent()).resolves.toBe('示例-岳麓区·方案一');
    expect(await page.getByRole('button', { name: '撤销' }).isDisabled()).toBe(true);
    await shot(page, 'board-placeholder');
  });

  it('keeps the plan, its undo history and the screen across a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '自动规划' }).click();
    await page
      .getByRole('dialog', { name: '自动规划' })
      .getByRole('button', { name: '开始自动规划' })
      .click();
    const undo = page.getByRole('button', { name: '撤销：自动规划' });
    await undo.waitFor();
    expect(await undo.getAttribute('title')).toBe('撤销：自动规划（Ctrl+Z）');
    const replanned = await totals(page).textContent();
    expect(replanned).not.toBe('1784 → 731');
    await nav(page, '规则').click();
    await page.getByRole('heading', { name: '规则' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: '规则' }).waitFor();
    expect(await page.getByText(FIRST_RUN).count()).toBe(0); // not a first run any more
    await nav(page, '整理看板').click();
    expect(await totals(page).textContent()).toBe(replanned);
    await page.getByRole('button', { name: '撤销：自动规划' }).click();
    await page.getByRole('button', { name: '重做：自动规划' }).waitFor();
    expect(await totals(page).textContent()).toBe('1784 → 731');
    // Keyboard: Ctrl+Y redoes, Ctrl+Z undoes.
    await page.keyboard.press('Control+Y');
    await page.getByRole('button', { name: '撤销：自动规划' }).waitFor();
    expect(await totals(page).textContent()).toBe(replanned);
    await page.keyboard.press('Control+Z');
    await page.getByRole('button', { name: '重做：自动规划' }).waitFor();
    expect(await totals(page).textContent()).toBe('1784 → 731');
  });

  it('lists the plan on the start page', async () => {
    const { page } = app;
    await nav(page, '开始').click();
    const row = page.getByRole('row', { name: /示例-岳麓区/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('1784 → 731');
    expect(await row.textContent()).toContain('2026-03-05');
    await shot(page, 'start');
  });

  it('saves the clerk for reports, and remembers it after a reload', async () => {
    const { page } = app;
    await nav(page, '设置').click();
    await page.getByLabel('单位').fill('岳麓区委网信办');
    await page.getByLabel('姓名').fill('张三');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('设置已保存。').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '设置' }).waitFor();
    expect(await page.getByLabel('单位').inputValue()).toBe('岳麓区委网信办');
    expect(await page.getByLabel('姓名').inputValue()).toBe('张三');
    await shot(page, 'settings');
  });

  it('checks a custom policy as it is typed, with the reason next to the field', async () => {
    const { page } = app;
    await nav(page, '规则').click();
    await page.getByRole('radio', { name: /自定义规则/ }).check();
    const quota = page.getByLabel('第 1 档的限额');
    await quota.fill('三个');
    await page.getByText('请填写整数（不带单位）').waitFor();
    expect(await quota.getAttribute('aria-invalid')).toBe('true');
    const save = page.getByRole('button', { name: '保存并应用' });
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel('规则名称').fill('岳麓区');
    await page.getByText('“岳麓区”是预设规则的名称，自定义规则请另起名称').waitFor();
    await page.getByText('有 2 处需要修改，见标红的项目。').waitFor();
    await shot(page, 'policy-errors');

    await quota.fill('4');
    await page.getByLabel('规则名称').fill('岳麓区（试行）');
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    await page.getByText(/已应用规则“岳麓区（试行）”/).waitFor();
    await expect(page.locator('.page-note').textContent()).resolves.toContain('岳麓区（试行）（自定义）');
    await page.reload();
    await page.getByRole('heading', { name: '规则' }).waitFor();
    expect(await page.getByLabel('第 1 档的限额').inputValue()).toBe('4');
    await shot(page, 'policy');
  });

  it("runs the menu's file commands through the real handlers", async () => {
    const { page, host, dialogs } = app;
    if (!host || !dialogs) throw new Error('no host');
    await host.menuCommand('save-template');
    await page.getByText(/^模板已保存：.*\.xlsx$/).waitFor();
    await host.menuCommand('export-report');
    await page.getByText(/^报告已保存：.*\.xlsx$/).waitFor({ timeout: 90_000 });
    expect(dialogs.saveRequests.map((r) => r.defaultName)).toContain(
      '工作群精简报告-示例-岳麓区-方案一-2026-03-05.xlsx',
    );
    // 打印 opens the report page; this harness host has no printer (test/e2e/report-print.test.ts has one).
    await host.menuCommand('print');
    await page.getByText('此窗口无法打印或生成 PDF。请重新启动程序后重试。').waitFor();
    expect(host.calls.filter((c) => !c.ok).map((c) => c.channel)).toEqual(['printReport']);
  });

  it('clears the local data after a clear confirmation', async () => {
    const { page } = app;
    await nav(page, '设置').click();
    await page.getByRole('button', { name: '清除本机数据…' }).click();
    const dialog = page.getByRole('alertdialog', { name: '清除本机数据' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('1 份名单和 1 个方案');
    await shot(page, 'settings-clear-confirm');
    await dialog.getByRole('button', { name: '清除全部数据' }).click();
    await page.getByText('本机数据已清除。').waitFor();
    await nav(page, '开始').click();
    await page.getByText('还没有保存的方案。', { exact: false }).waitFor();
    expect(await page.locator('.topbar-plan').textContent()).toBe('未打开方案');
    expect(app.errors).toEqual([]);
  });
});
