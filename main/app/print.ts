/**
 * Electron's printing for the handlers' ReportPrinter (main/handlers/print-handlers.ts): the
 * window's own page, whose print CSS shows only the report and whose @page margin boxes draw
 * "第 N 页 共 M 页". Thin on purpose; the decisions are in the handler.
 *
 * No header or footer template anywhere: webContents.print() has none to offer, and printToPDF's
 * would draw a second set of page numbers over the margin boxes. No page size either: the CSS
 * @page rules choose A4 portrait, and A4 landscape for the 处置清单 section.
 */
import type { BrowserWindow, WebContentsPrintOptions } from 'electron';
import type { PrintOutcome, ReportPrinter } from '../handlers/print-handlers';

/** Chromium's failureReason when the clerk closes the system dialog with 取消. */
const CANCELLED = 'Print job canceled';

export const PRINT_OPTIONS: WebContentsPrintOptions = { silent: false, printBackground: true };

export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
} as const;

export function electronPrinter(window: () => BrowserWindow | null): ReportPrinter {
  const contents = () => {
    const w = window();
    if (w === null || w.isDestroyed()) throw new Error('no window to print');
    return w.webContents;
  };
  return {
    print: () =>
      new Promise<PrintOutcome>((resolve) => {
        try {
          contents().print(PRINT_OPTIONS, (success, failureReason) => {
            if (success) resolve({ status: 'printed' });
            else if (failureReason === CANCELLED) resolve({ status: 'cancelled' });
            else resolve({ status: 'failed', reason: failureReason || 'unknown' });
          });
        } catch (e) {
          resolve({ status: 'failed', reason: e instanceof Error ? e.message : String(e) });
        }
      }),
    toPdf: async () => new Uint8Array(await contents().printToPDF({ ...PDF_OPTIONS })),
  };
}
