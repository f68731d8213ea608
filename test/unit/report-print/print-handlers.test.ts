/**
 * 打印 and 另存为 PDF in main, without Electron: the printer is a stand-in, the PDF bytes are
 * written by the real atomic writer. A target another program holds open (Windows EBUSY/EPERM)
 * gets the workbook's FILE_TARGET_LOCKED message and keeps its old content.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHostHandlers } from '../../../main/handlers/index';
import { ImportSessions } from '../../../main/handlers/import-sessions';
import type { HostState } from '../../../main/handlers/import-handlers';
import {
  DEFAULT_PDF_NAME,
  printReport,
  safePdfName,
  saveReportPdf,
  withPdfExtension,
  writePdf,
  type PrintOutcome,
  type ReportPrinter,
} from '../../../main/handlers/print-handlers';
import { dispatchInvoke } from '../../../main/ipc-dispatch';
import { tempDir, TestDialogs, testHost } from '../handlers/helpers';

const PDF = new TextEncoder().encode('%PDF-1.7\n% test\n%%EOF\n');

function printer(
  outcome: PrintOutcome = { status: 'printed' },
  pdf: () => Promise<Uint8Array> = async () => PDF,
) {
  return { print: vi.fn(async () => outcome), toPdf: vi.fn(pdf) } satisfies ReportPrinter;
}

const state = (inputs: string[] = []): HostState => ({
  sessions: new ImportSessions(4),
  inputs: new Set(inputs),
});

const lockedFs = (code: string) => ({
  rename: async (_from: string, to: string): Promise<void> => {
    throw Object.assign(new Error(`${code}: resource busy or locked, rename '${to}'`), { code });
  },
});

describe('printReport', () => {
  it.each([
    [{ status: 'printed' } as const, { ok: true, value: true }],
    [{ status: 'cancelled' } as const, { ok: true, value: false }],
  ])('%j → %j', async (outcome, result) => {
    const host = { ...testHost(), printer: printer(outcome) };
    expect(await createHostHandlers(host).printReport()).toEqual(result);
  });

  it('reports a failed job with a Chinese message and the reason as detail', async () => {
    const host = {
      ...testHost(),
      printer: printer({ status: 'failed', reason: 'Invalid printer settings' }),
    };
    const result = await printReport(host);
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'PRINT_FAILED', detail: 'Invalid printer settings' },
    });
    if (!result.ok) expect(result.problem.message).toContain('打印没有完成');
  });

  it('says so when the host has nothing to print with', async () => {
    expect(await createHostHandlers(testHost()).printReport()).toMatchObject({
      ok: false,
      problem: { code: 'PRINT_UNAVAILABLE' },
    });
  });
});

describe('safePdfName and withPdfExtension', () => {
  it.each([
    ['工作群精简方案汇总表-示例-方案一-2026-03-05.pdf', '工作群精简方案汇总表-示例-方案一-2026-03-05.pdf'],
    ['汇总表', '汇总表.pdf'],
    ['a/b\\c:d*?.PDF', 'a_b_c_d__.pdf'],
    ['  ..  ', DEFAULT_PDF_NAME],
    ['con.pdf', DEFAULT_PDF_NAME],
    ['', DEFAULT_PDF_NAME],
  ])('%j → %j', (suggested, name) => {
    expect(safePdfName(suggested)).toBe(name);
  });

  it.each([
    ['/tmp/报告.pdf', '/tmp/报告.pdf'],
    ['/tmp/报告.PDF', '/tmp/报告.PDF'],
    ['/tmp/报告', '/tmp/报告.pdf'],
    ['/tmp/报告.xlsx', '/tmp/报告.xlsx.pdf'],
  ])('%s saves as %s', (typed, path) => {
    expect(withPdfExtension(typed)).toBe(path);
  });
});

describe('saveReportPdf', () => {
  it('asks where first and renders nothing when the dialog is cancelled', async () => {
    const p = printer();
    const dialogs = new TestDialogs();
    const result = await createHostHandlers({ ...testHost(dialogs), printer: p }).saveReportPdf('汇总表.pdf');
    expect(result).toEqual({ ok: true, value: null });
    expect(p.toPdf).not.toHaveBeenCalled();
    expect(dialogs.saveRequests).toEqual([
      {
        title: '另存为 PDF',
        defaultName: '汇总表.pdf',
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      },
    ]);
  });

  it('writes the rendered bytes where the clerk chose, adding .pdf when it was not typed', async () => {
    const dir = await tempDir();
    const dialogs = new TestDialogs();
    dialogs.savePath = join(dir, '汇总表');
    const result = await createHostHandlers({ ...testHost(dialogs), printer: printer() }).saveReportPdf('x');
    expect(result).toEqual({ ok: true, value: { path: join(dir, '汇总表.pdf') } });
    expect(new Uint8Array(await readFile(join(dir, '汇总表.pdf')))).toEqual(PDF);
    expect(await readdir(dir)).toEqual(['汇总表.pdf']);
  });

  it('goes through the IPC checks like every call', async () => {
    const handlers = createHostHandlers({ ...testHost(), printer: printer() });
    expect(await dispatchInvoke(handlers, 'saveReportPdf', ['汇总表.pdf'])).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatchInvoke(handlers, 'saveReportPdf', [42])).toMatchObject({
      ok: false,
      problem: { code: 'IPC_BAD_ARGUMENTS' },
    });
    expect(await dispatchInvoke(handlers, 'printReport', ['extra'])).toMatchObject({
      ok: false,
      problem: { code: 'IPC_BAD_ARGUMENTS' },
    });
  });

  it('keeps an old file when the PDF cannot be rendered', async () => {
    const dir = await tempDir();
    const target = join(dir, '汇总表.pdf');
    await writeFile(target, 'old pdf');
    const dialogs = new TestDialogs();
    dialogs.savePath = target;
    const p = printer(undefined, () => Promise.reject(new Error('Printing failed')));
    const result = await saveReportPdf({ ...testHost(dialogs), printer: p }, state(), '汇总表.pdf');
    expect(result).toMatchObject({ ok: false, problem: { code: 'PDF_RENDER_FAILED', file: '汇总表.pdf' } });
    expect(await readFile(target, 'utf8')).toBe('old pdf');
    expect(await readdir(dir)).toEqual(['汇总表.pdf']);
  });

  it.each(['EBUSY', 'EPERM'])(
    'gives a target locked by another program (%s) the workbook’s message and loses nothing',
    async (code) => {
      const dir = await tempDir();
      const target = join(dir, '汇总表.pdf');
      await writeFile(target, 'old pdf');
      const dialogs = new TestDialogs();
      dialogs.savePath = target;
      const host = { ...testHost(dialogs), printer: printer() };
      const result = await saveReportPdf(host, state(), '汇总表.pdf', lockedFs(code));
      expect(result).toMatchObject({
        ok: false,
        problem: { level: 'error', code: 'FILE_TARGET_LOCKED', file: '汇总表.pdf' },
      });
      if (!result.ok) {
        expect(result.problem.message).toBe(
          '文件“汇总表.pdf”正被其他程序（如 Excel、WPS）打开，无法覆盖。请先关闭该文件后重试，或另存为其他文件名。原文件未改动，PDF 文件尚未保存。',
        );
      }
      expect(await readFile(target, 'utf8')).toBe('old pdf');
      expect(await readdir(dir)).toEqual(['汇总表.pdf']);
    },
  );

  it('never saves over a roster read in this run', async () => {
    const dir = await tempDir();
    const roster = join(dir, '名单.pdf');
    await writeFile(roster, 'roster');
    expect(await writePdf(roster, PDF, { inputs: [roster] })).toMatchObject({
      ok: false,
      problem: { code: 'FILE_TARGET_IS_INPUT' },
    });
    expect(await readFile(roster, 'utf8')).toBe('roster');
  });
});
