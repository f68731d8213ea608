/**
 * 报告 and 另存为 PDF in Chromium: the first run opens the sample district, the report page shows
 * its 汇总表, and 另存为 PDF goes through the real handler (save dialog stub, atomic writer). Only
 * Electron's printToPDF is replaced — by Chromium's own page.pdf() with preferCSSPageSize, the
 * same renderer and options. The PDF's text (pdftotext -layout) must carry the title, the
 * totals, unit rows with quota and compliance, the signature line and "第 N 页 共 M 页" on every
 * page; its pages are rendered to PNG (pdftoppm) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import type { ReportPrinter } from '../../main/handlers/print-handlers';
import { installApi, openApp, screenshotDir, testHost, type AppSession, type StubDialogs } from './harness';
import type { HostContext } from '../../main/handlers/context';

const FIRST_RUN = '已为您打开示例数据（示例-岳麓区），可直接体验';
const TITLE = '岳麓区工作群精简方案汇总表';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name });

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Page sizes in points, from pdfinfo. */
function pageSizes(path: string): Array<[number, number]> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', path], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
}

const A4_PORTRAIT: [number, number] = [595, 842];
const A4_LANDSCAPE: [number, number] = [842, 595];

/** "第 N 页 共 M 页" (pdftotext may drop the narrow spaces around the digits). */
const pageNumber = (n: number, m: number): RegExp => new RegExp(`第\\s*${n}\\s*页\\s*共\\s*${m}\\s*页`);

/** Collapses the layout's runs of spaces so a row can be matched word by word. */
const squeeze = (s: string): string => s.replace(/[ \t]+/g, ' ');

