import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GridRows, gridOf, sheetRows } from '../../../core/import/grid';
import { importRoster } from '../../../core/import/index';
import type { RawCell, RawSheet, RawWorkbook } from '../../../core/import/raw';
import { book, sheet } from './helpers';

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constantFrom('望月湖', 'G1', '', ' '),
  fc.string({ maxLength: 6 }),
);
const rows = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 9 });

const trimmed = (rs: RawCell[][]): RawCell[][] =>
  rs.map((r) => {
    const c = [...r];
    while (c.length > 0 && c[c.length - 1] === null) c.pop();
    return c;
  });

/** The same workbook with every sheet in grid form. */
const asGrid = (wb: RawWorkbook): RawWorkbook => ({
  ...wb,
  sheets: wb.sheets.map((s): RawSheet => ({ name: s.name, merges: s.merges, grid: gridOf(sheetRows(s)) })),
});

describe('grid form', () => {
  it('gives back the rows it was made from, trailing empties cut (property)', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        expect(sheetRows({ name: 'S', merges: [], grid: gridOf(rs) })).toEqual(trimmed(rs));
      }),
    );
  });

  it('stores each distinct text once and hands out one string per text', () => {
    const grid = gridOf([
      ['G1', '张三', 'G1'],
      ['G1', null, '张三'],
    ]);
    expect(grid.text).toBe('G1张三');
    expect([...grid.stringRefs]).toEqual([0, 1, 0, 0, 1]);
    const g = new GridRows(grid);
    expect(g.row(0)).toEqual(['G1', '张三', 'G1']);
    expect(g.row(1)).toEqual(['G1', null, '张三']);
  });

  it('refills the caller’s buffer to the row’s length', () => {
    const g = new GridRows(gridOf([[1, 2, 3, 4], ['a'], []]));
    const buffer: RawCell[] = [];
    expect(g.fill(0, buffer)).toBe(buffer);
    expect(buffer).toEqual([1, 2, 3, 4]);
    expect(g.fill(1, buffer)).toEqual(['a']);
    expect(g.fill(2, buffer)).toEqual([]);
    expect(g.fill(9, buffer)).toEqual([]);
  });

  it('reads a grid that does not add up as empty cells, without throwing', () => {
    const good = gridOf([['a', 1, true]]);
    const cases = [
      { ...good, kinds: new Uint8Array([2]) },
      { ...good, numbers: new Float64Array(0) },
      { ...good, stringRefs: new Uint32Array([7]) },
      { ...good, kinds: new Uint8Array([9, 9, 9]) },
      { ...good, rowLengths: new Uint32Array([5, 5]) },
    ];
    for (const grid of cases) {
      const read = sheetRows({ name: 'S', merges: [], grid });
      for (const row of read)
        for (const c of row) expect(['string', 'number', 'boolean', 'object']).toContain(typeof c);
    }
    expect(sheetRows({ name: 'S', merges: [], grid: cases[2] ?? good })).toEqual([[null, 1, true]]);
  });
});

describe('importing a grid is importing its rows', () => {
  const workbook = book('望月湖.xlsx', [
    sheet('单位', [
      ['名称', '类型', '上级单位', '在编人数'],
      ['望月湖街道', '街道', null, 60],
      ['荣华社区', '社区', '望月湖街道', 8],
    ]),
    sheet(
      '工作群',
      [
        ['望月湖街道工作群统计表'],
        ['填报日期：2026年3月5日'],
        ['群编号', '群名称', '所属单位', '平台', '群类别', '成员数', '最近活跃', '拟处置', '并入'],
        ['W1', '街道工作群', '望月湖街道', '微信', '工作群', 3, 46000, null, null],
        ['W2', '街道党建群', '望月湖街道', 'QQ', '工作群', '2人', '2026/1/5', '合并', 'W1'],
        ['R1', '荣华社区网格群', '荣华社区', '飞书', '交流群', null, null, null, null],
        ['合计', null, null, null, null, 5],
        ['填表人：张三  审核人：李四'],
      ],
      [{ startRow: 0, startCol: 0, endRow: 0, endCol: 8 }],
    ),
    sheet('成员', [
      ['群编号', '姓名', '手机号', '单位', '职务'],
      ['W1', '张三', '13800000001', '荣华社区', '党委书记'],
      ['W2', '李四', '13800000002', '望月湖街道', null],
      ['W1', '李四', '13800000002', '望月湖街道', null],
      ['W1', '张三', '13800000001', '荣华社区', '党委书记'],
      ['W9', '王五', null, '荣华社区', null],
    ]),
  ]);

  it('same roster, problems and analyses, with cell edits and excluded rows', () => {
    const options = {
      cellEdits: [{ file: '望月湖.xlsx', sheet: '成员', row: 6, column: 0, value: 'W2' }],
      excludedRows: [{ file: '望月湖.xlsx', sheet: '工作群', row: 6 }],
    };
    const grid = asGrid(workbook);
    // The rows form of exactly those cells (a grid cuts trailing empty cells, as file readers do).
    const rowsForm = {
      ...grid,
      sheets: grid.sheets.map((s) => ({ ...s, grid: undefined, rows: sheetRows(s) })),
    };
    const fromRows = importRoster([rowsForm], options);
    const fromGrid = importRoster([grid], options);
    expect(fromGrid).toEqual(fromRows);
    expect(fromRows.problems.map((p) => p.code)).toContain('MEMBER_DUPLICATE');
    expect(fromRows.roster?.memberships).toHaveLength(4);
  });
});
