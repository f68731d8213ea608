/**
 * What the wizard's screens show, shaped by the model: the mapping table (sources, options, the
 * required fields missing), the problem list (errors first, grouped with counts, place apart from
 * the message), the grid helpers and the 完成 form.
 */
import { describe, expect, it } from 'vitest';
import { headerSignature, importRoster } from '../../../core/import/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { problem } from '../../../core/problems';
import {
  columnRows,
  fieldOptions,
  missingRequiredHeaders,
  optionLabel,
} from '../../../renderer/import/model/columns';
import {
  defaultFinishForm,
  finishErrors,
  planDate,
  rosterSummary,
} from '../../../renderer/import/model/finish';
import { columnIndex, gridRows, rowRole } from '../../../renderer/import/model/grid';
import { kindReason } from '../../../renderer/import/model/labels';
import {
  cellOf,
  groupProblems,
  messageWithoutPlace,
  placeText,
  problemItems,
} from '../../../renderer/import/model/problems';
import { importRequest } from '../../../renderer/import/model/request';
import * as W from '../../../renderer/import/model/wizard';
import { testRoster } from '../helpers';
import { sessionOf, streetWorkbook } from './fixtures';

const ref = { file: '银盆岭街道.xlsx', sheet: '工作群统计' };

function groupsSheet(s: W.WizardState): W.SheetState {
  const sh = W.findSheet(s, ref);
  if (!sh) throw new Error('no sheet');
  return sh;
}

describe('the mapping table', () => {
  it('lists every header column with samples, its field and where that came from', () => {
    let s = W.wizardFromSession(sessionOf([streetWorkbook()]));
    s = W.setColumnField(s, ref, 3, 'platform');
    const rows = columnRows(groupsSheet(s));
    expect(rows.map((r) => [r.letter, r.header, r.field?.header ?? null, r.source])).toEqual([
      ['A', '序号', null, null],
      ['B', '单位名称', '所属单位', 'auto'],
      ['C', '群名', '群名称', 'auto'],
      ['D', '使用软件', '平台', 'manual'],
      ['E', '群人数', '成员数', 'auto'],
      ['F', '最后活跃', '最近活跃', 'auto'],
    ]);
    expect(rows[4]?.samples).toEqual(['88人', '35', '40']);
    expect(kindReason(groupsSheet(s))).toBe('按工作表名称识别');
  });

  it('marks a remembered mapping as such', () => {
    const first = W.setColumnField(W.wizardFromSession(sessionOf([streetWorkbook()])), ref, 3, 'platform');
    const saved = [
      {
        signature: headerSignature(groupsSheet(first).analysis.headers),
        kind: 'groups' as const,
        mapping: groupsSheet(first).mapping,
      },
    ];
    const again = W.wizardFromSession(sessionOf([streetWorkbook()], [], saved));
    expect(columnRows(groupsSheet(again)).map((r) => r.source)).toEqual([
      null,
      'saved',
      'saved',
      'saved',
      'saved',
      'saved',
    ]);
    expect(kindReason(groupsSheet(again))).toBe('与上次导入的表头相同，按记住的列对应');
  });

  it('offers each field with the column that has it now', () => {
    const s = W.wizardFromSession(sessionOf([streetWorkbook()]));
    const options = fieldOptions('groups', groupsSheet(s).mapping, 3);
    const name = options.find((o) => o.field.key === 'name');
    const platform = options.find((o) => o.field.key === 'platform');
    expect(name?.usedBy).toBe('C');
    expect(platform?.usedBy).toBeNull();
    expect(name && optionLabel(name)).toBe('群名称（必填） — 现为 C 列，选后改为本列');
    expect(platform && optionLabel(platform)).toBe('平台（必填）');
  });

  it.each([
    ['groups', {}, ['群名称', '所属单位', '平台']],
    ['groups', { name: 0, unit: 1, platform: 2 }, []],
    ['members', { name: 0 }, ['群编号或群名称']],
    ['members', { groupName: 1, name: 0 }, []],
    ['units', {}, ['名称']],
  ] as const)('lists the required %s fields missing from %j', (kind, mapping, missing) => {
    expect(missingRequiredHeaders(kind, { ...mapping })).toEqual(missing);
  });
});

