/**
 * The import wizard in Chromium on the real main handlers (only the OS file dialog is stubbed):
 * the messy roster with a header no synonym knows, mapped by hand and remembered for the next
 * file; the GBK CSV with its encoding warning; a hostile file skipped with its Chinese message;
 * a cell corrected and a row excluded in 检查; 导出问题行 written as xlsx. Screenshots of every
 * step at 1366×768 (import-wizard-scaled.test.ts takes them at 150%).
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import {
  checked,
  currentStep,
  finish,
  MESSY_GBK,
  messyWithUnknownHeader,
  next,
  openWizard,
  pickFiles,
  pngNamedXlsx,
  rosterWithBadCells,
  shot,
} from './import-wizard-steps';

describe('the import wizard at 1366×768', () => {
  let app: AppSession;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'planner-import-'));
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('imports the messy roster with one column mapped by hand, and finds the plan on the board', async () => {
    const { page } = app;
    await openWizard(app);
    await shot(page, 'import-0-start');
    const file = await messyWithUnknownHeader(folder, '银盆岭街道.xlsx');
    await pickFiles(app, [file]);
    await page
      .getByRole('row', { name: /银盆岭街道\.xlsx/ })
      .getByText('已读取')
      .waitFor();
    expect(await page.getByRole('row', { name: /银盆岭街道\.xlsx/ }).textContent()).toContain('Excel 工作簿');

    await next(page, '工作表');
    expect(await page.getByLabel('工作表“工作群统计”的内容').inputValue()).toBe('groups');
    await page.getByText('按工作表名称识别').waitFor();
    await next(page, '表头行');
    // The header row the importer found (row 5, under three title rows) is marked.
    expect(await page.getByLabel('表头所在行').inputValue()).toBe('5');
    expect(await page.locator('tr.is-header').textContent()).toContain('使用软件');
    expect(await page.locator('tr.is-title').count()).toBe(4);
    // Clicking a title row makes it the header (the columns are matched afresh) …
    await page.getByRole('button', { name: '把第 2 行设为表头' }).click();
    await page.locator('tr.is-header', { hasText: '填报单位' }).waitFor();
    expect(await page.getByLabel('表头所在行').inputValue()).toBe('2');
    // … and back.
    await page.getByLabel('表头所在行').selectOption('5');
    await page.locator('tr.is-header', { hasText: '使用软件' }).waitFor();

    await next(page, '列对应');
    await page.locator('.notice', { hasText: '缺少必填的列：平台' }).waitFor();
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);
    const software = page.getByLabel('F 列（使用软件）导入为');
    expect(await software.inputValue()).toBe('');
    expect(
      await page
        .getByRole('row', { name: /群人数/ })
        .locator('.badge-auto')
        .textContent(),
    ).toBe('自动');
    await shot(page, 'import-4-mapping-missing');
    await software.selectOption('platform');
    await page.locator('.notice', { hasText: '缺少必填的列' }).waitFor({ state: 'detached' });
    expect(
      await page
        .getByRole('row', { name: /使用软件/ })
        .locator('.badge-manual')
        .textContent(),
    ).toBe('手动');
    await shot(page, 'import-4-mapping');

    await next(page, '检查');
    const counts = await checked(page);
    expect(counts.errors).toBe(0);
    expect(counts.warnings).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: /^警告 单位类型是根据名称推断的/ }).waitFor();
    await finish(page, 'import-6-finish');
    await page.locator('.topbar-plan', { hasText: '银盆岭街道' }).waitFor();
    expect(await page.locator('.topbar-plan').textContent()).toBe('银盆岭街道·方案一');
    await page.locator('.screen').getByText('银盆岭街道').first().waitFor();
  });

  it('maps the next file with the same headers as remembered, with no manual step', async () => {
    const { page } = app;
    await openWizard(app, false);
    const again = await messyWithUnknownHeader(folder, '银盆岭街道（复核）.xlsx');
    await pickFiles(app, [again]);
    await next(page, '工作表');
    await page.getByText('与上次导入的表头相同，按记住的列对应').waitFor();
    await next(page, '表头行');
    await next(page, '列对应');
    await page.getByText(/已按记住的对应导入 \d+ 列/).waitFor();
    expect(await page.getByLabel('F 列（使用软件）导入为').inputValue()).toBe('platform');
    expect(await page.locator('.badge-manual').count()).toBe(0);
    expect(await page.locator('.badge-saved').count()).toBeGreaterThan(10);
    await next(page, '检查');
    expect((await checked(page)).errors).toBe(0);
    await finish(page);
    await page.locator('.topbar-plan', { hasText: '银盆岭街道（复核）' }).waitFor();
  });

  it('imports the GBK CSV, saying its encoding was guessed', async () => {
    const { page } = app;
    await openWizard(app, false);
    await pickFiles(app, [MESSY_GBK]);
    const row = page.getByRole('row', { name: /示例-杂乱名单-GBK\.csv/ });
    expect(await row.textContent()).toContain('CSV（GBK 编码）');
    expect(await row.textContent()).toContain('不是 UTF-8 编码，已按 GBK（GB18030）编码读取');
    await shot(page, 'import-1-files-gbk');
    await next(page, '工作表');
    await page.getByText('按表头识别').waitFor();
    await next(page, '表头行');
    await next(page, '列对应');
    await next(page, '检查');
    expect((await checked(page)).errors).toBe(0);
    await page.getByRole('button', { name: /CSV 文件的文字编码是推测的/ }).waitFor();
    await finish(page);
    await page.locator('.topbar-plan', { hasText: '示例-杂乱名单-GBK' }).waitFor();
  });

  it('shows why a hostile file cannot be read, skips it, and imports the other file', async () => {
    const { page } = app;
    await openWizard(app, false);
    const bad = await pngNamedXlsx(folder);
    await pickFiles(app, [bad, MESSY_GBK]);
    const alert = page.getByRole('alert').filter({ hasText: '无法读取' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('有 1 个文件无法读取，将跳过');
    expect(await alert.textContent()).toContain('照片.xlsx');
    const row = page.getByRole('row', { name: /照片\.xlsx/ });
    expect(await row.textContent()).toContain('无法读取，已跳过');
    expect(await row.getByRole('checkbox').isDisabled()).toBe(true);
    await shot(page, 'import-1-files');
    await next(page, '工作表');
    await shot(page, 'import-2-sheets');
    await next(page, '表头行');
    await shot(page, 'import-3-header');
    await next(page, '列对应');
    await next(page, '检查');
    expect((await checked(page)).errors).toBe(0);
    await page.getByText(/文件 照片\.xlsx 无法读取，已按您的选择跳过，没有导入/).waitFor();
    await finish(page);
  });

  it('corrects a cell, excludes a row and exports the problem rows in 检查', async () => {
    const { page, dialogs } = app;
    if (!dialogs?.saveFolder) throw new Error('stub dialogs save into a folder');
    await openWizard(app, false);
    await pickFiles(app, [await rosterWithBadCells(folder)]);
    await next(page, '工作表');
    await next(page, '表头行');
    await next(page, '列对应');
    await next(page, '检查');
    expect(await checked(page)).toMatchObject({ errors: 2 });
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);
    await shot(page, 'import-5-check-errors');

    // 导出问题行: the list with each row's original cells, for whoever filled it in.
    await page.getByRole('button', { name: '导出问题行…' }).click();
    const toast = page.getByText(/^问题清单已保存：/);
    await toast.waitFor();
    const path = ((await toast.textContent()) ?? '').replace('问题清单已保存：', '');
    expect(path).toBe(join(dialogs.saveFolder, '导入问题清单.xlsx'));
    expect(existsSync(path)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const lines: string[] = [];
    wb.getWorksheet('问题清单')?.eachRow((r) => lines.push((r.values as unknown[]).slice(1).join('|')));
    expect(lines.some((l) => l.includes('很多人') && l.includes('错误'))).toBe(true);
    expect(lines.some((l) => l.includes('上个月') && l.includes('错误'))).toBe(true);

    // 修改: the cell as read, corrected in place.
    const members = page.locator('.problem-error', { hasText: '第 3 行' });
    await members.getByRole('button', { name: '修改' }).click();
    const input = members.getByLabel('D 列（成员数）改为');
    await expect.poll(() => input.inputValue()).toBe('很多人');
    await shot(page, 'import-5-edit');
    await input.fill('45');
    await input.press('Enter');
    expect(await checked(page)).toMatchObject({ errors: 1 });

    // 转到该行: the row in context, its cell marked; excluded from there.
    await page
      .locator('.problem-error', { hasText: '第 4 行' })
      .getByRole('button', { name: '转到该行' })
      .click();
    const dialog = page.getByRole('dialog', { name: /望城街道\.xlsx · 工作表“工作群” · 第 4 行/ });
    await dialog.locator('td.is-marked-cell', { hasText: '上个月' }).waitFor();
    expect(await dialog.locator('tr.is-header').textContent()).toContain('最近活跃');
    expect(await dialog.locator('td.is-edited').textContent()).toBe('45');
    await shot(page, 'import-5-row');
    await dialog.getByRole('button', { name: '排除此行' }).click();
    expect(await checked(page)).toMatchObject({ errors: 0 });
    await page.getByRole('button', { name: /^警告 该行已按您的选择排除/ }).waitFor();
    const excluded = page.locator('.problem-warning', { hasText: '第 4 行' });
    expect(await excluded.getByRole('button', { name: '恢复此行' }).count()).toBeGreaterThan(0);
    await shot(page, 'import-5-check');

    await finish(page);
    await page.locator('.topbar-plan', { hasText: '望城街道' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('asks before discarding on Esc, and goes back to the start page', async () => {
    const { page } = app;
    await openWizard(app, false);
    await pickFiles(app, [MESSY_GBK]);
    await next(page, '工作表');
    await page.keyboard.press('Escape');
    const question = page.getByRole('alertdialog', { name: '放弃导入' });
    await question.waitFor();
    await shot(page, 'import-cancel');
    await question.getByRole('button', { name: '继续导入' }).click();
    expect(await currentStep(page).textContent()).toContain('工作表');
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page
      .getByRole('alertdialog', { name: '放弃导入' })
      .getByRole('button', { name: '放弃导入' })
      .click();
    await page.getByRole('heading', { name: '开始', level: 1 }).waitFor();
    expect(app.host?.calls.filter((c) => c.channel === 'closeImport').every((c) => c.ok)).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
