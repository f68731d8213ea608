/**
 * Small rosters for the import wizard's tests, analysed by the real (pure) importer, and a fake
 * host session on top of them: the wizard sees exactly what main would send.
 */
import { analyzeSheetAs, analyzeWorkbook, importRoster, sheetRowsAt } from '../../../core/import/index';
import type { RawCell, RawWorkbook } from '../../../core/import/raw';
import type { ImportResult, SavedMapping } from '../../../core/import/types';
import { problem } from '../../../core/problems';
import type { HostResult, ImportRequest, ImportSession, PlannerApi } from '../../../preload/contract';
import { fakeApi } from '../helpers';

/** A street's groups sheet under two title rows; 平台 is written 使用软件 (no synonym knows it). */
export function streetWorkbook(file = '银盆岭街道.xlsx', badMembers = false): RawWorkbook {
  const rows: RawCell[][] = [
    ['银盆岭街道工作群统计表'],
    ['填报日期：2026年3月5日'],
    ['序号', '单位名称', '群名', '使用软件', '群人数', '最后活跃'],
    [1, '银盆岭街道', '银盆岭街道工作总群', '微信', '88人', '2026-03-01'],
    [2, '银盆岭街道', '银盆岭街道网格群', '微信', badMembers ? '很多人' : 35, '2026-02-20'],
    [3, '星岭社区', '星岭社区工作群', 'QQ', 40, badMembers ? '去年' : '2026-01-05'],
  ];
  return {
    file,
    format: 'xlsx',
    date1904: false,
    sheets: [
      { name: '工作群统计', rows, merges: [] },
      { name: '填表说明', rows: [['填表说明：请按表头填写。']], merges: [] },
    ],
  };
}

export function sessionOf(
  books: RawWorkbook[],
  failed: string[] = [],
  saved: SavedMapping[] = [],
): ImportSession {
  return {
    sessionId: 'session-import',
    files: [
      ...books.map((wb) => ({
        file: wb.file,
        ok: true,
        problem: null,
        warnings: [],
        sheets: analyzeWorkbook(wb, { savedMappings: saved }),
        format: wb.format,
        encoding: wb.encoding ?? null,
      })),
      ...failed.map((file) => ({
        file,
        ok: false,
        problem: problem(
          'error',
          'FILE_NOT_SPREADSHEET',
          `文件 ${file} 不是 Excel、WPS 或 CSV 表格，无法读取。`,
          { file },
        ),
        warnings: [],
        sheets: [],
      })),
    ],
  };
}

const ok = <T>(value: T): Promise<HostResult<T>> => Promise.resolve({ ok: true, value });

/**
 * A host serving `books` as the files the clerk picked, answering with the real importer — as
 * main does, only without the worker and the dialog. Records the requests it got.
 */
export function wizardApi(books: RawWorkbook[], failed: string[] = []) {
  const requests: ImportRequest[] = [];
  const skippedOf = (r: ImportRequest) => new Set(r.skippedFiles ?? []);
  const api: PlannerApi = fakeApi(undefined, {
    pickRosterFiles: () => ok(sessionOf(books, failed)),
    analyzeImport: (_id, saved) => ok(sessionOf(books, failed, saved)),
    analyzeSheet: (_id, r) => {
      const wb = books.find((b) => b.file === r.file);
      const analysis = wb ? analyzeSheetAs(wb, r.sheet, r.kind, r.headerRow, r.savedMappings) : null;
      if (!analysis) throw new Error('no such sheet');
      return ok(analysis);
    },
    sheetRows: (_id, r) => {
      const wb = books.find((b) => b.file === r.file);
      const read = wb ? sheetRowsAt(wb, r.sheet, r.firstRow, r.count) : null;
      if (!read) throw new Error('no such sheet');
      return ok({ file: r.file, sheet: r.sheet, firstRow: r.firstRow, ...read });
    },
    importRoster: (_id, r) => {
      requests.push(r);
      const skipped = skippedOf(r);
      const result: ImportResult = importRoster(
        books.filter((b) => !skipped.has(b.file)),
        { ...r, businessLines: r.policy.businessLines },
      );
      const extra = [...skipped].map((file) =>
        problem('warning', 'FILE_SKIPPED', `文件 ${file} 已按您的选择跳过，没有导入。`, { file }),
      );
      return ok({ ...result, problems: [...extra, ...result.problems] });
    },
  });
  return { api, requests };
}
