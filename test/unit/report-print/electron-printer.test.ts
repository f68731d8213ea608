/**
 * The thin Electron layer (main/app/print.ts) against a stand-in window: the system dialog's
 * outcomes, and printToPDF asked for the CSS page size with no header/footer template (the
 * @page margin boxes draw the page numbers; a template would draw a second set).
 */
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { electronPrinter, PDF_OPTIONS } from '../../../main/app/print';

type PrintCallback = (success: boolean, failureReason: string) => void;

function fakeWindow(print: (cb: PrintCallback) => void, pdf: Uint8Array = new Uint8Array([37, 80, 68, 70])) {
  const contents = {
    print: vi.fn((_options: unknown, cb: PrintCallback) => print(cb)),
    printToPDF: vi.fn(async () => Buffer.from(pdf)),
  };
  const window = { isDestroyed: () => false, webContents: contents } as unknown as BrowserWindow;
  return { window, contents };
}

describe('electronPrinter', () => {
  it.each([
    [true, '', { status: 'printed' }],
    [false, 'Print job canceled', { status: 'cancelled' }],
    [false, 'Print job failed', { status: 'failed', reason: 'Print job failed' }],
    [false, '', { status: 'failed', reason: 'unknown' }],
  ])('print() success=%s reason=%j → %j', async (success, reason, outcome) => {
    const { window, contents } = fakeWindow((cb) => cb(success, reason));
    expect(await electronPrinter(() => window).print()).toEqual(outcome);
    expect(contents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true },
      expect.any(Function),
    );
  });

  it('prints to PDF with the CSS page size and without a header or footer template', async () => {
    const { window, contents } = fakeWindow(() => undefined);
    const bytes = await electronPrinter(() => window).toPdf();
    expect([...bytes]).toEqual([37, 80, 68, 70]);
    expect(contents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toEqual({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
    });
  });

  it('fails cleanly without a window', async () => {
    const printer = electronPrinter(() => null);
    expect(await printer.print()).toEqual({ status: 'failed', reason: 'no window to print' });
    await expect(printer.toPdf()).rejects.toThrow('no window to print');
  });
});
