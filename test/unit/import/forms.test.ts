import { describe, expect, test } from 'vitest';
import { FIELDS_BY_KIND } from '../../../core/import/fields';
import { analyzeWorkbook, importRoster } from '../../../core/import/index';
import type { RawCell } from '../../../core/import/raw';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { book, codes, places, sheet } from './helpers';

const UNITS: RawCell[][] = [
  ['名称', '类型', '上级单位', '在编人数'],
  ['望月湖街道', '街道', null, 60],
  ['荣华社区', '社区', '望月湖街道', 8],
  ['区财政局', '区直部门', null, 45],
];
const GROUPS: RawCell[][] = [
  [
    '群编号',
    '群名称',
    '所属单位',
    '平台',
    '群类别',
    '业务分类',
    '负责人',
    '成员数',
    '是否临时',
    '结束日期',
    '最近活跃',
    '是否要求晒照片',
  ],
  [
    'W1',
    '望月湖街道工作群',
    '望月湖街道',
    '微信',
    '工作群',
    '党建',
    '王五',
    3,
    '否',
    null,
    '2026-02-01',
    '否',
  ],
  ['W2', '荣华社区居民群', '荣华社区', '微信', '便民服务群', null, '赵六', 1, null, null, null, null],
  ['F1', '财政业务群', '区财政局', '钉钉', null, '政务服务', '钱七', 1, '是', '2026-06-30', null, '√'],
];
const MEMBERS: RawCell[][] = [
  ['群编号', '姓名', '手机号', '单位', '职务'],
  ['W1', '张三', '13800000001', '荣华社区', '党委书记'],
  ['W1', '李四', '13800000002', '望月湖街道', '干部'],
  ['W1', '王五', '13800000003', '望月湖街道', '主任'],
  ['W2', '张三', '13800000001', '荣华社区', '党委书记'],
  ['F1', '钱七', '13800000004', '区财政局', '科长'],
];

describe('the 3-sheet workbook', () => {
  const wb = book('岳麓.xlsx', [
    sheet('填表说明', [['1. 本表由各单位填写'], ['2. 平台填写微信、QQ、钉钉或政务微信']]),
    sheet('单位', UNITS),
    sheet('工作群', GROUPS),
    sheet('成员', MEMBERS),
    sheet('Sheet4', []),
  ]);

  test('kinds by sheet name; instructions and empty sheets ignored without a problem', () => {
    const a = analyzeWorkbook(wb);
    expect(a.map((s) => [s.sheet, s.kind, s.kindSource])).toEqual([
      ['填表说明', null, null],
      ['单位', 'units', 'name'],
      ['工作群', 'groups', 'name'],
      ['成员', 'members', 'name'],
      ['Sheet4', null, null],
    ]);
    expect(a[4]?.ignoredReason).toBe('空工作表');
  });

  test('builds units, groups, people and memberships', () => {
    const r = importRoster([wb], { policy: YUELU_POLICY });
    expect(r.problems).toEqual([]);
    const roster = r.roster;
    expect(roster?.units.map((u) => [u.id, u.type, u.typeInferred, u.parentId, u.staff])).toEqual([
      ['望月湖街道', 'street', false, null, 60],
      ['荣华社区', 'community', false, '望月湖街道', 8],
      ['区财政局', 'department', false, null, 45],
    ]);
    expect(roster?.groups.map((g) => [g.id, g.category, g.temporary, g.endDate, g.photoRequired])).toEqual([
      ['W1', '工作群', false, null, false],
      ['W2', '便民服务群', false, null, false],
      ['F1', '工作群', true, '2026-06-30', true],
    ]);
    expect(roster?.groups[0]).toMatchObject({
      businessLine: '党建',
      owner: '王五',
      memberCount: 3,
      lastActive: '2026-02-01',
    });
    expect(roster?.people.map((p) => [p.key, p.isCommunityHead])).toEqual([
      ['tel:13800000001', true],
      ['tel:13800000002', false],
      ['tel:13800000003', false],
      ['tel:13800000004', false],
    ]);
    expect(roster?.memberships).toHaveLength(5);
    expect(roster?.files).toEqual(['岳麓.xlsx']);
  });

  test('the kind follows the header when sheet names say nothing', () => {
    const named = book('x.xlsx', [sheet('表1', UNITS), sheet('表2', GROUPS), sheet('表3', MEMBERS)]);
    expect(analyzeWorkbook(named).map((s) => [s.kind, s.kindSource])).toEqual([
      ['units', 'header'],
      ['groups', 'header'],
      ['members', 'header'],
    ]);
    expect(importRoster([named]).roster?.groups).toHaveLength(3);
  });

  test('a group whose unit is not on the 单位 sheet is UNIT_UNKNOWN', () => {
    const g = [
      ...GROUPS,
      ['X1', '教育局群', '区教育局', '微信', null, null, null, 3, null, null, null, null],
    ];
    const r = importRoster([book('a.xlsx', [sheet('单位', UNITS), sheet('工作群', g)])]);
    expect(places(r.problems, 'UNIT_UNKNOWN')).toEqual([['UNIT_UNKNOWN', 5, 'C']]);
    expect(r.roster).toBeNull();
  });

  test('a bad 类型 is CELL_BAD_UNIT_TYPE; a blank one is inferred with a warning', () => {
    const u = [...UNITS, ['区教育局', '企业', null, 30], ['桃花村', null, '莲花镇', null]];
    const r = importRoster([book('a.xlsx', [sheet('单位', u), sheet('工作群', GROUPS)])]);
    expect(places(r.problems, 'CELL_BAD_UNIT_TYPE', 'UNIT_TYPE_INFERRED', 'UNIT_UNKNOWN_PARENT')).toEqual([
      ['CELL_BAD_UNIT_TYPE', 5, 'B'],
      ['UNIT_TYPE_INFERRED', 5, 'A'],
      ['UNIT_UNKNOWN_PARENT', 6, 'C'],
      ['UNIT_TYPE_INFERRED', 6, 'A'],
      ['UNIT_TYPE_INFERRED', 6, 'C'],
    ]);
  });
});