describe('the printed report of the sample district', () => {
  let app: AppSession;
  let dialogs: StubDialogs;
  let printingHost: HostContext;
  /** Milliseconds Chromium took to render each PDF. */
  const renderTimes: number[] = [];

  beforeAll(async () => {
    const stubHost = await testHost();
    dialogs = stubHost.dialogs;
    let page: Page | null = null;
    // Electron's transport stand-in: the system print dialog cannot open here; printToPDF is
    // Chromium's own page.pdf with the same options the Electron layer passes.
    const printer: ReportPrinter = {
      print: () => Promise.resolve({ status: 'cancelled' }),
      async toPdf() {
        if (!page) throw new Error('no page');
        const start = performance.now();
        const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        renderTimes.push(performance.now() - start);
        return bytes;
      },
    };
    printingHost = { ...stubHost, printer };
    app = await openApp({ host: printingHost });
    page = app.page;
    await app.page.getByText(FIRST_RUN).waitFor({ timeout: 90_000 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows the 汇总表 as paper on the report page', async () => {
    const { page } = app;
    await nav(page, '报告').click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const preview = page.getByRole('article', { name: '报告预览' });
    expect(await preview.textContent()).toContain('工作群 1784 → 731');
    await page.getByRole('button', { name: '关闭提示' }).click();
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'report-preview.png') });
    expect(app.errors).toEqual([]);
  });

  let portraitPages = 0;

  it('saves the report as PDF through the real handler, with the totals, units and page numbers', async () => {
    const { page } = app;
    dialogs.saveName = null;
    await page.getByRole('button', { name: '另存为 PDF…' }).click();
    await page.getByText(/^PDF 已保存：/).waitFor({ timeout: 60_000 });
    const request = dialogs.saveRequests.at(-1);
    expect(request?.defaultName).toBe('工作群精简方案汇总表-示例-岳麓区-方案一-2026-03-05.pdf');
    const path = join(dialogs.saveFolder ?? '', request?.defaultName ?? '');
    expect(existsSync(path)).toBe(true);

    const sizes = pageSizes(path);
    portraitPages = sizes.length;
    // Two summary tables and 277 units (with 片区 subtotals) at some 40 rows a sheet.
    expect(portraitPages).toBeGreaterThanOrEqual(5);
    expect(portraitPages).toBeLessThanOrEqual(14);
    expect(sizes.every((s) => s[0] === A4_PORTRAIT[0] && s[1] === A4_PORTRAIT[1])).toBe(true);

    const text = pdfText(path);
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(portraitPages);
    pages.forEach((p, i) => {
      expect(p).toMatch(pageNumber(i + 1, portraitPages));
      // The unit table's header row comes back on every page it runs onto.
      if (i > 0 && squeeze(p).includes('达标')) expect(squeeze(p)).toMatch(/单位 类型 上级单位 精简前 限额/);
    });
    const flat = squeeze(text);
    expect(flat).toContain(TITLE);
    expect(flat).toContain('方案日期：2026-03-05');
    expect(flat).toContain('工作群 1784 → 731');
    expect(flat).toMatch(/原工作群 1784 100\.0%/);
    expect(flat).toMatch(/精简后合计 731 41\.0%/);
    expect(flat).toMatch(/压缩比例 59\.0%/);
    // Unit rows: name, type, parent, before, quota, tier, after, compliance.
    expect(flat).toContain('望月湖街道 街道 67 10 街道限 10 个 10 达标');
    expect(flat).toContain('荣华社区 社区 望月湖街道 12 1 社区限 1 个 1 达标');
    expect(flat).toContain('望月湖街道片区 片区合计 127 16 全部达标');
    expect(flat).toContain('合计 277 个单位 1784 731 全部达标');
    expect(flat).toMatch(/制表人：.*审核人：.*日期：/);
    expect(flat).not.toContain('处置清单');

    const png = join(screenshotDir, 'report-pdf');
    mkdirSync(screenshotDir, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', path, png]);
  });

  it('prints the action list on landscape pages after the signed part when asked', async () => {
    const { page } = app;
    await page.getByRole('checkbox', { name: '附处置清单（横向打印）' }).check();
    await page.getByRole('heading', { name: '附表：处置清单' }).waitFor();
    dialogs.saveName = '汇总表-附处置清单.pdf';
    await page.getByRole('button', { name: '另存为 PDF…' }).click();
    await page.getByText(/^PDF 已保存：.*附处置清单\.pdf$/).waitFor({ timeout: 60_000 });
    const path = join(dialogs.saveFolder ?? '', '汇总表-附处置清单.pdf');

    const sizes = pageSizes(path);
    const landscape = sizes.filter((s) => s[0] === A4_LANDSCAPE[0] && s[1] === A4_LANDSCAPE[1]).length;
    expect(sizes.slice(0, portraitPages).every((s) => s[0] === A4_PORTRAIT[0])).toBe(true);
    expect(landscape).toBe(sizes.length - portraitPages);
    // 1784 groups at ~25 rows a page.
    expect(landscape).toBeGreaterThan(30);
    expect(landscape).toBeLessThan(120);

    const pages = pdfText(path)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(sizes.length);
    const last = squeeze(pages.at(-1) ?? '');
    expect(last).toMatch(pageNumber(sizes.length, sizes.length));
    expect(last).toMatch(/序号 群编号 群名称 所属单位/);
    expect(squeeze(pages[portraitPages] ?? '')).toContain('附表：处置清单');
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      String(portraitPages + 1),
      '-l',
      String(portraitPages + 1),
      path,
      join(screenshotDir, 'report-pdf-actions'),
    ]);
    await page.getByRole('checkbox', { name: '附处置清单（横向打印）' }).uncheck();
    console.info(
      `PDF render (page.pdf) ms: ${renderTimes.map((t) => t.toFixed(0)).join(', ')}; pages: ${portraitPages} / ${sizes.length}`,
    );
  });

  it('exports the workbook with phone and ID numbers masked when ticked', async () => {
    const { page, host } = app;
    await page.getByRole('checkbox', { name: '导出报告时隐去手机号、身份证号' }).check();
    dialogs.saveName = '报告-隐去号码.xlsx';
    await page.getByRole('button', { name: '导出报告…' }).click();
    await page.getByText(/^报告已保存：.*隐去号码\.xlsx$/).waitFor({ timeout: 90_000 });
    const book = XLSX.read(await readFile(join(dialogs.saveFolder ?? '', '报告-隐去号码.xlsx')));
    const summary = book.Sheets['汇总'];
    expect(summary && XLSX.utils.sheet_to_csv(summary)).toContain('手机号、身份证号已部分隐去');
    expect(host?.calls.filter((c) => !c.ok)).toEqual([]);
  });

  it('opens the report page from the menu’s 打印…, which hands the page to the system dialog', async () => {
    const { page, host } = app;
    await nav(page, '整理看板').click();
    await host?.menuCommand('print');
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await expect.poll(() => host?.calls.at(-1)?.channel).toBe('printReport');
    expect(app.errors).toEqual([]);
  });

  it('keeps the page usable at 1366×768 with 150% scaling (CSS 910×512 at device scale 1.5)', async () => {
    // A second window on the same workspace (IndexedDB carried over): a second first-run import
    // would only repeat the long wait.
    const workspace = await app.page.context().storageState({ indexedDB: true });
    const context = await app.browser.newContext({
      viewport: { width: 910, height: 512 },
      deviceScaleFactor: 1.5,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      storageState: workspace,
    });
    const page = await context.newPage();
    await installApi(page, printingHost, { origin: new URL(app.server.url).origin });
    await page.goto(app.server.url);
    await nav(page, '报告').click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: '打印…' }).isVisible()).toBe(true);
    const sideways = await page.evaluate(() => {
      const screen = document.querySelector('.screen');
      return (
        document.documentElement.scrollWidth > window.innerWidth ||
        (screen ? screen.scrollWidth > screen.clientWidth : false)
      );
    });
    expect(sideways).toBe(false);
    await page.screenshot({ path: join(screenshotDir, 'report-preview@1.5.png') });
    await context.close();
  });
});
