/**
 * The merge board on a 1366×768 screen at 150% display scaling (a CSS viewport of 910×512 drawn
 * at device scale 1.5): each state of the board stays usable — nothing cut off sideways, the
 * tree folded away but reachable, dialogs, menu and detail panel inside the window. Screenshots
 * of each state are written as board-*@1.5.png.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './harness';
import {
  card,
  cardIds,
  lane,
  mouseDrag,
  openBoard,
  openedDialog,
  resetBoard,
  rosterIds,
  row,
  shot,
} from './board-helpers';

const shot15 = (page: Page, name: string) => shot(page, `${name}@1.5`);

/** True when the page scrolls sideways, or an open menu, dialog or panel leaves the window. */
const outOfWindow = (page: Page) =>
  page.evaluate(() => {
    const sideways = document.documentElement.scrollWidth > window.innerWidth;
    const boxes = [...document.querySelectorAll('[role="menu"], dialog[open], .detail, .selection-bar')];
    return (
      sideways ||
      boxes.some((b) => {
        const r = b.getBoundingClientRect();
        return (
          r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5
        );
      })
    );
  });

describe('the merge board at 1366×768 with 150% scaling', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openBoard({ width: 910, height: 512, scale: 1.5 });
  });
  beforeEach(async () => {
    await resetBoard(app.page);
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows all five lanes and the totals, the tree folded away', async () => {
    const { page } = app;
    // The tree is a drawer here: choosing a unit (resetBoard did) folds it away.
    expect(await page.locator('.board-tree').count()).toBe(0);
    for (const name of ['pending', 'kept', 'merged', 'dissolved', 'reclassified'] as const) {
      const box = await lane(page, name).boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(910);
    }
    expect(await outOfWindow(page)).toBe(false);
    await shot15(page, 'board-overview');
    await page.locator('.tree-toggle').click();
    const street = page.getByRole('treeitem', { name: /^望月湖街道，/ });
    expect(await street.textContent()).toContain('望月湖街道片区 127→16');
    await shot15(page, 'board-tree');
    expect(await outOfWindow(page)).toBe(false);
  });

  it('drags, asks how to merge, and cancels', async () => {
    const { page } = app;
    // A department's four kept groups all fit on this small screen.
    await resetBoard(page, '区委办');
    const [a, b] = rosterIds(await cardIds(page, 'kept'));
    if (!a || !b) throw new Error('need two kept groups');
    await mouseDrag(page, card(page, b), card(page, a), { beforeUp: () => shot15(page, 'board-drag') });
    const dialog = page.getByRole('dialog', { name: '合并群' });
    await openedDialog(page, dialog);
    await dialog.getByRole('radio', { name: /合并为新群/ }).check();
    expect(await outOfWindow(page)).toBe(false);
    await shot15(page, 'board-merge-dialog');
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  it('opens the 移至… menu, the selection bar and the detail panel inside the window', async () => {
    const { page } = app;
    const ids = rosterIds(await cardIds(page, 'kept'));
    const [p, q] = ids.slice(-2);
    if (!p || !q) throw new Error('need two kept groups');
    await row(page, q)
      .getByRole('button', { name: /^移至…/ })
      .click();
    await page.getByRole('menu').waitFor();
    expect(await outOfWindow(page)).toBe(false);
    await shot15(page, 'board-menu');
    await page.keyboard.press('Escape');
    await card(page, p).click({ modifiers: ['Control'] });
    await card(page, q).click({ modifiers: ['Control'] });
    await page.getByText('已选 2 个群').waitFor();
    expect(await outOfWindow(page)).toBe(false);
    await shot15(page, 'board-multiselect');
    await card(page, p).click();
    await page.locator('.detail').waitFor();
    expect(await outOfWindow(page)).toBe(false);
    await shot15(page, 'board-detail');
  });

  it('filters', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: '平台' }).selectOption('微信');
    await page.getByRole('searchbox', { name: /查找群/ }).fill('工作');
    await page.waitForFunction(() =>
      document.querySelector('section.lane-kept .lane-count')?.textContent?.includes('/'),
    );
    expect(await outOfWindow(page)).toBe(false);
    await shot15(page, 'board-filters');
    expect(app.errors).toEqual([]);
  });
});