describe('the single groups sheet', () => {
  const rows: RawCell[][] = [
    ['岳麓区工作群统计表'],
    ['序号', '所属单位', '群名称', '平台', '成员数'],
    [1, '望月湖街道', '街道工作群', '微信', 40],
    [2, '望月湖街道荣华社区', '荣华社区工作群', 'QQ', 20],
    [3, '区农业农村局', '农业工作群', '微信', 15],
    [4, '区农业农村局', '农业工作2群', '微信', 15],
    [5, '望月湖街道党工委', '党工委工作群', '微信', 15],
  ];

  test('units are derived and their types inferred, one warning per unit', () => {
    const r = importRoster(
      [book('单表.xlsx', [sheet('Sheet1', rows, [{ startRow: 0, startCol: 0, endRow: 0, endCol: 4 }])])],
      {
        policy: YUELU_POLICY,
      },
    );
    expect(r.roster?.units.map((u) => [u.id, u.type, u.typeInferred, u.parentId])).toEqual([
      ['望月湖街道', 'street', true, null],
      ['望月湖街道荣华社区', 'community', true, null],
      ['区农业农村局', 'department', true, null],
      ['望月湖街道党工委', 'street', true, null],
    ]);
    expect(places(r.problems)).toEqual([
      ['UNIT_TYPE_INFERRED', 3, 'B'],
      ['UNIT_TYPE_INFERRED', 4, 'B'],
      ['UNIT_TYPE_INFERRED', 5, 'B'],
      ['UNIT_STAFF_MISSING', 5, 'B'],
      ['UNIT_TYPE_INFERRED', 7, 'B'],
    ]);
    const staff = r.problems.find((p) => p.code === 'UNIT_STAFF_MISSING');
    expect(staff?.message).toContain('区直部门（在编 ≤20 人）限 3 个');
    expect(r.roster?.groups.map((g) => g.id)).toContain('区农业农村局|微信|农业工作2群');
  });

  test('unit facts on the groups sheet (the exported roster) are used and must agree', () => {
    const header = FIELDS_BY_KIND.groups.map((f) => f.header);
    const col = (key: string) =>
      header.indexOf(FIELDS_BY_KIND.groups.find((f) => f.key === key)?.header ?? '');
    const row = (
      name: string,
      unit: string,
      type: string | null,
      parent: string | null,
      staff: number | null,
    ) => {
      const r: RawCell[] = header.map(() => null);
      r[col('name')] = name;
      r[col('unit')] = unit;
      r[col('platform')] = '微信';
      r[col('unitType')] = type;
      r[col('unitParent')] = parent;
      r[col('unitStaff')] = staff;
      return r;
    };
    const ok = importRoster([
      book('报告.xlsx', [
        sheet('工作群', [
          header,
          row('甲群', '荣华社区', '社区', '望月湖街道', null),
          row('乙群', '望月湖街道', '街道', null, 50),
          row('丙群', '区财政局', '区直部门', null, 45),
          row('丁群', '区财政局', null, null, null),
        ]),
      ]),
    ]);
    expect(ok.problems).toEqual([]);
    expect(ok.roster?.units.map((u) => [u.id, u.type, u.typeInferred, u.parentId, u.staff])).toEqual([
      ['荣华社区', 'community', false, '望月湖街道', null],
      ['望月湖街道', 'street', false, null, 50],
      ['区财政局', 'department', false, null, 45],
    ]);
    const bad = importRoster([
      book('报告.xlsx', [
        sheet('工作群', [
          header,
          row('甲群', '区财政局', '区直部门', null, 45),
          row('乙群', '区财政局', '区直部门', null, 46),
        ]),
      ]),
    ]);
    expect(places(bad.problems)).toEqual([['UNIT_CONFLICT', 3, 'S']]);
    expect(bad.problems[0]?.message).toContain('第 2 行');
  });

  test('an unknown parent is created with a warning; a parent cycle is an error', () => {
    const header = ['群名称', '所属单位', '平台', '上级单位', '单位类型'];
    const r = importRoster([
      book('a.xlsx', [sheet('工作群', [header, ['甲群', '荣华社区', '微信', '望月湖街道', '社区']])]),
    ]);
    expect(places(r.problems)).toEqual([
      ['UNIT_UNKNOWN_PARENT', 2, 'D'],
      ['UNIT_TYPE_INFERRED', 2, 'D'],
    ]);
    expect(r.roster?.units.map((u) => [u.id, u.type, u.parentId])).toEqual([
      ['荣华社区', 'community', '望月湖街道'],
      ['望月湖街道', 'street', null],
    ]);
    const cyc = importRoster([
      book('a.xlsx', [
        sheet('工作群', [
          header,
          ['甲群', 'A社区', '微信', 'B街道', '社区'],
          ['乙群', 'B街道', '微信', 'A社区', '街道'],
        ]),
      ]),
    ]);
    expect(codes(cyc.problems)).toEqual(['UNIT_PARENT_CYCLE']);
  });
});

