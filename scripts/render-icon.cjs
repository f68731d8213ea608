/**
 * Renders build/icon.svg to build/icon.png (512×512, transparent corners) with the Chromium the
 * end-to-end tests use; electron-builder makes the Windows .ico and the Linux sizes from the PNG.
 * Run after editing the SVG: node scripts/render-icon.cjs
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const dir = join(__dirname, '..', 'build');

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<body style="margin:0">${readFileSync(join(dir, 'icon.svg'), 'utf8')}</body>`);
  await page.screenshot({
    path: join(dir, 'icon.png'),
    omitBackground: true,
    clip: { x: 0, y: 0, width: 512, height: 512 },
  });
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
