/**
 * Hostile and broken files: each is refused with its own code, in Chinese, naming the file,
 * within the test's timeout, and the process reads a normal file afterwards.
 */
import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../../core/problems';
import type { ParseLimits } from '../../../main/roster/read-roster-file';
import { expectFailure, expectStillWorks, read, rowsOf } from './read-helpers';
import * as F from './roster-files';
import { zip } from './zip-craft';

interface Case {
  label: string;
  name: string;
  bytes: () => Uint8Array;
  code: ProblemCode;
  limits?: Partial<ParseLimits>;
  /** Something the problem's detail (internals) or message must say, to tell causes apart. */
  says?: RegExp;
}

const normalXlsx = (): Uint8Array => F.write(F.rosterWorkbook(), 'xlsx');

const cases: Case[] = [
  // Not spreadsheets at all.
  {
    label: 'a PNG renamed .xlsx',
    name: '截图.xlsx',
    bytes: () => F.PNG,
    code: 'FILE_NOT_SPREADSHEET',
    says: /PNG/,
  },
  { label: 'a PDF', name: '通知.xls', bytes: () => F.PDF, code: 'FILE_NOT_SPREADSHEET', says: /PDF/ },
  {
    label: 'random bytes',
    name: '随机.xlsx',
    bytes: () => F.randomBytes(5000),
    code: 'FILE_NOT_SPREADSHEET',
  },
  {
    label: 'a zip that is not a workbook',
    name: '资料.xlsx',
    bytes: () => zip([{ name: 'readme.txt', data: F.utf8('你好') }]),
    code: 'FILE_NOT_SPREADSHEET',
    says: /压缩包/,
  },
  {
    label: 'a Word document renamed .xlsx',
    name: '文件.xlsx',
    bytes: () =>
      zip([
        { name: '[Content_Types].xml', data: F.utf8('<Types/>') },
        { name: 'word/document.xml', data: F.utf8('<w/>') },
      ]),
    code: 'FILE_NOT_SPREADSHEET',
    says: /Word/,
  },
  {
    label: 'a .doc renamed .xls',
    name: '文件.xls',
    bytes: F.wordCfb,
    code: 'FILE_NOT_SPREADSHEET',
    says: /Word/,
  },
  {
    label: 'an SVG renamed .xls',
    name: '图.xls',
    bytes: () => F.utf8('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    code: 'FILE_NOT_SPREADSHEET',
  },
  {
    label: 'a web page without a table',
    name: '页.xls',
    bytes: () => F.utf8('<html><body><p>无表格</p></body></html>'),
    code: 'FILE_NOT_SPREADSHEET',
  },

  // Empty.
  { label: 'a workbook whose sheets are empty', name: '空.xlsx', bytes: F.emptyWorkbook, code: 'FILE_EMPTY' },
  { label: 'a zero-byte file', name: '零.csv', bytes: () => new Uint8Array(0), code: 'FILE_EMPTY' },
  {
    label: 'a CSV of blank lines',
    name: '空行.csv',
    bytes: () => F.utf8('\r\n,,,\r\n\r\n'),
    code: 'FILE_EMPTY',
  },

  // Encrypted.
  {
    label: 'a password-protected xlsx (OLE with EncryptionInfo)',
    name: '加密.xlsx',
    bytes: F.encryptedOoxml,
    code: 'FILE_ENCRYPTED',
  },
  {
    label: 'a zip entry with the encryption flag',
    name: '加密2.xlsx',
    bytes: F.zipWithEncryptedEntry,
    code: 'FILE_ENCRYPTED',
  },

  // Corrupt.
  {
    label: 'a truncated xlsx',
    name: '半截.xlsx',
    bytes: () => normalXlsx().slice(0, 3000),
    code: 'FILE_CORRUPT',
  },
  {
    label: 'an xlsx whose sheet XML is cut off',
    name: '坏.xlsx',
    bytes: F.garbageSheetXlsx,
    code: 'FILE_CORRUPT',
  },
  {
    label: 'an xlsx whose workbook part is garbage',
    name: '坏1.xlsx',
    bytes: F.garbageWorkbookXlsx,
    code: 'FILE_CORRUPT',
  },
  {
    label: 'a cell past column XFD',
    name: '列.xlsx',
    bytes: F.beyondLastColumn,
    code: 'FILE_CORRUPT',
    says: /列数/,
  },
  {
    label: 'a deflate stream that is not deflate',
    name: '坏2.xlsx',
    bytes: F.badDeflateXlsx,
    code: 'FILE_CORRUPT',
  },

  // Over a cap.
  {
    label: 'a zip entry of 700 MB of zeros declaring 1 KB',
    name: '炸弹.xlsx',
    bytes: () => F.zerosBomb(700, 1000),
    code: 'FILE_ZIP_BOMB',
    says: /ratio cap/,
  },
  {
    label: 'an honest 700 MB entry',
    name: '炸弹2.xlsx',
    bytes: () => F.zerosBomb(700, 'honest'),
    code: 'FILE_ZIP_BOMB',
    says: /ratio cap/,
  },
  {
    label: 'a 300 MB shared string in a 300 KB file (bare SheetJS: 1.9 GB)',
    name: '字符串炸弹.xlsx',
    bytes: () => F.sharedStringBomb(300),
    code: 'FILE_ZIP_BOMB',
    says: /ratio cap/,
  },
  {
    label: 'the same, declaring 1 KB',
    name: '字符串炸弹2.xlsx',
    bytes: () => F.sharedStringBomb(300, 1000),
    code: 'FILE_ZIP_BOMB',
    says: /ratio cap/,
  },
  {
    label: 'one 1 MB entry listed 600 times (overlapping entries past the total cap)',
    name: '重叠.xlsx',
    bytes: () => F.overlapBomb(600),
    code: 'FILE_ZIP_BOMB',
    says: /total cap/,
  },
  {
    label: 'inflated bytes past a lowered total cap',
    name: '大.xlsx',
    bytes: () => F.manyCells(20_000),
    code: 'FILE_ZIP_BOMB',
    limits: { maxInflatedBytes: 500_000 },
    says: /total cap/,
  },
  {
    label: 'more cells than the cap (xlsx, counted in the sheet XML before SheetJS)',
    name: '多.xlsx',
    bytes: () => F.manyCells(3000),
    code: 'FILE_TOO_MANY_CELLS',
    limits: { maxCells: 5000 },
    says: /valued cells/,
  },
  {
    label: 'more cells than the cap (xls, counted while walking)',
    name: '多.xls',
    bytes: () => F.write(F.rosterWorkbook(), 'xls'),
    code: 'FILE_TOO_MANY_CELLS',
    limits: { maxCells: 20 },
  },
  {
    label: 'more cells than the default cap (a 10 MB CSV of 5.2 million cells)',
    name: '五百万.csv',
    bytes: () => F.csvOfCells(5_200_000),
    code: 'FILE_TOO_MANY_CELLS',
  },
  {
    label: 'more rows than Excel has (a CSV of 1.1 million lines)',
    name: '行.csv',
    bytes: () => F.utf8('x\n'.repeat(1_100_000)),
    code: 'FILE_TOO_MANY_CELLS',
    says: /1048576/,
  },
  {
    label: 'nested <Font> in SpreadsheetML 2003 (quadratic in SheetJS)',
    name: '嵌套.xls',
    bytes: () => F.nestedFontXml(20_000),
    code: 'FILE_CORRUPT',
    says: /Font/,
  },
  {
    label: 'a file that takes longer than the time cap',
    name: '慢.csv',
    bytes: () => F.csvOfCells(4_000_000),
    code: 'FILE_TIMEOUT',
    limits: { timeoutMs: 100 },
  },
  {
    label: 'a file that needs more heap than the cap',
    name: '内存.csv',
    bytes: () => F.csvOfCells(3_000_000, true),
    code: 'FILE_OUT_OF_MEMORY',
    limits: { maxHeapMb: 48 },
  },
];

describe('hostile and broken files', () => {
  it.each(cases)('$label → $code', { timeout: 25_000 }, async (c) => {
    const r = await read(c.bytes(), c.name, c.limits);
    const p = expectFailure(r, c.code, c.name);
    if (c.says) expect(`${p.message} ${p.detail ?? ''}`).toMatch(c.says);
    await expectStillWorks();
  });

  it('a dimension claiming the whole sheet reads only the cells that exist', async () => {
    const r = await read(F.dimensionBomb(), '维度.xlsx');
    expect(r.ok && rowsOf(r.workbook.sheets[0])).toEqual([
      ['行1', 0],
      ['行2', 1],
      ['行3', 2],
    ]);
  });

  it('the messages say what to do, in Chinese', async () => {
    const encrypted = await read(F.encryptedOoxml(), '加密.xlsx');
    expect(encrypted.ok || encrypted.problem.message).toBe(
      '文件 加密.xlsx 已加密（设置了打开密码），无法读取。请在 Excel/WPS 中取消密码后再导入。',
    );
    const png = await read(F.PNG, '截图.xlsx');
    expect(png.ok || png.problem.message).toContain('看起来是PNG 图片');
  });
});
