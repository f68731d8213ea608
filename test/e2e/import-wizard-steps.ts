/**
 * What the import wizard's end-to-end tests share: the roster files they make (a copy of the
 * messy sample with one header no synonym knows, a small roster with bad cells, a PNG named
 * .xlsx), and the clerk's moves through the wizard in Chromium.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { repoRoot, screenshotDir, type AppSession } from './harness';

export const MESSY = join(repoRoot, 'samples', '示例-杂乱名单.xlsx');
export const MESSY_GBK = join(repoRoot, 'samples', '示例-杂乱名单-GBK.csv');
export const FIRST_RUN = '已为您打开示例数据（示例-岳麓区），可直接体验';

/** The messy sample with its 所在平台 header (F5) renamed 使用软件, which no synonym matches. */
export async function messyWithUnknownHeader(folder: string, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(MESSY);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('the messy sample has a sheet');
  if (ws.getCell('F5').value !== '所在平台') throw new Error('the messy sample changed: F5 is not 所在平台');
  ws.getCell('F5').value = '使用软件';
  const path = join(folder, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A small roster: row 3's 成员数 is 很多人 and row 4's 最近活跃 is 上个月 — two errors. */
export async function rosterWithBadCells(folder: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作群');
  ws.addRows([
    ['群名称', '所属单位', '平台', '成员数', '最近活跃'],
    ['望城街道工作总群', '望城街道', '微信', 120, '2026-03-01'],
    ['望城街道网格群', '望城街道', '微信', '很多人', '2026-02-01'],
    ['新康社区工作群', '新康社区', 'QQ', 30, '上个月'],
    ['新康社区党建群', '新康社区', '微信', 25, '2026-02-15'],
  ]);
  const path = join(folder, '望城街道.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/** PNG bytes named .xlsx: the reader must refuse it with a Chinese message. */
export async function pngNamedXlsx(folder: string): Promise<string> {
  const path = join(folder, '照片.xlsx');
  await writeFile(
    path,
    Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  );
  return path;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const close of await page.getByRole('button', { name: '关闭提示' }).all()) {
    // A toast may time out between listing and clicking.
    await close.click({ timeout: 1_000 }).catch(() => undefined);
  }
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name });

/** Waits for the first run's sample to open, then opens 导入名单 from the start page. */
export async function openWizard(app: AppSession, firstRun = true): Promise<void> {
  const { page } = app;
  if (firstRun) await page.getByText(FIRST_RUN).waitFor({ timeout: 90_000 });
  await nav(page, '开始').click();
  await page.locator('.start-action', { hasText: '导入名单' }).click();
  await page.getByRole('heading', { name: '导入名单', level: 1 }).waitFor();
}

/** 选择名单文件… with `paths` as what the clerk picks in the OS dialog. */
export async function pickFiles(app: AppSession, paths: string[]): Promise<void> {
  if (!app.dialogs) throw new Error('the default host has stub dialogs');
  app.dialogs.openPaths = paths;
  await app.page.getByRole('button', { name: /选择名单文件…|重新选择文件…/ }).click();
  await app.page.getByRole('columnheader', { name: '读取情况' }).waitFor();
}

export const currentStep = (page: Page) => page.locator('[aria-current="step"]');

/** 下一步, then waits for `step` to be the current one. */
export async function next(page: Page, step: string): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await currentStep(page).filter({ hasText: step }).waitFor();
}

/** Waits for the check to finish and returns 错误 n 条 / 警告 m 条. */
export async function checked(page: Page): Promise<{ errors: number; warnings: number }> {
  const status = page.locator('.check-summary [role="status"]');
  await status.filter({ hasText: /错误 \d+ 条/ }).waitFor({ timeout: 60_000 });
  await page.locator('.busy').waitFor({ state: 'detached' });
  const text = (await status.textContent()) ?? '';
  return {
    errors: Number(/错误 (\d+) 条/.exec(text)?.[1] ?? NaN),
    warnings: Number(/警告 (\d+) 条/.exec(text)?.[1] ?? NaN),
  };
}

/** Confirms the warnings (if any), goes to 完成 and creates the plan; waits for the board. */
export async function finish(page: Page, shotName?: string): Promise<void> {
  const confirm = page.getByLabel(/我已查看下列 \d+ 条警告/);
  if (await confirm.count()) await confirm.check();
  await next(page, '完成');
  if (shotName) await shot(page, shotName);
  await page.getByRole('button', { name: '创建方案' }).click();
  await page.locator('.nav-tab[aria-current="page"]', { hasText: '整理看板' }).waitFor({ timeout: 60_000 });
}

/** True when the page scrolls sideways (something is wider than the window). */
export const overflowsSideways = (page: Page) =>
  page.evaluate(() => {
    const screen = document.querySelector('.screen');
    return (
      document.documentElement.scrollWidth > window.innerWidth ||
      (screen ? screen.scrollWidth > screen.clientWidth : false)
    );
  });
