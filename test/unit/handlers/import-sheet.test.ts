/**
 * The import wizard's sheet questions (analyzeSheet, sheetRows), leaving files out of an import
 * (skippedFiles), the file's format in the session, and 导出问题行 with the rows' original cells.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { savedMappingOf } from '../../../core/import/index';
import type { SheetAnalysis } from '../../../core/import/types';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { createHostHandlers, type HostHandlers } from '../../../main/handlers/index';
import type { HostResult, ImportRequest, ImportSession } from '../../../preload/contract';
import { MESSY_SAMPLE, placeCopy, samples, tempDir, TestDialogs, testHost } from './helpers';

const request: ImportRequest = {
  choices: [],
  savedMappings: [],
  cellEdits: [],
  excludedRows: [],
  policy: YUELU_POLICY,
};

function value<T>(result: HostResult<T>): T {
  if (!result.ok) throw new Error(`${result.problem.code}: ${result.problem.message}`);
  return result.value;
}

describe("the wizard's sheet questions", () => {
  let dialogs: TestDialogs;
  let handlers: HostHandlers;
  let session: ImportSession;
  let groups: SheetAnalysis;
  const file = '示例-杂乱名单.xlsx';

  beforeAll(async () => {
    dialogs = new TestDialogs();
    handlers = createHostHandlers(testHost(dialogs));
    dialogs.openPaths = [MESSY_SAMPLE, join(samples, '示例-杂乱名单-GBK.csv')];
    session = value(await handlers.pickRosterFiles()) as ImportSession;
    const found = session.files[0]?.sheets.find((s) => s.kind === 'groups');
    if (!found) throw new Error('the messy sample has a groups sheet');
    groups = found;
  });

  it('tells the format and the encoding of each file', () => {
    expect(session.files.map((f) => [f.file, f.format, f.encoding])).toEqual([
      [file, 'xlsx', null],
      ['示例-杂乱名单-GBK.csv', 'csv', 'gb18030'],
    ]);
  });

  it('reads a sheet again at the detected header row with the same columns', async () => {
    const again = value(
      await handlers.analyzeSheet(session.sessionId, {
        file,
        sheet: groups.sheet,
        kind: 'groups',
        headerRow: groups.headerRow,
        savedMappings: [],
      }),
    );
    expect(again).toMatchObject({ kind: 'groups', headerRow: 5, kindSource: 'choice', missingRequired: [] });
    expect(again.mapping).toEqual(groups.mapping);
    expect(again.headers).toEqual(groups.headers);
  });

  it('matches the columns afresh when the header is put on another row', async () => {
    const title = value(
      await handlers.analyzeSheet(session.sessionId, {
        file,
        sheet: groups.sheet,
        kind: 'groups',
        headerRow: 1,
        savedMappings: [],
      }),
    );
    expect(title.headerRow).toBe(1);
    expect(title.headers[0]).toBe('银盆岭街道工作群统计表（示例数据，非真实名单）');
    expect(title.missingRequired).toEqual(['name', 'unit', 'platform']);
    expect(title.problems?.map((p) => p.code)).toContain('SHEET_MISSING_COLUMN');
    // null: the best row for the kind.
    const found = value(
      await handlers.analyzeSheet(session.sessionId, {
        file,
        sheet: groups.sheet,
        kind: 'groups',
        headerRow: null,
        savedMappings: [],
      }),
    );
    expect(found.headerRow).toBe(5);
  });

  it('uses a saved mapping for the same headers and says so', async () => {
    const saved = savedMappingOf(groups);
    if (!saved) throw new Error('a mapping to remember');
    const unitColumn = saved.mapping['unit'];
    const mapping = { ...saved.mapping, owner: 10 }; // 联系电话 as 负责人, by hand
    const again = value(
      await handlers.analyzeSheet(session.sessionId, {
        file,
        sheet: groups.sheet,
        kind: 'groups',
        headerRow: 5,
        savedMappings: [{ ...saved, mapping }],
      }),
    );
    expect(again.kindSource).toBe('saved');
    expect(again.mapping['owner']).toBe(10);
    expect(again.mapping['unit']).toBe(unitColumn);
  });

  it('gives rows of a sheet as read, and says when there is no such sheet', async () => {
    const rows = value(
      await handlers.sheetRows(session.sessionId, { file, sheet: groups.sheet, firstRow: 5, count: 2 }),
    );
    expect(rows.firstRow).toBe(5);
    expect(rows.rows[0]?.slice(0, 3)).toEqual(['序号', '单位名称', '所属街道']);
    expect(rows.rows[1]?.slice(0, 2)).toEqual([1, '银盆岭街道']);
    expect(rows.rowCount).toBeGreaterThan(70);
    const end = value(
      await handlers.sheetRows(session.sessionId, {
        file,
        sheet: groups.sheet,
        firstRow: rows.rowCount,
        count: 10,
      }),
    );
    expect(end.rows).toHaveLength(1);
    const missing = await handlers.sheetRows(session.sessionId, {
      file,
      sheet: '没有这张表',
      firstRow: 1,
      count: 1,
    });
    expect(!missing.ok && missing.problem.message).toContain(
      '找不到文件 示例-杂乱名单.xlsx 的工作表“没有这张表”',
    );
    const expired = await handlers.analyzeSheet('no-such-session', {
      file,
      sheet: groups.sheet,
      kind: 'groups',
      headerRow: 5,
      savedMappings: [],
    });
    expect(!expired.ok && expired.problem.code).toBe('IMPORT_SESSION_EXPIRED');
  });

  it('writes the original cells of each problem row beside 导出问题行', async () => {
    const dir = await tempDir();
    dialogs.savePath = join(dir, '问题.xlsx');
    const problem = {
      level: 'error' as const,
      code: 'CELL_BAD_NUMBER' as const,
      message: '第 6 行成员数不是数字',
      file,
      sheet: groups.sheet,
      row: 6,
      column: 'L',
      header: '群人数',
    };
    const saved = value(await handlers.exportProblemRows(session.sessionId, [problem]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved?.path ?? '');
    const rows: unknown[][] = [];
    wb.getWorksheet('问题清单')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.find((r) => r[0] === '文件') ?? [];
    expect(header.slice(7, 9)).toEqual(['原 A 列', '原 B 列']);
    const body = rows.at(-1) ?? [];
    expect(body.slice(7, 9)).toEqual(['1', '银盆岭街道']);
  });
});

describe('leaving files out of an import', () => {
  it('imports the readable file and reports the skipped one as a warning with its reason', async () => {
    const dialogs = new TestDialogs();
    const handlers = createHostHandlers(testHost(dialogs));
    const dir = await tempDir();
    const good = await placeCopy(MESSY_SAMPLE, dir, '银盆岭.xlsx');
    const bad = join(dir, '照片.xlsx');
    await writeFile(bad, Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
    dialogs.openPaths = [good, bad];
    const session = value(await handlers.pickRosterFiles()) as ImportSession;
    const imported = value(
      await handlers.importRoster(session.sessionId, { ...request, skippedFiles: ['照片.xlsx'] }),
    );
    expect(imported.roster?.files).toEqual(['银盆岭.xlsx']);
    const skipped = imported.problems.filter((p) => p.code === 'FILE_SKIPPED');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ level: 'warning', file: '照片.xlsx' });
    expect(skipped[0]?.message).toContain('无法读取，已按您的选择跳过');
    expect(imported.problems.some((p) => p.code === 'FILE_NOT_SPREADSHEET')).toBe(false);

    // A readable file left out is not read at all; without groups, the import has none.
    const none = value(
      await handlers.importRoster(session.sessionId, {
        ...request,
        skippedFiles: ['照片.xlsx', '银盆岭.xlsx'],
      }),
    );
    expect(none.roster).toBeNull();
    expect(none.problems.some((p) => p.code === 'IMPORT_NO_FILES' && p.level === 'error')).toBe(true);
    expect(none.problems.filter((p) => p.code === 'FILE_SKIPPED').map((p) => p.message)).toEqual([
      '文件 银盆岭.xlsx 已按您的选择跳过，没有导入。',
      expect.stringContaining('文件 照片.xlsx 无法读取'),
    ]);
  });
});
