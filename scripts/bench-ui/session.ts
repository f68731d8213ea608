/**
 * The app in Chromium through the end-to-end harness (test/e2e/harness.ts): the built renderer,
 * window.api on the real main handlers, stub file dialogs, and 另存为 PDF rendered by Chromium's
 * page.pdf (as report-print.test.ts does). Each session is a fresh browser context: a fresh
 * profile, so the app's first run opens the given roster as its sample.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ReportPrinter } from '../../main/handlers/print-handlers';
import { installApi, testHost, type StubDialogs } from '../../test/e2e/harness';
import { installProbe } from './page';

export interface UiSession {
  context: BrowserContext;
  page: Page;
  dialogs: StubDialogs;
  /** Milliseconds each page.pdf took (the printToPDF stand-in). */
  pdfRenderMs: number[];
  /** Console and page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function openSession(
  browser: Browser,
  url: string,
  samplePath: string,
  navigate = true,
): Promise<UiSession> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const pdfRenderMs: number[] = [];
  const printer: ReportPrinter = {
    print: () => Promise.resolve({ status: 'cancelled' }),
    async toPdf() {
      const start = performance.now();
      const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      pdfRenderMs.push(performance.now() - start);
      return bytes;
    },
  };
  const host = await testHost();
  await installApi(page, { ...host, samplePath, printer }, { origin: new URL(url).origin });
  await page.addInitScript(installProbe);
  if (navigate) await page.goto(url);
  return { context, page, dialogs: host.dialogs, pdfRenderMs, errors, close: () => context.close() };
}
