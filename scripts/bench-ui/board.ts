/**
 * The board's figures: a lane drop and a merge (board:edit→painted, renderer/board/perf.ts), and
 * rAF frame times while a card is dragged over the biggest lane. Every edit is undone right after
 * it, so each sample starts from the same plan.
 */
import type { Locator, Page } from 'playwright-core';
import {
  clearMeasures,
  laneCountIs,
  laneCountOf,
  measureCountAbove,
  measureDurations,
  startFrames,
  stopFrames,
} from './page';

export const LANES = ['pending', 'kept', 'merged', 'dissolved', 'reclassified'] as const;
export type LaneName = (typeof LANES)[number];

const PAINTED = 'board:edit→painted';
const COMMITTED = 'board:edit→committed';

/** Per sample: edit → painted, and the part until the edit was stored and applied. */
export interface EditTimes {
  painted: number[];
  committed: number[];
}

async function editTimes(page: Page): Promise<EditTimes> {
  return {
    painted: await page.evaluate(measureDurations, PAINTED),
    committed: await page.evaluate(measureDurations, COMMITTED),
  };
}
const lane = (page: Page, name: LaneName): Locator => page.locator(`section.lane-${name}`);
const card = (page: Page, id: string): Locator => page.locator(`.card[data-card-id="${id}"]`);

/** Roster groups drawn in a lane, in order (created groups' ids hold a NUL: no CSS selector). */
async function laneIds(page: Page, name: LaneName): Promise<string[]> {
  const ids = await lane(page, name)
    .locator('.card[data-card-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-card-id') ?? ''));
  return ids.filter((id) => id !== '' && !id.includes('\u0000'));
}

const laneCount = (page: Page, name: LaneName): Promise<number> => page.evaluate(laneCountOf, name);
const waitLane = (page: Page, name: LaneName, n: number): Promise<unknown> =>
  page.waitForFunction(laneCountIs, [name, n] as const, { timeout: 60_000 });

async function centre(el: Locator): Promise<{ x: number; y: number }> {
  const b = await el.boundingBox();
  if (!b) throw new Error('not visible');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Presses on `from` (off-centre, as a clerk grabs a card), moves in steps onto `to`, releases. */
async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  if (!a) throw new Error('drag source not visible');
  const target = await centre(to);
  const start = { x: a.x + a.width * 0.3, y: a.y + a.height * 0.4 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 4, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await page.mouse.up();
}

async function undo(page: Page, name: LaneName, n: number): Promise<void> {
  await page.keyboard.press('Control+Z');
  await waitLane(page, name, n);
}

/** Drop → painted: a kept card dropped on the 解散 lane, `runs` times. */
export async function laneDrops(page: Page, runs: number): Promise<EditTimes> {
  await page.evaluate(clearMeasures);
  for (let i = 0; i < runs; i++) {
    const id = (await laneIds(page, 'kept'))[0];
    if (!id) throw new Error('no kept card to drop');
    const kept = await laneCount(page, 'kept');
    await mouseDrag(page, card(page, id), lane(page, 'dissolved').locator('.lane-head'));
    await waitLane(page, 'kept', kept - 1);
    await page.waitForFunction(measureCountAbove, [PAINTED, i] as const);
    await undo(page, 'kept', kept);
  }
  return editTimes(page);
}

/** One merge by mouse: the second kept card dropped on the first, 确定 with Enter. */
export async function mergeOnce(page: Page): Promise<void> {
  const [a, b] = await laneIds(page, 'kept');
  if (!a || !b) throw new Error('need two kept cards to merge');
  const merged = await laneCount(page, 'merged');
  await mouseDrag(page, card(page, b), card(page, a));
  await page.getByRole('dialog', { name: '合并群' }).waitFor();
  await page.keyboard.press('Enter');
  await waitLane(page, 'merged', merged + 1);
}

/** 确定 → painted for a merge (the mark starts at 确定: a drop on a card asks first), `runs` times. */
export async function merges(page: Page, runs: number): Promise<EditTimes> {
  await page.evaluate(clearMeasures);
  for (let i = 0; i < runs; i++) {
    const merged = await laneCount(page, 'merged');
    await mergeOnce(page);
    await page.waitForFunction(measureCountAbove, [PAINTED, i] as const);
    await undo(page, 'merged', merged);
  }
  return editTimes(page);
}

/** The lane with the most groups, and its count. */
export async function biggestLane(page: Page): Promise<[LaneName, number]> {
  let best: [LaneName, number] = ['kept', -1];
  for (const name of LANES) {
    const n = await laneCount(page, name);
    if (n > best[1]) best = [name, n];
  }
  return best;
}

/**
 * A card picked up and moved in small steps up and down over the biggest lane (`sweeps` times
 * each way, 4 px a step), then put back with Esc; the rAF deltas meanwhile.
 */
export async function dragFrames(
  page: Page,
  sweeps = 4,
): Promise<{ lane: string; cards: number; deltas: number[] }> {
  const [name, count] = await biggestLane(page);
  const body = lane(page, name).locator('.lane-scroll');
  const box = await body.boundingBox();
  const id = (await laneIds(page, name))[0];
  if (!box || !id) throw new Error(`lane ${name} has nothing to drag`);
  const from = await card(page, id).boundingBox();
  if (!from) throw new Error('drag source not visible');
  const x = box.x + box.width / 2;
  const top = box.y + box.height * 0.2;
  const bottom = box.y + box.height * 0.8;
  const steps = Math.max(10, Math.round((bottom - top) / 4));
  await page.mouse.move(from.x + from.width * 0.3, from.y + from.height * 0.4);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width * 0.3 + 8, from.y + from.height * 0.4 + 4, { steps: 2 });
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(
        '.board.is-dragging',
      ) !== null,
  );
  await page.evaluate(startFrames);
  await page.mouse.move(x, top, { steps: 20 });
  for (let i = 0; i < sweeps; i++) {
    await page.mouse.move(x, bottom, { steps });
    await page.mouse.move(x, top, { steps });
  }
  const deltas = await page.evaluate(stopFrames);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  return { lane: name, cards: count, deltas };
}
