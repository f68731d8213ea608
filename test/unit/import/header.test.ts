import { describe, expect, test } from 'vitest';
import { excelSerialFromIso } from '../../../core/dates';
import { analyzeWorkbook, importRoster } from '../../../core/import/index';
import type { RawCell, RawSheet } from '../../../core/import/raw';
import { book, codes, places, sheet } from './helpers';

const HEADER: RawCell[] = ['序号', '群名称', '所属单位', '平台', '成员数'];
const DATA: RawCell[][] = [
  [1, '财政局工作群', '区财政局', '微信', 12],
  [2, '财政局业务群', '区财政局', 'QQ', '8人'],
];

/** Title rows as offices write them; row i of the table is used when there are i+1 or more. */
const TITLES: Array<{ row: RawCell[]; merge?: boolean }> = [
  { row: ['岳麓区工作群统计表'], merge: true },
  { row: ['填报日期：2026年3月5日'] },
  { row: ['单位（盖章）：区财政局', null, null, '填报日期：2026年3月5日'] },
  { row: [] },
  { row: ['（单位：个）', null, null, null, null], merge: true },
];

describe('header row beneath 0–5 title rows', () => {
  test.each([0, 1, 2, 3, 4, 5])('%i title rows', (n) => {
    const titles = TITLES.slice(0, n);
    const merges: RawSheet['merges'] = titles.flatMap((t, i) =>
      t.merge ? [{ startRow: i, startCol: 0, endRow: i, endCol: 4 }] : [],
    );
    const wb = book('a.xlsx', [sheet('Sheet1', [...titles.map((t) => t.row), HEADER, ...DATA], merges)]);
    const [a] = analyzeWorkbook(wb);
    expect(a?.kind).toBe('groups');
    expect(a?.headerRow).toBe(n + 1);
    expect(a?.firstDataRow).toBe(n + 2);
    expect(a?.reportDate).toBe(n >= 2 ? '2026-03-05' : null);
    const r = importRoster([wb]);
    expect(r.roster?.groups.map((g) => [g.name, g.memberCount, g.source?.row])).toEqual([
      ['财政局工作群', 12, n + 2],
      ['财政局业务群', 8, n + 3],
    ]);
  });

  test('a title that happens to contain field words is not taken for the header', () => {
    const wb = book('a.xlsx', [
      sheet(
        'Sheet1',
        [['所属单位工作群名称平台统计表'], ['单位：区财政局', '填报日期：2026-03-05'], HEADER, ...DATA],
        [{ startRow: 0, startCol: 0, endRow: 0, endCol: 4 }],
      ),
    ]);
    expect(analyzeWorkbook(wb)[0]?.headerRow).toBe(3);
  });

  test('a two-row header with vertically merged cells', () => {
    const rows: RawCell[][] = [
      ['岳麓区工作群统计表'],
      ['序号', '群名称', '所属单位', '平台', '成员情况', null],
      [null, null, null, null, '人数', '其中社区负责人'],
      [1, '甲群', '区财政局', '微信', 30, 2],
    ];
    const merges = [0, 1, 2, 3].map((c) => ({ startRow: 1, startCol: c, endRow: 2, endCol: c }));
    merges.push(
      { startRow: 1, startCol: 4, endRow: 1, endCol: 5 },
      { startRow: 0, startCol: 0, endRow: 0, endCol: 5 },
    );
    const wb = book('a.xlsx', [sheet('工作群', rows, merges)]);
    const [a] = analyzeWorkbook(wb);
    expect([a?.headerRow, a?.headerRows, a?.firstDataRow]).toEqual([2, 2, 4]);
    expect(a?.mapping['memberCount']).toBe(4);
    expect(importRoster([wb]).roster?.groups[0]?.memberCount).toBe(30);
  });

  test('no header in a sheet named 工作群 is SHEET_NO_HEADER', () => {
    const wb = book('a.xlsx', [sheet('工作群', [['随便写的'], ['一', '二', '三'], ['1', '2', '3']])]);
    const r = importRoster([wb]);
    expect(codes(r.problems)).toEqual(['SHEET_NO_HEADER']);
    expect(r.problems[0]?.message).toContain('a.xlsx');
  });
});

describe('填报日期', () => {
  const serial = excelSerialFromIso('2026-03-05');
  const forms: Array<[string, RawCell[], boolean?]> = [
    ['full-width colon, 年月日', ['填报日期：2026年3月5日']],
    ['ASCII colon, ISO', ['填报日期:2026-03-05']],
    ['slashes', ['填报日期：2026/3/5']],
    ['dots', ['填报日期：2026.3.5']],
    ['spaced', ['单位（盖章）：区财政局        填报日期：2026 年 3 月 5 日']],
    ['label and serial in the next cell', ['填报日期：', null, serial]],
    ['label and text in the next cell', ['填报日期', '2026年3月5日']],
    ['1904 serial', ['填报日期', excelSerialFromIso('2026-03-05', true)], true],
    ['统计截止日期', ['统计截止日期：2026-03-05']],
    ['full-width digits', ['填报日期：２０２６年３月５日']],
  ];
  test.each(forms)('%s', (_name, titleRow, d1904) => {
    const wb = book('a.xlsx', [sheet('工作群', [titleRow, HEADER, ...DATA])], d1904 === true);
    const r = importRoster([wb]);
    expect(r.roster?.reportDate).toBe('2026-03-05');
  });

  test('a blank template date is no date and no problem', () => {
    const r = importRoster([
      book('a.xlsx', [sheet('工作群', [['填报日期：    年   月   日'], HEADER, ...DATA])]),
    ]);
    expect(r.roster?.reportDate).toBeNull();
    expect(codes(r.problems).filter((c) => c.startsWith('REPORT'))).toEqual([]);
  });

  test('an unreadable date is a warning at its cell', () => {
    const r = importRoster([
      book('a.xlsx', [sheet('工作群', [['标题'], ['x', '填报日期：2026年3月'], HEADER, ...DATA])]),
    ]);
    expect(places(r.problems, 'REPORT_DATE_UNREADABLE')).toEqual([['REPORT_DATE_UNREADABLE', 2, 'B']]);
    expect(r.roster?.reportDate).toBeNull();
  });

  test('the date on the signature line counts too', () => {
    const r = importRoster([
      book('a.xlsx', [sheet('工作群', [HEADER, ...DATA, ['填表人：张三', null, '填报日期：2026年3月6日']])]),
    ]);
    expect(r.roster?.reportDate).toBe('2026-03-06');
  });

  test('two files with different dates: the latest, with ASOF_CONFLICT', () => {
    const a = book('a.xlsx', [sheet('工作群', [['填报日期：2026年3月5日'], HEADER, ...DATA])]);
    const b = book('b.xlsx', [
      sheet('工作群', [['填报日期：2026-03-01'], HEADER, [1, '教育局群', '区教育局', '微信', 5]]),
    ]);
    const r = importRoster([a, b]);
    expect(r.roster?.reportDate).toBe('2026-03-05');
    const p = r.problems.find((x) => x.code === 'ASOF_CONFLICT');
    expect([p?.level, p?.file, p?.row, p?.column]).toEqual(['warning', 'b.xlsx', 1, 'A']);
    expect(p?.message).toContain('2026-03-05');
    expect(p?.message).toContain('a.xlsx');
  });
});
