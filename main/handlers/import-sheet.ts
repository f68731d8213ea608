/**
 * The import wizard's questions about one sheet of a session: read it again as a kind with the
 * header on a row the clerk chose, and show a few of its rows (a problem's row in context, the
 * original cells beside 导出问题行). The workbooks stay in main; only the answer crosses.
 */
import { analyzeSheetAs, sheetRowsAt } from '../../core/import/index';
import type { SheetAnalysis } from '../../core/import/types';
import type { RawCell, RawWorkbook } from '../../core/import/raw';
import { problem, type Problem } from '../../core/problems';
import type { HostResult, SheetRequest, SheetRows, SheetRowsRequest } from '../../preload/contract';
import { sessionExpired, type HostState } from './import-handlers';
import type { RowCells } from './problem-rows';
import { failed, ok } from './results';

const notInSession = (file: string, sheet: string): Problem =>
  problem(
    'error',
    'IMPORT_SESSION_EXPIRED',
    `本次导入中找不到文件 ${file} 的工作表“${sheet}”，请重新选择文件。`,
    { file, sheet },
  );

function workbookOf(state: HostState, sessionId: string, file: string): RawWorkbook | null | undefined {
  const session = state.sessions.get(sessionId);
  if (!session) return undefined;
  return session.files.find((f) => f.file === file)?.workbook ?? null;
}

export function analyzeSessionSheet(
  state: HostState,
  sessionId: string,
  request: SheetRequest,
): HostResult<SheetAnalysis> {
  const wb = workbookOf(state, sessionId, request.file);
  if (wb === undefined) return failed(sessionExpired());
  const analysis = wb
    ? analyzeSheetAs(wb, request.sheet, request.kind, request.headerRow, request.savedMappings)
    : null;
  return analysis ? ok(analysis) : failed(notInSession(request.file, request.sheet));
}

export function sessionSheetRows(
  state: HostState,
  sessionId: string,
  request: SheetRowsRequest,
): HostResult<SheetRows> {
  const wb = workbookOf(state, sessionId, request.file);
  if (wb === undefined) return failed(sessionExpired());
  const read = wb ? sheetRowsAt(wb, request.sheet, request.firstRow, request.count) : null;
  if (!read) return failed(notInSession(request.file, request.sheet));
  return ok({ file: request.file, sheet: request.sheet, firstRow: request.firstRow, ...read });
}

/** The original cells of the session's rows, for 导出问题行 (null when the session is gone). */
export function sessionRowCells(state: HostState, sessionId: string): RowCells | null {
  const session = state.sessions.get(sessionId);
  if (!session) return null;
  const books = new Map(session.files.flatMap((f) => (f.workbook ? [[f.file, f.workbook] as const] : [])));
  return (file: string, sheet: string, row: number): readonly RawCell[] | null => {
    const wb = books.get(file);
    const read = wb ? sheetRowsAt(wb, sheet, row, 1) : null;
    return read?.rows[0] ?? null;
  };
}
