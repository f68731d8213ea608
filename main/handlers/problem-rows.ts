/**
 * 导出问题行: the validation list of the import wizard as a workbook the clerk can pass back to
 * whoever filled in the roster. One line per problem, sorted by file, sheet and row, with the
 * place (文件/工作表/行/列/表头) and the Chinese message; when the session can supply the row's
 * original cells they follow as 原 A 列, 原 B 列 …, so the sender sees what was written.
 */
import type { RawCell } from '../../core/import/raw';
import { columnLetter, type Problem } from '../../core/problems';
import { rowsOf, type ReportColumn, type ReportModel, type ReportRow } from '../../core/report/model';
import type { HostResult, SavedFile } from '../../preload/contract';
import { writeFileAtomic } from '../files/atomic-write';
import { streamReportXlsx } from '../report/write-report';
import type { HostContext } from './context';
import { sessionExpired, type HostState } from './import-handlers';
import { failed, ok } from './results';
import { XLSX_FILTERS, withXlsxExtension } from './save-handlers';

export const PROBLEM_ROWS_FILE_NAME = '导入问题清单.xlsx';

/** The original cells of a row (1-based, as Excel shows it), or null when unknown. */
export type RowCells = (file: string, sheet: string, row: number) => readonly RawCell[] | null;

/** Problems sorted by place: file, sheet, row (whole-file and whole-sheet problems first), then as given. */
export function sortByPlace(problems: readonly Problem[]): Problem[] {
  const text = (s: string | null): string => s ?? '';
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        text(a.p.file).localeCompare(text(b.p.file), 'zh-CN') ||
        text(a.p.sheet).localeCompare(text(b.p.sheet), 'zh-CN') ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

const PLACE_COLUMNS: readonly ReportColumn[] = [
  { header: '文件', width: 24, kind: 'text' },
  { header: '工作表', width: 12, kind: 'text' },
  { header: '行', width: 8, kind: 'integer' },
  { header: '列', width: 6, kind: 'text' },
  { header: '表头', width: 14, kind: 'text' },
  { header: '级别', width: 6, kind: 'text' },
  { header: '问题', width: 60, kind: 'text', wrap: true },
];

/** The workbook's content; pure, so the layout is tested without writing a file. */
export function problemRowsModel(problems: readonly Problem[], rowCells: RowCells | null): ReportModel {
  const sorted = sortByPlace(problems);
  const originals = sorted.map((p) =>
    rowCells && p.file !== null && p.sheet !== null && p.row !== null
      ? rowCells(p.file, p.sheet, p.row)
      : null,
  );
  const width = originals.reduce((w, cells) => Math.max(w, cells?.length ?? 0), 0);
  const columns: ReportColumn[] = [...PLACE_COLUMNS];
  for (let c = 0; c < width; c++)
    columns.push({ header: `原 ${columnLetter(c)} 列`, width: 14, kind: 'code' });
  const rows: ReportRow[] = sorted.map((p, i) => {
    const cells: ReportRow = [
      p.file,
      p.sheet,
      p.row,
      p.column,
      p.header,
      p.level === 'error' ? '错误' : '警告',
      p.message,
    ];
    const original = originals[i] ?? [];
    const extra: RawCell[] = [];
    for (let c = 0; c < width; c++) extra.push(original[c] ?? null);
    return [...cells, ...extra];
  });
  const errors = sorted.filter((p) => p.level === 'error').length;
  return {
    title: '导入问题清单',
    sheets: [
      {
        name: '问题清单',
        titleLines: [
          '导入问题清单',
          `共 ${sorted.length} 条：错误 ${errors} 条，警告 ${sorted.length - errors} 条。`,
        ],
        orientation: 'landscape',
        tables: [{ heading: null, columns, rows: rowsOf(rows), totals: null }],
        noteLines: [],
      },
    ],
    problems: [],
  };
}

export async function exportProblemRows(
  host: HostContext,
  state: HostState,
  sessionId: string,
  problems: Problem[],
  rowCells: RowCells | null = null,
): Promise<HostResult<SavedFile | null>> {
  if (!state.sessions.get(sessionId)) return failed(sessionExpired());
  const chosen = await host.dialogs.saveFile({
    title: '导出问题行',
    defaultName: PROBLEM_ROWS_FILE_NAME,
    filters: XLSX_FILTERS,
  });
  if (chosen === null) return ok(null);
  const model = problemRowsModel(problems, rowCells);
  const written = await writeFileAtomic(withXlsxExtension(chosen), (out) => streamReportXlsx(model, out), {
    label: '问题清单',
    inputs: [...state.inputs],
  });
  return written.ok ? ok({ path: written.path }) : failed(written.problem);
}
