/**
 * An edit's effect on 模拟看板 while it is shown: Ctrl+Z / Ctrl+Y of a merge, from the keydown
 * (the probe's `bench:key` mark) to the frame after the dashboard re-rendered
 * (`dashboard:painted`, renderer/dashboard/perf.ts). Also the series recompute alone
 * (`dashboard:series`, renderer/dashboard/useDashboard.ts).
 */
import type { Page } from 'playwright-core';
import { mergeOnce } from './board';
import { clearMeasures, keyToDashboard, markAfter, markTime, measureDurations } from './page';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name, exact: true });

export async function showDashboard(page: Page): Promise<void> {
  await nav(page, '模拟看板').click();
  await page.getByRole('heading', { name: '模拟看板', level: 1 }).waitFor();
  await page.locator('.dash-units .recharts-bar-rectangle').first().waitFor({ timeout: 120_000 });
}

export async function showBoard(page: Page): Promise<void> {
  await nav(page, '整理看板').click();
  await page.getByRole('heading', { name: '整理看板' }).waitFor();
  await page.locator('.lanes .card[data-card-id]').first().waitFor({ timeout: 120_000 });
}

export interface DashboardFigures {
  keyToPainted: number[];
  series: number[];
}

/** Makes a merge on the board, then undoes and redoes it `runs` times on the dashboard. */
export async function dashboardEdits(page: Page, runs: number): Promise<DashboardFigures> {
  await mergeOnce(page);
  await showDashboard(page);
  await page.waitForTimeout(500);
  await page.evaluate(clearMeasures);
  const keyToPainted: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await page.evaluate(markTime, 'dashboard:painted');
    await page.keyboard.press(i % 2 === 0 ? 'Control+Z' : 'Control+Y');
    await page.waitForFunction(markAfter, ['dashboard:painted', before] as const, { timeout: 60_000 });
    // One keypress is one plan version; a short wait lets a second paint, if any, count too.
    await page.waitForTimeout(150);
    const ms = await page.evaluate(keyToDashboard);
    if (ms !== null) keyToPainted.push(ms);
  }
  const series = await page.evaluate(measureDurations, 'dashboard:series');
  // Leave the plan as it was before the merge.
  if (runs % 2 === 0) await page.keyboard.press('Control+Z');
  await showBoard(page);
  return { keyToPainted, series };
}
