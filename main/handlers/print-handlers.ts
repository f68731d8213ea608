/**
 * 打印 and 另存为 PDF of the report page the window shows. The page itself is the report (its
 * print CSS hides everything else and draws the page numbers in @page margin boxes), so the host
 * only hands it to the printer or to Chromium's PDF renderer. Electron's side of that
 * (webContents.print / printToPDF) is main/app/print.ts; this module decides, names and writes,
 * and never imports electron: the PDF is written by the same atomic writer as the workbook, so a
 * target held open by another program gets the same FILE_TARGET_LOCKED message and keeps its
 * old content.
 */
import { basename, extname } from 'node:path';
import { problem, type Problem } from '../../core/problems';
import type { HostResult, SavedFile } from '../../preload/contract';
import { writeFileAtomic, type AtomicWriteOptions } from '../files/atomic-write';
import type { HostContext } from './context';
import type { HostState } from './import-handlers';
import { failed, ok } from './results';
import { safeXlsxName } from './save-handlers';

/** How the system print dialog ended. */
export type PrintOutcome =
  { status: 'printed' } | { status: 'cancelled' } | { status: 'failed'; reason: string };

/** The window's page as the printer and the PDF renderer see it (Electron's webContents, or a stand-in). */
export interface ReportPrinter {
  /** Shows the system print dialog for the page; resolves when it closes. */
  print(): Promise<PrintOutcome>;
  /** The page as PDF: print media, the CSS page size, no header/footer template. */
  toPdf(): Promise<Uint8Array>;
}

export const PDF_FILTERS = [{ name: 'PDF 文件', extensions: ['pdf'] }];

export const DEFAULT_PDF_NAME = '工作群精简方案汇总表.pdf';

/** A file name for the save dialog, made safe like the workbook's, ending in .pdf. */
export function safePdfName(suggested: string, fallback: string = DEFAULT_PDF_NAME): string {
  const stem = suggested.replace(/\.pdf$/i, '');
  const asXlsx = safeXlsxName(stem, '');
  return asXlsx === '' ? fallback : `${asXlsx.slice(0, -'.xlsx'.length)}.pdf`;
}

/** Some Linux save dialogs return the name as typed: the file is a PDF whatever was typed. */
export function withPdfExtension(path: string): string {
  return extname(path).toLowerCase() === '.pdf' ? path : `${path}.pdf`;
}

export function printUnavailable(): Problem {
  return problem('error', 'PRINT_UNAVAILABLE', '此窗口无法打印或生成 PDF。请重新启动程序后重试。');
}

function printFailed(reason: string): Problem {
  return problem(
    'error',
    'PRINT_FAILED',
    '打印没有完成：系统打印对话框报告了错误。请检查打印机是否可用后重试，或先“另存为 PDF”再打印。',
    {},
    reason.slice(0, 2_000),
  );
}

function pdfFailed(name: string, e: unknown): Problem {
  return problem(
    'error',
    'PDF_RENDER_FAILED',
    `无法生成 PDF，“${name}”尚未保存。请重试；如果仍然出错，请改用“打印”并选择“另存为 PDF”打印机。`,
    { file: name },
    e instanceof Error ? `${e.name}: ${e.message}` : String(e),
  );
}

/** 打印: true when the job went to the printer, false when the clerk cancelled the dialog. */
export async function printReport(host: HostContext): Promise<HostResult<boolean>> {
  if (!host.printer) return failed(printUnavailable());
  const outcome = await host.printer.print();
  switch (outcome.status) {
    case 'printed':
      return ok(true);
    case 'cancelled':
      return ok(false);
    case 'failed':
      return failed(printFailed(outcome.reason));
  }
}

/** Writes PDF bytes atomically (the workbook's writer): never over an input roster, never half a file. */
export async function writePdf(
  path: string,
  bytes: Uint8Array,
  options: Omit<AtomicWriteOptions, 'label'> = {},
): Promise<HostResult<SavedFile>> {
  const written = await writeFileAtomic(path, bytes, { ...options, label: 'PDF 文件' });
  return written.ok ? ok({ path: written.path }) : failed(written.problem);
}

/**
 * 另存为 PDF: the clerk picks the place first (nothing is rendered for a cancelled dialog), then
 * the page is rendered and written. Null when the dialog was cancelled.
 */
export async function saveReportPdf(
  host: HostContext,
  state: HostState,
  suggestedName: string,
  fs?: AtomicWriteOptions['fs'],
): Promise<HostResult<SavedFile | null>> {
  const printer = host.printer;
  if (!printer) return failed(printUnavailable());
  const chosen = await host.dialogs.saveFile({
    title: '另存为 PDF',
    defaultName: safePdfName(suggestedName),
    filters: PDF_FILTERS,
  });
  if (chosen === null) return ok(null);
  const target = withPdfExtension(chosen);
  let bytes: Uint8Array;
  try {
    bytes = await printer.toPdf();
  } catch (e) {
    return failed(pdfFailed(basename(target), e));
  }
  return writePdf(target, bytes, { inputs: [...state.inputs], ...(fs ? { fs } : {}) });
}
