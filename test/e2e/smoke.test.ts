import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshotDir, type AppSession } from './harness';

describe('the built renderer in Chromium', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('loads under its content security policy and shows the product name in Chinese', async () => {
    await app.page.getByRole('banner').getByText('工作群精简规划器', { exact: true }).waitFor();
    expect(await app.page.title()).toBe('工作群精简规划器');
    expect(app.errors).toEqual([]);
  });

  it('renders Chinese with a CJK font, not boxes', async () => {
    // Without a CJK font every ideograph falls back to the same box glyph, so two different
    // characters measure the same; with Noto Sans CJK their shapes (and ink) differ.
    const inked = await app.page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d');
      if (!ctx) return [];
      const ink = (ch: string): number => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.font = '48px "Noto Sans CJK SC", sans-serif';
        ctx.fillText(ch, 4, 52);
        const data = ctx.getImageData(0, 0, 64, 64).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 128) n++;
        return n;
      };
      return [ink('一'), ink('群')];
    });
    expect(inked).toHaveLength(2);
    const [one, many] = inked;
    expect(one).toBeGreaterThan(0);
    expect(many).toBeGreaterThan((one ?? 0) * 2);
    mkdirSync(screenshotDir, { recursive: true });
    await app.page.screenshot({ path: join(screenshotDir, 'placeholder.png') });
  });
});
