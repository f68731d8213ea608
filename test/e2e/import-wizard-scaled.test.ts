/**
 * The import wizard on a 1366×768 screen at 150% scaling (a CSS viewport of 910×512): three
 * files at once (one unreadable), every step usable without sideways scrolling, the action bar in
 * view, and a screenshot of each step.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import {
  checked,
  messyWithUnknownHeader,
  next,
  openWizard,
  overflowsSideways,
  pickFiles,
  pngNamedXlsx,
  rosterWithBadCells,
  shot,
} from './import-wizard-steps';

async function fits(page: Page, name: string): Promise<void> {
  expect(await overflowsSideways(page)).toBe(false);
  const bar = await page.locator('.wizard-actions').boundingBox();
  expect(bar && bar.y + bar.height).toBeLessThanOrEqual(512);
  await shot(page, `${name}@1.5`);
}

describe('the import wizard at 1366×768 with 150% scaling', () => {
  let app: AppSession;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'planner-import-scaled-'));
    app = await openApp({ width: 910, height: 512, scale: 1.5 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('goes through every step with three files, one of them unreadable', async () => {
    const { page } = app;
    await openWizard(app);
    await fits(page, 'import-0-start');
    const files = [
      await messyWithUnknownHeader(folder, '银盆岭街道.xlsx'),
      await rosterWithBadCells(folder),
      await pngNamedXlsx(folder),
    ];
    await pickFiles(app, files);
    await page.getByRole('alert').filter({ hasText: '照片.xlsx' }).waitFor();
    await fits(page, 'import-1-files');

    await next(page, '工作表');
    await fits(page, 'import-2-sheets');
    await next(page, '表头行');
    await page.getByRole('button', { name: /望城街道\.xlsx/ }).click();
    await page.locator('tr.is-header', { hasText: '群名称' }).waitFor();
    await page.getByRole('button', { name: /银盆岭街道\.xlsx/ }).click();
    await page.locator('tr.is-header', { hasText: '使用软件' }).waitFor();
    await fits(page, 'import-3-header');

    await next(page, '列对应');
    // The sheet that needs the clerk is shown first, and marked.
    await page.locator('.notice', { hasText: '缺少必填的列：平台' }).waitFor();
    expect(await page.locator('.sheet-tab.needs-work').count()).toBe(1);
    await fits(page, 'import-4-mapping-missing');
    await page.getByLabel('F 列（使用软件）导入为').selectOption('platform');
    expect(await page.locator('.sheet-tab.needs-work').count()).toBe(0);
    await fits(page, 'import-4-mapping');

    await next(page, '检查');
    expect(await checked(page)).toMatchObject({ errors: 2 });
    await fits(page, 'import-5-check-errors');
    const members = page.locator('.problem-error', { hasText: '第 3 行' });
    await members.getByRole('button', { name: '修改' }).click();
    const input = members.getByLabel('D 列（成员数）改为');
    await expect.poll(() => input.inputValue()).toBe('很多人');
    await fits(page, 'import-5-edit');
    await input.fill('45');
    await members.getByRole('button', { name: '保存修改' }).click();
    expect(await checked(page)).toMatchObject({ errors: 1 });
    await page
      .locator('.problem-error', { hasText: '第 4 行' })
      .getByRole('button', { name: '转到该行' })
      .click();
    const dialog = page.getByRole('dialog', { name: /第 4 行/ });
    await dialog.locator('td.is-marked-cell').waitFor();
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 910).toBe(true);
    await shot(page, 'import-5-row@1.5');
    await dialog.getByRole('button', { name: '排除此行' }).click();
    expect(await checked(page)).toMatchObject({ errors: 0 });
    await page.getByText('文件 照片.xlsx 无法读取，已按您的选择跳过', { exact: false }).waitFor();
    await fits(page, 'import-5-check');

    await page.getByLabel(/我已查看下列 \d+ 条警告/).check();
    await next(page, '完成');
    await fits(page, 'import-6-finish');
    await page.getByRole('button', { name: '创建方案' }).click();
    await page.locator('.nav-tab[aria-current="page"]', { hasText: '整理看板' }).waitFor({ timeout: 60_000 });
    await page.locator('.topbar-plan', { hasText: '银盆岭街道 等 2 个文件' }).waitFor({ timeout: 60_000 });
    expect(app.errors).toEqual([]);
  });
});
