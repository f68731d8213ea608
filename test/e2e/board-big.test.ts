/**
 * The board on a synthetic district of 20,000 work groups (the bench generator's roster, opened
 * as the first-run sample): the 全区 view's lanes hold thousands of cards each but draw only
 * those in view, a lane scrolls to its end, drops and a keyboard drag work. The drop→painted
 * times are printed (no timing assertions: the machine is shared).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRoster } from '../../scripts/bench/roster';
import { writeRosterXlsx } from '../../scripts/bench/roster-xlsx';
import { testHost, type AppSession } from './harness';
import {
  announced,
  card,
  cardIds,
  lane,
  laneCount,
  measures,
  median,
  mouseDrag,
  openBoard,
  rosterIds,
  shot,
  waitLaneCount,
} from './board-helpers';

const GROUPS = 20_000;
const LANES = ['pending', 'kept', 'merged', 'dissolved', 'reclassified'] as const;

describe(`the board on a district of ${GROUPS} groups`, () => {
  let app: AppSession;
  beforeAll(async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'planner-big-')), `大名单-${GROUPS}.xlsx`);
    await writeRosterXlsx(generateRoster(GROUPS), path);
    const host = await testHost();
    app = await openBoard({ host: { ...host, samplePath: path } });
    await app.page.getByRole('treeitem', { name: /^全区/ }).click();
    await app.page.locator('.board-unit', { hasText: '全区' }).waitFor();
  }, 300_000);
  afterAll(async () => {
    await app.close();
  });

  it('draws only the cards in view, whatever the lane holds', async () => {
    const { page } = app;
    const counts = await Promise.all(LANES.map((l) => laneCount(page, l)));
    const before = Number(/^(\d+)/.exec((await page.getByTestId('totals').textContent()) ?? '')?.[1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(before);
    expect(before).toBeGreaterThan(GROUPS * 0.8);
    expect(await page.locator('.lanes .card').count()).toBeLessThan(200);
    const big = LANES[counts.indexOf(Math.max(...counts))] ?? 'kept';
    const last = await lane(page, big)
      .locator('.lane-scroll')
      .evaluate(async (el) => {
        el.scrollTop = el.scrollHeight;
        await new Promise((r) => setTimeout(r, 300));
        return el.querySelectorAll('.card').length;
      });
    expect(last).toBeGreaterThan(0);
    expect(last).toBeLessThan(60);
    await shot(page, 'board-big');
  });

  it('drops and drags by keyboard on the big board', async () => {
    const { page } = app;
    await lane(page, 'kept')
      .locator('.lane-scroll')
      .evaluate((el) => (el.scrollTop = 0));
    await page.evaluate(() => performance.clearMeasures());
    const id = rosterIds(await cardIds(page, 'kept'))[0] ?? '';
    const kept = await laneCount(page, 'kept');
    for (let i = 0; i < 3; i++) {
      await mouseDrag(page, card(page, id), lane(page, 'dissolved').locator('.lane-head'));
      await waitLaneCount(page, 'kept', kept - 1);
      await page.keyboard.press('Control+Z');
      await waitLaneCount(page, 'kept', kept);
    }
    await page.waitForTimeout(100);
    const painted = await measures(page, 'board:edit→painted');
    const committed = await measures(page, 'board:edit→committed');
    console.log(
      `${GROUPS} groups (全区), ${painted.length} drops: edit→committed median ${median(committed).toFixed(1)} ms, ` +
        `edit→painted median ${median(painted).toFixed(1)} ms (max ${Math.max(...painted).toFixed(1)} ms)`,
    );
    expect(painted.length).toBe(3);

    await card(page, id).focus();
    await page.keyboard.press('Space');
    await announced(page, '已拿起');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await announced(page, '将并入');
    await page.keyboard.press('Escape');
    await announced(page, '已取消');
    expect(app.errors).toEqual([]);
  });
});
