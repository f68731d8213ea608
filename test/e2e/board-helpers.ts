/** What the board's end-to-end tests share: finding lanes and cards, dragging with the mouse, screenshots. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openApp, screenshotDir, type AppSession, type OpenOptions } from './harness';

export type LaneName = 'pending' | 'kept' | 'merged' | 'dissolved' | 'reclassified';

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

export const lane = (page: Page, name: LaneName): Locator => page.locator(`section.lane-${name}`);

/** The cards drawn in a lane (virtual: only those near the view), in order. */
export const cards = (page: Page, name: LaneName): Locator => lane(page, name).locator('.card[data-card-id]');

export const card = (page: Page, id: string): Locator => page.locator(`.card[data-card-id="${id}"]`);

/** The number in a lane's header ("12", or "3 / 12" when filtered: the first number). */
export async function laneCount(page: Page, name: LaneName): Promise<number> {
  const text = (await lane(page, name).locator('.lane-count').textContent()) ?? '';
  return Number(text.split('/')[0]?.trim());
}

export async function cardIds(page: Page, name: LaneName): Promise<string[]> {
  return cards(page, name).evaluateAll((els) => els.map((e) => e.getAttribute('data-card-id') ?? ''));
}

/** Presses the mouse on `from`, moves in steps onto `to` (a point or a locator's centre) and releases. */
export async function mouseDrag(
  page: Page,
  from: Locator,
  to: Locator | { x: number; y: number },
  options: { steps?: number; beforeUp?: () => Promise<void> } = {},
): Promise<void> {
  const a = await from.boundingBox();
  if (!a) throw new Error('drag source not visible');
  const target =
    'boundingBox' in to
      ? await to.boundingBox().then((b) => (b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null))
      : to;
  if (!target) throw new Error('drop target not visible');
  // Off-centre grab, as a clerk grabs a card.
  const start = { x: a.x + a.width * 0.3, y: a.y + a.height * 0.4 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 4, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: options.steps ?? 12 });
  await options.beforeUp?.();
  await page.mouse.up();
}

export const liveRegion = (page: Page): Locator => page.locator('[id^="DndLiveRegion"]');

/** The announcement text once it contains `part`. */
export async function announced(page: Page, part: string): Promise<string> {
  const region = liveRegion(page);
  await page.waitForFunction(
    (p) =>
      [...document.querySelectorAll('[id^="DndLiveRegion"]')].some((e) => (e.textContent ?? '').includes(p)),
    part,
  );
  return (await region.first().textContent()) ?? '';
}

/** performance measures the board recorded (see renderer/board/perf.ts), in ms. */
export function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((m) => m.duration), name);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export const undoButton = (page: Page): Locator => page.locator('.topbar-history button').first();
export const redoButton = (page: Page): Locator => page.locator('.topbar-history button').nth(1);

/** Roster groups only: created groups' ids hold a NUL, which CSS selectors cannot match. */
export const rosterIds = (ids: string[]): string[] => ids.filter((id) => !id.includes('\u0000'));

/** The row (card, menu button, stack) of a card. */
export const row = (page: Page, id: string): Locator => card(page, id).locator('xpath=..');

/** A card's full group name. */
export async function nameOf(page: Page, id: string): Promise<string> {
  return (await card(page, id).locator('.card-name').getAttribute('title')) ?? '';
}

/** How many groups a stack holds (0 when the card is no stack). */
export async function stackSize(page: Page, id: string): Promise<number> {
  const toggle = row(page, id).locator('.stack-toggle');
  if ((await toggle.count()) === 0) return 0;
  const m = /已并入 (\d+) 个群/.exec((await toggle.textContent()) ?? '');
  return Number(m?.[1] ?? 0);
}

/** Waits until a lane's count is `n`. */
export async function waitLaneCount(page: Page, name: LaneName, n: number): Promise<void> {
  await page.waitForFunction(
    ([laneName, want]) => {
      const text = document.querySelector(`section.lane-${laneName} .lane-count`)?.textContent ?? '';
      return Number(text.split('/')[0]?.trim()) === want;
    },
    [name, n] as const,
  );
}

export const focusedCardId = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.getAttribute('data-card-id') ?? null);

/** Waits for the totals strip (one frame behind the lanes) to read `text`. */
export async function waitTotals(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="totals"]')?.textContent === t,
    text,
  );
}

/** The app on the sample district (the first run opens it), on the board, the notice closed. */
export async function openBoard(options: OpenOptions = {}): Promise<AppSession> {
  const app = await openApp(options);
  const { page } = app;
  await page.getByTestId('totals').waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: '关闭提示' }).click();
  return app;
}

/**
 * Puts the board back to a known view, whatever the test before left: no drag, menu or dialog,
 * `unit` selected on its own (not 含下属社区), no filters, no selection, no detail panel. The plan
 * itself is left as it is.
 */
export async function resetBoard(page: Page, unit = '望月湖街道'): Promise<void> {
  await page.mouse.up();
  for (let i = 0; i < 4; i++) {
    const busy = await page.evaluate(
      () => document.querySelector('.board.is-dragging, dialog[open], [role="menu"]') !== null,
    );
    if (!busy) break;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
  }
  const toggle = page.locator('.tree-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('treeitem', { name: new RegExp(`^${unit}，`) }).click();
  await page.locator('.board-unit', { hasText: unit }).waitFor();
  const children = page.getByRole('checkbox', { name: '含下属社区' });
  if ((await children.count()) > 0 && (await children.isChecked())) await children.uncheck();
  const clear = page.getByRole('button', { name: '清除筛选' });
  if ((await clear.count()) > 0) await clear.click();
  await page.waitForFunction(
    () => document.querySelector('.selection-bar, .detail, .board.is-dragging') === null,
  );
}

/** An element's screen centre. */
export async function centreOf(el: Locator): Promise<{ x: number; y: number }> {
  const b = await el.boundingBox();
  if (!b) throw new Error('not visible');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/**
 * Waits until a dialog is open and holds the focus, and for dnd-kit's 50 ms after a pointer drop
 * in which it stops every click at the document (so that a drag never also clicks): a click the
 * test sends in that instant would change a radio button without React hearing of it. No clerk
 * clicks that fast.
 */
export async function openedDialog(page: Page, dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('dialog[open]') != null);
  await page.waitForTimeout(80);
}
