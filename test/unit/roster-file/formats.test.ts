import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawFormat, RawWorkbook } from '../../../core/import/raw';
import { readRosterFile } from '../../../main/roster/read-roster-file';
import { read, readOk, rowsOf, workerPath } from './read-helpers';
import * as F from './roster-files';

const dir = mkdtempSync(join(tmpdir(), 'roster-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The roster's rows 1–7 as a workbook format holds them (CSV differs: everything is text). */
const EXPECTED_ROWS = [
  ['岳麓区工作群统计表'],
  ['填报日期：2026年3月5日'],
  [],
  ['群编号', '群名称', '所属单位', '成员数', '身份证号', '是否临时', '最近活跃', '备注'],
  ['007', '望月湖街道党建工作群', '望月湖街道', 35, F.ID, true, F.SERIAL, '=1+1'],
  ['G-2', '荣华社区网格群', '荣华社区', '35人', '3/5', false, F.SERIAL + 1, '1-2'],
  ['G3', '公式与错误', '区教育局', 12, '#N/A', '否', 1.5],
];

const workbookCases: Array<{ label: string; name: string; bytes: () => Uint8Array; format: RawFormat }> = [
  { label: 'xlsx', name: '工作群.xlsx', bytes: () => F.write(F.rosterWorkbook(), 'xlsx'), format: 'xlsx' },
  {
    label: 'xls (BIFF8)',
    name: '工作群.xls',
    bytes: () => F.write(F.rosterWorkbook(), 'xls'),
    format: 'xls',
  },
  {
    label: 'WPS .et (an xls saved by WPS)',
    name: '工作群.et',
    bytes: () => F.write(F.rosterWorkbook(), 'xls'),
    format: 'et',
  },
  {
    label: 'WPS .et holding xlsx',
    name: '工作群.et',
    bytes: () => F.write(F.rosterWorkbook(), 'xlsx'),
    format: 'et',
  },
  {
    label: 'xlsx renamed .xls',
    name: '改名.xls',
    bytes: () => F.write(F.rosterWorkbook(), 'xlsx'),
    format: 'xlsx',
  },
  {
    label: 'xls renamed .xlsx',
    name: '改名.xlsx',
    bytes: () => F.write(F.rosterWorkbook(), 'xls'),
    format: 'xls',
  },
  {
    label: 'SpreadsheetML 2003 renamed .xls',
    name: '工作群.xls',
    bytes: () => F.write(F.rosterWorkbook(), 'xlml'),
    format: 'xml2003',
  },
];

describe('workbook formats, chosen by content', () => {
  it.each(workbookCases)('$label: cells raw and exact, merges, hidden sheets, date cells', async (c) => {
    const { workbook, warnings } = await readOk(c.bytes(), c.name);
    expect(warnings).toEqual([]);
    expect(workbook).toMatchObject({ file: c.name, format: c.format, date1904: false });
    const [sheet, lists] = workbook.sheets;
    expect(sheet?.name).toBe('工作群');
    expect(rowsOf(sheet)).toEqual(EXPECTED_ROWS);
    expect(sheet?.merges).toEqual([{ startRow: 0, startCol: 0, endRow: 0, endCol: 7 }]);
    expect(sheet?.dateCells).toEqual(Uint32Array.from([4, 6, 5, 6]));
    expect(sheet?.hidden).toBe(false);
    expect(lists).toMatchObject({ name: '列表', hidden: true });
    expect(rowsOf(lists)).toEqual([['微信'], ['QQ']]);
  });

  it('ods: the same cells (SheetJS writes an error cell as empty and no hidden flag)', async () => {
    const { workbook } = await readOk(F.write(F.rosterWorkbook(), 'ods'), '工作群.ods');
    expect(workbook.format).toBe('ods');
    const expected = EXPECTED_ROWS.map((r) => [...r]);
    (expected[6] as unknown[])[4] = null;
    expect(rowsOf(workbook.sheets[0])).toEqual(expected);
    expect(workbook.sheets[0]?.merges).toEqual([{ startRow: 0, startCol: 0, endRow: 0, endCol: 7 }]);
  });

  it.each(['xlsx', 'xls'] as const)(
    '%s in the 1904 date system: serials as stored, date1904 set',
    async (bookType) => {
      const { workbook } = await readOk(F.write(F.rosterWorkbook(true), bookType), `mac.${bookType}`);
      expect(workbook.date1904).toBe(true);
      expect(rowsOf(workbook.sheets[0])?.[4]?.[6]).toBe(F.SERIAL);
    },
  );

  it.each(['utf-8', 'gb2312'] as const)(
    'HTML renamed .xls (%s): the table as exact text (no guessed numbers or dates), its merged title',
    async (charset) => {
      const { workbook, warnings } = await readOk(F.rosterHtml(charset), '网页.xls');
      expect(warnings).toEqual([]);
      expect(workbook).toMatchObject({ format: 'html', encoding: charset === 'utf-8' ? 'utf-8' : 'gb18030' });
      expect(rowsOf(workbook.sheets[0])).toEqual([
        ['岳麓区工作群统计表'],
        ['群编号', '群名称', '成员数', '身份证号', '备注'],
        ['007', '望月湖街道党建工作群', '35', F.ID, '3/5'],
      ]);
      expect(workbook.sheets[0]?.merges).toEqual([{ startRow: 0, startCol: 0, endRow: 0, endCol: 2 }]);
    },
  );

  it('a harmless oddity SheetJS’s strict mode rejects is read leniently, nothing lost', async () => {
    const { workbook } = await readOk(F.strictTripXlsx(), '属性.xlsx');
    expect(rowsOf(workbook.sheets[0])).toEqual([
      ['行1', 0],
      ['行2', 1],
    ]);
  });

  it('keeps blank rows and rows after them at their Excel row numbers', async () => {
    const { workbook } = await readOk(F.craftXlsxRows(), '空行.xlsx');
    expect(rowsOf(workbook.sheets[0])).toEqual([['A'], [], [], ['B', null, 'C']]);
  });
});

/** The CSV roster as read: every cell text, exactly as in the file. */
const CSV_ROWS = [
  ['岳麓区工作群统计表'],
  ['填报日期：2026年3月5日'],
  [],
  ['群编号', '群名称', '所属单位', '成员数', '身份证号', '是否临时', '最近活跃', '备注'],
  ['007', '望月湖街道党建工作群', '望月湖街道', '35', F.ID, '是', '2026-03-05', '=1+1'],
  ['G-2', '荣华社区网格群,二组', '荣华社区', '35人', '3/5', '否', '46087', '1-2'],
  ['G3', '说"明"', '区教育局', '=HYPERLINK("http://x","y")', '多\r\n行'],
];

describe('CSV: decoded by the reader, every cell the exact text', () => {
  const cases: Array<{
    label: string;
    bytes: Uint8Array;
    encoding: RawWorkbook['encoding'];
    guessed: boolean;
  }> = [
    { label: 'UTF-8', bytes: F.utf8(F.ROSTER_CSV), encoding: 'utf-8', guessed: false },
    { label: 'UTF-8 with BOM', bytes: F.utf8(F.ROSTER_CSV, true), encoding: 'utf-8-bom', guessed: false },
    { label: 'GBK', bytes: F.gbk(F.ROSTER_CSV), encoding: 'gb18030', guessed: true },
    {
      label: 'UTF-16LE (Excel “Unicode 文本”)',
      bytes: F.utf16le(F.ROSTER_CSV),
      encoding: 'utf-16le',
      guessed: false,
    },
  ];
  it.each(cases)('$label', async (c) => {
    const { workbook, warnings } = await readOk(c.bytes, '工作群.csv');
    expect(workbook).toMatchObject({ format: 'csv', encoding: c.encoding, date1904: false });
    expect(workbook.sheets).toHaveLength(1);
    expect(workbook.sheets[0]).toMatchObject({ name: '工作群', merges: [] });
    expect(rowsOf(workbook.sheets[0])).toEqual(CSV_ROWS);
    expect(workbook.sheets[0]?.dateCells).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.level])).toEqual(
      c.guessed ? [['FILE_ENCODING_GUESSED', 'warning']] : [],
    );
  });

  it('GB18030-only characters survive (SheetJS’s code pages lack GB18030)', async () => {
    const { workbook } = await readOk(F.gb18030Bytes(), '扩展字.csv');
    expect(rowsOf(workbook.sheets[0])).toEqual([
      ['姓名', '单位'],
      ['张三', '𠀀社区'],
    ]);
  });

  it('tab-separated text (.txt) is split on tabs', async () => {
    const { workbook } = await readOk(F.utf8('群编号\t群名称\t成员数\nG1\t党建群,一组\t35\n'), '导出.txt');
    expect(rowsOf(workbook.sheets[0])).toEqual([
      ['群编号', '群名称', '成员数'],
      ['G1', '党建群,一组', '35'],
    ]);
  });

  it('an unclosed quote is a warning naming the row', async () => {
    const { workbook, warnings } = await readOk(F.utf8('a,b\n1,"oops\n2,3\n'), '引号.csv');
    expect(rowsOf(workbook.sheets[0])).toEqual([
      ['a', 'b'],
      ['1', 'oops\n2,3\n'],
    ]);
    expect(warnings).toMatchObject([{ code: 'FILE_CSV_QUOTE_UNCLOSED', level: 'warning', row: 2 }]);
  });
});

