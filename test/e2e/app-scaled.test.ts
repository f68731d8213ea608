/**
 * The shell on a 1366×768 screen at 150% display scaling: a CSS viewport of 910×512 drawn at
 * device scale 1.5. Every screen must stay usable: nothing cut off sideways, the top bar on one
 * line, the policy form's save bar reachable.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshotDir, type AppSession } from './harness';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}@1.5.png`) });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name });

/** True when the page scrolls sideways (something is wider than the window). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => {
    const screen = document.querySelector('.screen');
    return (
      document.documentElement.scrollWidth > window.innerWidth ||
      (screen ? screen.scrollWidth > screen.clientWidth : false)
    );
  });

describe('the app shell at 1366×768 with 150% scaling', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ width: 910, height: 512, scale: 1.5 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps the top bar on one line', async () => {
    const { page } = app;
    await page.getByText('已为您打开示例数据（示例-岳麓区），可直接体验').waitFor({ timeout: 90_000 });
    const bar = await page.locator('.topbar').boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(41);
    expect(await page.getByRole('button', { name: /重做/ }).isVisible()).toBe(true);
    await shot(page, 'board-placeholder');
    await page.getByRole('button', { name: '关闭提示' }).click();
    expect(await page.locator('.toast').count()).toBe(0);
  });

  it.each([
    ['开始', 'start'],
    ['设置', 'settings'],
    ['规则', 'policy'],
  ])('shows %s without sideways scrolling', async (tab, name) => {
    const { page } = app;
    await nav(page, tab).click();
    await page.getByRole('heading', { name: tab, level: 1 }).waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await shot(page, name);
  });

  it('keeps the policy form usable: custom mode, the save bar in view', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: /自定义规则/ }).check();
    await page.getByLabel('第 1 档的限额').fill('-1');
    await page.getByText(/有 1 处需要修改/).waitFor();
    expect(await page.getByRole('button', { name: '保存并应用' }).isVisible()).toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
    await page.getByRole('button', { name: '转到第一处' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '第 1 档的限额',
    );
    await shot(page, 'policy-errors');
    expect(app.errors).toEqual([]);
  });
});