describe('sheets that are not rosters', () => {
  test('a workbook with no groups sheet at all is SHEET_NO_GROUPS', () => {
    const r = importRoster([book('空.xlsx', [sheet('说明', [['本表无数据']]), sheet('Sheet2', [])])]);
    expect(places(r.problems)).toEqual([['SHEET_NO_GROUPS', null, null]]);
    expect(r.problems[0]?.file).toBe('空.xlsx');
  });

  test('a data sheet with no recognisable header where groups were expected is SHEET_NO_HEADER', () => {
    const r = importRoster([
      book('乱.xlsx', [
        sheet('Sheet1', [
          ['甲', '乙', '丙'],
          [1, 2, 3],
        ]),
      ]),
    ]);
    expect(codes(r.problems)).toEqual(['SHEET_NO_HEADER']);
    expect(r.problems[0]?.sheet).toBe('Sheet1');
  });

  test('a 单位-only file is fine beside a groups file (roll-up)', () => {
    const r = importRoster([
      book('单位.xlsx', [sheet('单位', UNITS)]),
      book('群.xlsx', [sheet('工作群', GROUPS)]),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.roster?.units.find((u) => u.id === '区财政局')?.staff).toBe(45);
  });

  test('report sheets beside the named roster sheets are ignored', () => {
    const wb = book('报告.xlsx', [
      sheet('汇总', [
        ['项目', '数量'],
        ['精简前', 3],
      ]),
      sheet('处置清单', [
        ['群编号', '群名称', '所属单位', '平台', '处置'],
        ['W1', '望月湖街道工作群', '望月湖街道', '微信', '保留'],
      ]),
      sheet('保留群台账', [
        ['群编号', '群名称', '所属单位', '平台'],
        ['W1', '望月湖街道工作群', '望月湖街道', '微信'],
      ]),
      sheet('单位', UNITS),
      sheet('工作群', GROUPS),
    ]);
    const a = analyzeWorkbook(wb);
    expect(a.map((s) => s.kind)).toEqual([null, null, null, 'units', 'groups']);
    expect(a[1]?.ignoredReason).toContain('工作群');
    const r = importRoster([wb]);
    expect(r.problems).toEqual([]);
    expect(r.roster?.groups).toHaveLength(3);
  });

  test('a hidden lists sheet is ignored', () => {
    const lists = {
      ...sheet('lists', [
        ['平台', '群类别'],
        ['微信', '工作群'],
        ['QQ', '日常交流群'],
      ]),
      hidden: true,
    };
    const r = importRoster([book('模板.xlsx', [sheet('单位', UNITS), sheet('工作群', GROUPS), lists])]);
    expect(r.problems).toEqual([]);
    expect(r.analyses[0]?.sheets[2]?.ignoredReason).toBe('隐藏的工作表');
  });
});
