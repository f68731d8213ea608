import { describe, expect, test } from 'vitest';
import { importRoster } from '../../../core/import/index';
import type { RawCell } from '../../../core/import/raw';
import { book, places, sheet } from './helpers';

const HEADER: RawCell[] = ['序号', '群名称', '所属单位', '平台', '成员数'];
const run = (rows: RawCell[][], options = {}) =>
  importRoster([book('a.xlsx', [sheet('工作群', [HEADER, ...rows])])], options);
const names = (r: ReturnType<typeof run>) => r.roster?.groups.map((g) => g.name);

describe('rows that are not records', () => {
  test.each<[string, RawCell[], string | null, string | null]>([
    ['blank', [], null, null],
    ['spaces only', [null, '  ', '\u3000', null], null, null],
    ['a pre-numbered empty row', [7, null, null, null, null], null, null],
    ['合计', ['合计', null, null, null, 59], 'ROW_SUMMARY_SKIPPED', 'A'],
    ['合 计 in the name column', [null, '合 计', null, null, 59], 'ROW_SUMMARY_SKIPPED', 'B'],
    ['小计 with a colon', ['小计：', null, null, null, 9], 'ROW_SUMMARY_SKIPPED', 'A'],
    ['总计（个）', ['总计（个）'], 'ROW_SUMMARY_SKIPPED', 'A'],
    ['望月湖街道小计', [null, '望月湖街道小计', null, null, 9], 'ROW_SUMMARY_SKIPPED', 'B'],
    ['填表人 / 审核人', ['填表人：张三      审核人：李四'], 'ROW_SIGNATURE_SKIPPED', 'A'],
    ['制表人', [null, '制表人：王五'], 'ROW_SIGNATURE_SKIPPED', 'B'],
    ['联系电话', ['联系电话：0731-88881234'], 'ROW_SIGNATURE_SKIPPED', 'A'],
    ['label in its own cell', ['审核人', '李四'], 'ROW_SIGNATURE_SKIPPED', 'A'],
    ['a note', ['注：1. 平台填写微信、QQ、钉钉或政务微信'], 'ROW_SIGNATURE_SKIPPED', 'A'],
  ])('%s', (_name, row, code, column) => {
    const r = run([[1, '甲群', '区财政局', '微信', 3], row, [2, '乙群', '区财政局', '微信', 4]]);
    expect(names(r)).toEqual(['甲群', '乙群']);
    expect(places(r.problems, 'ROW_SUMMARY_SKIPPED', 'ROW_SIGNATURE_SKIPPED', 'CELL_REQUIRED')).toEqual(
      code === null ? [] : [[code, 3, column]],
    );
  });

  test('a group whose name merely starts with 总计 is a record', () => {
    const r = run([[1, '总计划工作群', '区财政局', '微信', 3]]);
    expect(names(r)).toEqual(['总计划工作群']);
  });
});

describe('the clerk’s corrections', () => {
  test('a cell edit replaces the raw value before normalisation', () => {
    const rows = [[1, '甲群', '区财政局', '微信', '三十']];
    expect(places(run(rows).problems)).toContainEqual(['CELL_BAD_NUMBER', 2, 'E']);
    const r = run(rows, {
      cellEdits: [{ file: 'a.xlsx', sheet: '工作群', row: 2, column: 4, value: '30人' }],
    });
    expect(r.roster?.groups[0]?.memberCount).toBe(30);
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  test('an edit beyond the end of a row or of the sheet', () => {
    const r = run([[1, '甲群', '区财政局']], {
      cellEdits: [
        { file: 'a.xlsx', sheet: '工作群', row: 2, column: 3, value: 'QQ' },
        { file: 'a.xlsx', sheet: '工作群', row: 4, column: 1, value: '乙群' },
        { file: 'a.xlsx', sheet: '工作群', row: 4, column: 2, value: '区财政局' },
        { file: 'a.xlsx', sheet: '工作群', row: 4, column: 3, value: '微信' },
        { file: 'b.xlsx', sheet: '工作群', row: 2, column: 3, value: '钉钉' },
      ],
    });
    expect(r.roster?.groups.map((g) => [g.name, g.platform, g.source?.row])).toEqual([
      ['甲群', 'QQ', 2],
      ['乙群', '微信', 4],
    ]);
  });

  test('an excluded row is not imported and says so', () => {
    const r = run(
      [
        [1, '甲群', '区财政局', '微信', '三十'],
        [2, '乙群', '区财政局', '微信', 4],
      ],
      { excludedRows: [{ file: 'a.xlsx', sheet: '工作群', row: 2 }] },
    );
    expect(places(r.problems)).toEqual([
      ['ROW_EXCLUDED', 2, null],
      ['UNIT_TYPE_INFERRED', 3, 'C'],
      ['UNIT_STAFF_MISSING', 3, 'C'],
    ]);
    expect(names(r)).toEqual(['乙群']);
  });

  test('a sheet choice overrides kind, header row and mapping; kind null ignores the sheet', () => {
    const wb = book('a.xlsx', [
      sheet('数据', [['标题'], ['x', 'y', 'z'], ['甲群', '区财政局', '微信']]),
      sheet('工作群', [HEADER, [1, '乙群', '区教育局', '微信', 3]]),
    ]);
    const r = importRoster([wb], {
      choices: [
        {
          file: 'a.xlsx',
          sheet: '数据',
          kind: 'groups',
          headerRow: 2,
          mapping: { name: 0, unit: 1, platform: 2 },
        },
        { file: 'a.xlsx', sheet: '工作群', kind: null, headerRow: 1, mapping: {} },
      ],
    });
    expect(r.roster?.groups.map((g) => g.name)).toEqual(['甲群']);
    expect(r.analyses[0]?.sheets.map((s) => [s.kind, s.kindSource])).toEqual([
      ['groups', 'choice'],
      [null, 'choice'],
    ]);
  });
});