describe('the problem list', () => {
  const at = (
    level: 'error' | 'warning',
    code: 'CELL_BAD_NUMBER' | 'ROW_EXCLUDED' | 'FILE_SKIPPED',
    row: number | null,
  ) =>
    problem(
      level,
      code,
      row === null
        ? '文件 甲.xlsx 已按您的选择跳过，没有导入。'
        : `文件 甲.xlsx，工作表“群”，第 ${row} 行 E 列（群人数）：不是数字。`,
      row === null
        ? { file: '甲.xlsx' }
        : { file: '甲.xlsx', sheet: '群', row, column: 'E', header: '群人数' },
    );

  it('puts errors first, groups by cause with counts, and folds a group', () => {
    const problems = [
      at('warning', 'ROW_EXCLUDED', 7),
      at('error', 'CELL_BAD_NUMBER', 5),
      at('warning', 'FILE_SKIPPED', null),
      at('error', 'CELL_BAD_NUMBER', 9),
    ];
    const groups = groupProblems(problems);
    expect(groups.map((g) => [g.level, g.code, g.problems.length])).toEqual([
      ['error', 'CELL_BAD_NUMBER', 2],
      ['warning', 'ROW_EXCLUDED', 1],
      ['warning', 'FILE_SKIPPED', 1],
    ]);
    expect(groups[0]?.title).toBe('单元格应为数字。');
    expect(problemItems(groups, new Set()).map((i) => i.type)).toEqual([
      'group',
      'problem',
      'problem',
      'group',
      'problem',
      'group',
      'problem',
    ]);
    const folded = problemItems(groups, new Set(['error:CELL_BAD_NUMBER']));
    expect(folded.map((i) => i.type)).toEqual(['group', 'group', 'problem', 'group', 'problem']);
  });

  it('shows the place apart from the message, and finds the cell', () => {
    const p = at('error', 'CELL_BAD_NUMBER', 5);
    expect(placeText(p)).toEqual({ file: '甲.xlsx', sheet: '群', row: '第 5 行', column: 'E 列（群人数）' });
    expect(messageWithoutPlace(p)).toBe('不是数字。');
    expect(cellOf(p)).toEqual({ file: '甲.xlsx', sheet: '群', row: 5, column: 4 });
    const whole = at('warning', 'FILE_SKIPPED', null);
    expect(messageWithoutPlace(whole)).toBe('文件 甲.xlsx 已按您的选择跳过，没有导入。');
    expect(cellOf(whole)).toBeNull();
  });
});

describe('grid helpers', () => {
  it.each([
    ['A', 0],
    ['Z', 25],
    ['AA', 26],
    ['AB', 27],
    ['a', null],
    ['1', null],
    [null, null],
  ])('reads column letter %s as %s', (letter, index) => {
    expect(columnIndex(letter)).toBe(index);
  });

  it('tells title, header and data rows apart', () => {
    expect([1, 2, 3, 4, 5].map((r) => rowRole(r, 3, 2))).toEqual([
      'title',
      'title',
      'header',
      'header',
      'data',
    ]);
    expect(rowRole(1, null)).toBe('data');
  });

  it("lays the clerk's corrections over the cells as read", () => {
    const rows = gridRows(
      [
        ['a', 1, true],
        ['b', null],
      ],
      5,
      [{ file: 'f', sheet: 's', row: 6, column: 1, value: '35' }],
      3,
    );
    expect(rows).toEqual([
      {
        row: 5,
        cells: [
          { text: 'a', edited: false },
          { text: '1', edited: false },
          { text: 'TRUE', edited: false },
        ],
      },
      {
        row: 6,
        cells: [
          { text: 'b', edited: false },
          { text: '35', edited: true },
          { text: '', edited: false },
        ],
      },
    ]);
  });
});

describe('the 完成 form', () => {
  it("defaults the plan date to the roster's 填报日期, else today, and names from the files", () => {
    const roster = testRoster();
    expect(defaultFinishForm(roster, '2026-06-01')).toEqual({
      rosterName: '测试名单',
      planName: '方案一',
      asOf: '2026-03-05',
    });
    expect(
      defaultFinishForm({ ...roster, reportDate: null, files: ['a.xlsx', 'b.csv'] }, '2026-06-01'),
    ).toEqual({
      rosterName: 'a 等 2 个文件',
      planName: '方案一',
      asOf: '2026-06-01',
    });
  });

  it('checks names and the date, accepting the ways clerks write dates', () => {
    expect(finishErrors({ rosterName: ' ', planName: 'x'.repeat(101), asOf: '2026-02-30' })).toEqual({
      rosterName: '请填写名单名称',
      planName: '方案名称不能超过 100 个字',
      asOf: '请填写有效的日期，如 2026-03-05',
    });
    expect(planDate('2026年3月5日')).toBe('2026-03-05');
    expect(planDate('2026/3/5')).toBe('2026-03-05');
  });

  it('sums up what will be imported', () => {
    const s = W.setColumnField(W.wizardFromSession(sessionOf([streetWorkbook()])), ref, 3, 'platform');
    const result = importRoster([streetWorkbook()], importRequest(s, [], YUELU_POLICY));
    if (!result.roster) throw new Error('no roster');
    expect(rosterSummary(result.roster)).toEqual({
      units: 2,
      workGroups: 3,
      nonWorkGroups: 0,
      people: 0,
      memberships: 0,
      reportDate: '2026-03-05',
      files: ['银盆岭街道.xlsx'],
    });
  });
});
