/**
 * The board's detail panel in Chromium, on a district department of the sample whose groups
 * hold community heads (rule 6): the facts and members, 移出成员, and every editable field —
 * category (转出 and back), business line, responsible person, temporary with its end date,
 * 晒照片 — each change one undo step, undone and redone by keyboard and by the buttons.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import { card, openBoard, redoButton, resetBoard, row, shot, undoButton } from './board-helpers';

const UNIT = '区委办';
const GROUP = '区委办工作总群';

describe('the detail panel', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openBoard();
  });
  beforeEach(async () => {
    await resetBoard(app.page, UNIT);
  });
  afterAll(async () => {
    await app.close();
  });

  const open = async () => {
    const { page } = app;
    const target = page.locator('section.lane-kept .card', { hasText: '工作总群' });
    const id = (await target.getAttribute('data-card-id')) ?? '';
    await target.click();
    const panel = page.getByRole('complementary', { name: new RegExp(GROUP) });
    await panel.waitFor();
    return { page, id, panel };
  };
  const undoLabel = () => undoButton(app.page).getAttribute('aria-label');

  it('lists the members, flagged community heads first, and removes one with 移出成员', async () => {
    const { page, id, panel } = await open();
    const flag = async () => (await row(page, id).locator('.flag-danger').textContent()) ?? '';
    const before = Number(/社区负责人 (\d+)/.exec(await flag())?.[1]);
    expect(before).toBeGreaterThan(0);
    expect(await panel.getByRole('heading', { name: /^成员（\d+ 人）$/ }).count()).toBe(1);
    const first = panel.locator('.detail-members li').first();
    expect(await first.textContent()).toContain('社区负责人');
    const name = (await first.locator('.member-name').textContent()) ?? '';
    await first.getByRole('button', { name: '移出成员' }).click();
    await page.getByRole('button', { name: `撤销：移出“${GROUP}”的成员“${name}”` }).waitFor();
    await page.waitForFunction(
      ([g, n]) =>
        document.querySelector(`.card[data-card-id="${g}"] .flag-danger`)?.textContent === `社区负责人 ${n}`,
      [id, before - 1] as const,
    );
    expect(await panel.locator('.detail-members li.is-removed').count()).toBe(1);
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => document.querySelector('.detail-members li.is-removed') === null);
  });

  it('edits business line, responsible person, temporary with end date and 晒照片, one undo step each', async () => {
    const { page, id, panel } = await open();
    await panel.getByLabel('业务分类').fill('网格化');
    await panel.getByLabel('业务分类').press('Enter');
    await page.getByRole('button', { name: `撤销：修改“${GROUP}”的业务分类` }).waitFor();
    expect(await row(page, id).locator('.card-meta').textContent()).toContain('网格化');

    await panel.getByLabel('负责人').fill('王晓明');
    await panel.getByLabel('负责人').press('Enter');
    await page.getByRole('button', { name: `撤销：修改“${GROUP}”的负责人` }).waitFor();

    await panel.getByRole('checkbox', { name: /临时性/ }).click();
    await page.getByRole('button', { name: `撤销：修改“${GROUP}”的是否临时` }).waitFor();
    await row(page, id).getByText('临时', { exact: true }).waitFor();
    await panel.getByLabel('结束日期').fill('2026-06-30');
    await panel.getByLabel('结束日期').blur();
    await page.getByRole('button', { name: `撤销：修改“${GROUP}”的结束日期` }).waitFor();

    await panel.getByRole('checkbox', { name: /要求晒照片/ }).click();
    await page.getByRole('button', { name: `撤销：修改“${GROUP}”的是否要求晒照片` }).waitFor();
    await row(page, id).getByText('晒照片').waitFor();
    await shot(page, 'board-detail');

    // Undo and redo by keyboard (outside a text field) and by the buttons.
    await page.locator('.lanes').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+Z');
    await row(page, id).getByText('晒照片').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Y');
    await row(page, id).getByText('晒照片').waitFor();
    await undoButton(page).click();
    await row(page, id).getByText('晒照片').waitFor({ state: 'detached' });
    expect(await undoLabel()).toBe(`撤销：修改“${GROUP}”的结束日期`);
    await redoButton(page).click();
    await row(page, id).getByText('晒照片').waitFor();
    expect(await panel.getByLabel('负责人').inputValue()).toBe('王晓明');
    expect(await panel.getByLabel('结束日期').inputValue()).toBe('2026-06-30');
  });

  it('changes the category: 转出 to a non-work category and back to 工作群', async () => {
    const { page, id, panel } = await open();
    await panel.getByLabel('群类别').selectOption('日常交流群');
    await page.getByRole('button', { name: `撤销：转出为日常交流群“${GROUP}”` }).waitFor();
    await page.waitForFunction(
      (g) =>
        document.querySelector(`.card[data-card-id="${g}"]`)?.getAttribute('data-lane') === 'reclassified',
      id,
    );
    expect(await panel.textContent()).toContain('转出');
    expect(await card(page, id).locator('.tag-category').textContent()).toBe('日常交流群');
    await panel.getByLabel('群类别').selectOption('工作群');
    await page.getByRole('button', { name: `撤销：保留“${GROUP}”` }).waitFor();
    expect(await card(page, id).getAttribute('data-lane')).toBe('kept');
    expect(app.errors).toEqual([]);
  });
});
