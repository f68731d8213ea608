import { expect, test } from 'vitest';
import { importRoster } from '../../../core/import/index';
import type { RawWorkbook } from '../../../core/import/raw';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { Problem } from '../../../core/problems';
import { book, sheet } from './helpers';

/** Messy files that between them raise most of the importer's problem codes. */
function messyFiles(): RawWorkbook[] {
  const a = book('望月湖街道.xlsx', [
    sheet('单位', [
      ['名称', '类型', '上级单位', '在编人数'],
      ['望月湖街道', '街道', null, null],
      ['荣华社区', '社区', '望月湖街道', 'x'],
      ['区财政局', '企业', null, null],
      ['荣华社区', '村', '咸嘉湖街道', null],
    ]),
    sheet('工作群', [
      ['填报日期：2026年3月'],
      [
        '群编号',
        '群名称',
        '所属单位',
        '平台',
        '群类别',
        '成员数',
        '是否临时',
        '结束日期',
        '拟处置',
        '并入',
        '业务分类',
        '群名称',
      ],
      ['W1', '=A1', '望月湖街道', '飞书', '兴趣群', '三十', '也许', '明天', '看情况', null, '文明', '重复'],
      ['W2', '乙群', '不存在的单位', '微信', null, 3, null, null, '合并', null, null, null],
      ['W3', '丙群', '望月湖街道', '微信', null, 3, null, null, '合并', 'W3', null, null],
      ['W4', '丁群', '望月湖街道', '微信', null, 3, null, null, '合并', '不存在', null, null],
      ['W4', '丁群', '望月湖街道', '微信', null, 3, null, null, null, null, null, null],
      ['W5', '戊群', '望月湖街道', '微信', '交流群', 3, null, null, '解散', null, null, null],
      ['W6', '己群', '望月湖街道', '微信', null, 3, null, null, '合并', 'W5', null, null],
      ['W7', '庚群', '望月湖街道', '微信', null, 3, null, null, '合并', 'W8', null, null],
      ['W8', '辛群', '望月湖街道', '微信', null, 3, null, null, '合并', 'W7', null, null],
      [null, '合计', null, null, null, 99],
      ['填表人：张三'],
    ]),
    sheet('成员', [
      ['群编号', '姓名', '手机号', '身份证号', '单位', '职务'],
      ['W1', '张三', '13800000001', null, '荣华社区', '书记'],
      ['W1', '张三', '13800000001', null, '荣华社区', '书记'],
      ['W9', '李四', '13800000002', null, null, null],
      ['W1', null, null, null, null, null],
      ['W1', '王五', null, 430104199001011200, null, null],
      ['W2', '张叁', '13800000001', null, '望月湖街道', null],
    ]),
  ]);
  const b = book('咸嘉湖街道.xlsx', [
    sheet('工作群', [
      ['填报日期：2026-03-01'],
      ['群编号', '群名称', '所属单位', '平台'],
      ['W1', '别的群', '咸嘉湖街道', '微信'],
      ['W5', '戊群', '望月湖街道', '微信'],
    ]),
  ]);
  const c = book('空白.xlsx', [
    sheet('Sheet1', [
      ['一', '二'],
      [1, 2],
    ]),
  ]);
  return [a, b, c];
}

function allProblems(): Problem[] {
  return importRoster(messyFiles(), { policy: YUELU_POLICY }).problems;
}

test('the messy files raise many different problems', () => {
  const distinct = new Set(allProblems().map((p) => p.code));
  expect(distinct.size).toBeGreaterThanOrEqual(25);
});

test('every message is Chinese and names its file, sheet and row', () => {
  for (const p of allProblems()) {
    expect(p.message, p.code).toMatch(/[\u4e00-\u9fff]{4}/);
    if (p.file) expect(p.message, p.code).toContain(p.file);
    if (p.sheet) expect(p.message, p.code).toContain(`工作表“${p.sheet}”`);
    if (p.row !== null) {
      expect(p.row, p.code).toBeGreaterThanOrEqual(1);
      expect(p.message, p.code).toContain(`第 ${p.row} 行`);
    }
    if (p.column !== null) expect(p.column, p.code).toMatch(/^[A-Z]{1,3}$/);
    expect(p.file, p.code).not.toBeNull();
  }
});

test('cell problems carry the header of their column', () => {
  for (const p of allProblems().filter((x) => x.code.startsWith('CELL_') && x.column !== null)) {
    expect(p.header, p.code).toBeTruthy();
  }
});

test('problems come in file, sheet and row order', () => {
  const files = ['望月湖街道.xlsx', '咸嘉湖街道.xlsx', '空白.xlsx'];
  const sheets = ['单位', '工作群', '成员', 'Sheet1'];
  const key = (p: Problem) => [files.indexOf(p.file ?? ''), sheets.indexOf(p.sheet ?? ''), p.row ?? 0];
  const keys = allProblems().map(key);
  const sorted = [...keys].sort(
    (x, y) => (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0),
  );
  expect(keys).toEqual(sorted);
});
