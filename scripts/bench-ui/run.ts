/** One size's session: open the roster's board, then the board, dashboard, drag and PDF figures. */
import type { Browser, Page } from 'playwright-core';
import type { Part } from './args';
import { dragFrames, laneDrops, merges } from './board';
import { dashboardEdits } from './dashboard';
import { bareIdbWrites } from './page';
import { pdfSaves } from './pdf';
import { profiled, traced } from './profile';
import type { BenchRoster } from './rosters';
import { openSession } from './session';
import { slowRuns } from './args';

export interface SizeFigures {
  laneDrop: number[];
  laneDropCommitted: number[];
  merge: number[];
  mergeCommitted: number[];
  /** Bare IndexedDB readwrite transactions in the same page (the stored edit's floor). */
  idb: number[];
  dashboard: number[];
  series: number[];
  drag: number[];
  pdf: number[];
  pdfRender: number[];
  /** The lane dragged over and its group count. */
  dragLane: string;
  /** Seconds from navigation to the board of the imported roster (context only). */
  openSeconds: number;
  errors: string[];
}

const log = (s: string): void => void process.stderr.write(`${s}\n`);

async function selectView(page: Page, roster: BenchRoster): Promise<void> {
  const toggle = page.locator('.tree-toggle');
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
  const name = roster.unit ?? '全区';
  const item = roster.unit === null ? /^全区/ : new RegExp(`^${roster.unit}，`);
  await page.getByRole('treeitem', { name: item }).click();
  await page.locator('.board-unit', { hasText: name }).waitFor();
  await page.locator('.lanes .card[data-card-id]').first().waitFor();
}

export async function measureSize(
  browser: Browser,
  url: string,
  roster: BenchRoster,
  parts: readonly Part[],
  runs: number,
  /** Folder for CPU profiles of the board and dashboard parts; null: none. */
  profileDir: string | null = null,
  /** Trace (devtools.timeline) instead of profiling into that folder. */
  trace = false,
): Promise<SizeFigures> {
  const out: SizeFigures = {
    laneDrop: [],
    laneDropCommitted: [],
    merge: [],
    mergeCommitted: [],
    idb: [],
    dashboard: [],
    series: [],
    drag: [],
    pdf: [],
    pdfRender: [],
    openSeconds: NaN,
    dragLane: '',
    errors: [],
  };
  const started = performance.now();
  const session = await openSession(browser, url, roster.path);
  const { page } = session;
  try {
    await page.getByTestId('totals').waitFor({ timeout: 600_000 });
    out.openSeconds = (performance.now() - started) / 1000;
    log(`  ${roster.label}: board open after ${out.openSeconds.toFixed(1)} s`);
    await page.getByRole('button', { name: '关闭提示' }).click();
    await selectView(page, roster);
    if (parts.includes('board')) {
      const run = <T>(name: string, body: () => Promise<T>): Promise<T> =>
        profileDir === null
          ? body()
          : (trace ? traced : profiled)(page, profileDir, `${roster.groups}-${name}`, body);
      const drops = await run('lane-drops', () => laneDrops(page, runs));
      out.laneDrop = drops.painted;
      out.laneDropCommitted = drops.committed;
      log(`  lane drops: ${out.laneDrop.length}`);
      const m = await run('merges', () => merges(page, runs));
      out.merge = m.painted;
      out.mergeCommitted = m.committed;
      out.idb = await page.evaluate(bareIdbWrites, runs);
      log(`  merges: ${out.merge.length}`);
    }
    if (parts.includes('dashboard')) {
      const d =
        profileDir === null
          ? await dashboardEdits(page, runs)
          : await (trace ? traced : profiled)(page, profileDir, `${roster.groups}-dashboard`, () =>
              dashboardEdits(page, runs),
            );
      out.dashboard = d.keyToPainted;
      out.series = d.series;
      log(`  dashboard keypresses: ${out.dashboard.length}`);
      await selectView(page, roster);
    }
    if (parts.includes('drag')) {
      for (let i = 0; i < slowRuns(runs); i++) {
        const d = await dragFrames(page);
        out.drag.push(...d.deltas);
        out.dragLane = `${d.lane} (${d.cards} groups)`;
      }
      log(`  drag frames: ${out.drag.length}`);
    }
    if (parts.includes('pdf') && roster.unit === null) {
      const p = await pdfSaves(session, slowRuns(runs));
      out.pdf = p.clickToFile;
      out.pdfRender = p.render;
      log(`  PDF saves: ${out.pdf.length}`);
    }
  } finally {
    out.errors = [...session.errors];
    await session.close();
  }
  return out;
}