describe('reading from a path', () => {
  it('reads the file and leaves it byte for byte unchanged', async () => {
    const path = join(dir, '工作群 2026.xlsx');
    writeFileSync(path, F.write(F.rosterWorkbook(), 'xlsx'));
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const r = await readRosterFile({ path }, { workerPath });
    expect(r.ok && r.workbook.file).toBe('工作群 2026.xlsx');
    expect(r.ok && rowsOf(r.workbook.sheets[0])?.[4]?.[4]).toBe(F.ID);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it('leaves the caller’s bytes untouched (not detached, not modified)', async () => {
    const bytes = F.utf8('a,b\n1,2\n');
    const copy = bytes.slice();
    await readOk(bytes, 'x.csv');
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes).toEqual(copy);
  });

  it('a missing file, a folder: FILE_UNREADABLE naming the file', async () => {
    const missing = await readRosterFile({ path: join(dir, '不存在.xlsx') }, { workerPath });
    expect(missing.ok || [missing.problem.code, missing.problem.file]).toEqual([
      'FILE_UNREADABLE',
      '不存在.xlsx',
    ]);
    const folder = await readRosterFile({ path: dir }, { workerPath });
    expect(folder.ok || folder.problem.code).toBe('FILE_UNREADABLE');
  });

  it('too large: refused from stat, before reading', async () => {
    const path = join(dir, '大.csv');
    writeFileSync(path, 'a,b\n'.repeat(1000));
    const r = await readRosterFile({ path }, { workerPath, limits: { maxFileBytes: 1000 } });
    expect(r.ok || r.problem.code).toBe('FILE_TOO_LARGE');
    const bytes = await read(F.utf8('a,b\n'.repeat(1000)), '大.csv', { maxFileBytes: 1000 });
    expect(bytes.ok || bytes.problem.code).toBe('FILE_TOO_LARGE');
  });
});
