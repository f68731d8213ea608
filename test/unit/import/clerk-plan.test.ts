import { describe, expect, test } from 'vitest';
import { importRoster } from '../../../core/import/index';
import type { RawCell } from '../../../core/import/raw';
import type { PlannedAction } from '../../../core/roster/model';
import { book, places, sheet } from './helpers';

const HEADER: RawCell[] = [
  '群编号',
  '群名称',
  '所属单位',
  '平台',
  '群类别',
  '拟处置',
  '并入',
  '转出类别',
  '处置理由',
];
//                            A        B         C          D       E         F         G       H           I

type Row = [
  code: string | null,
  name: string,
  action: string | null,
  target: string | null,
  extra?: Partial<{ category: string; reclassify: string; reason: string; unit: string }>,
];

function run(rows: Row[]) {
  const data: RawCell[][] = rows.map(([code, name, action, target, x = {}]) => [
    code,
    name,
    x.unit ?? '望月湖街道',
    '微信',
    x.category ?? null,
    action,
    target,
    x.reclassify ?? null,
    x.reason ?? null,
  ]);
  return importRoster([book('方案.xlsx', [sheet('工作群', [HEADER, ...data])])]);
}

const planOf = (r: ReturnType<typeof run>, id: string): PlannedAction | null | undefined =>
  r.roster?.groups.find((g) => g.id === id)?.planned;

describe('resolved plans', () => {
  test.each<[string, Row[], string, PlannedAction | null]>([
    ['blank', [['A', '甲群', null, null]], 'A', null],
    ['保留', [['A', '甲群', '保留', null]], 'A', { kind: 'keep' }],
    ['待定', [['A', '甲群', '待定', null]], 'A', { kind: 'pending' }],
    ['解散', [['A', '甲群', '解散', null]], 'A', { kind: 'dissolve' }],
    ['转出 without a category', [['A', '甲群', '转出', null]], 'A', { kind: 'reclassify', category: null }],
    [
      '转出 with 转出类别',
      [['A', '甲群', '转出', null, { reclassify: '党员群' }]],
      'A',
      { kind: 'reclassify', category: '党员交流群' },
    ],
    [
      'merge by code',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', null, null],
      ],
      'A',
      { kind: 'merge', targetId: 'B' },
    ],
    [
      'merge by unique name',
      [
        ['A', '甲群', '合并', '乙群'],
        ['B', '乙群', null, null],
      ],
      'A',
      { kind: 'merge', targetId: 'B' },
    ],
    [
      'merge by 名称（群编号）',
      [
        ['A', '甲群', '合并', '乙群（B）'],
        ['B', '乙群', null, null],
      ],
      'A',
      { kind: 'merge', targetId: 'B' },
    ],
    [
      'merge by derived id',
      [
        [null, '甲群', '合并', '望月湖街道|微信|乙群'],
        [null, '乙群', null, null],
      ],
      '望月湖街道|微信|甲群',
      { kind: 'merge', targetId: '望月湖街道|微信|乙群' },
    ],
    ['新建', [['A', '甲群', '合并', '新建:综合工作群']], 'A', { kind: 'mergeNew', newName: '综合工作群' }],
    [
      '新建 with a full-width colon',
      [['A', '甲群', '合并', '新建： 综合工作群']],
      'A',
      { kind: 'mergeNew', newName: '综合工作群' },
    ],
    [
      'a chain resolves to the final target',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', '合并', 'C'],
        ['C', '丙群', '保留', null],
      ],
      'A',
      { kind: 'merge', targetId: 'C' },
    ],
    [
      'a chain into a new group',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', '合并', '新建:综合群'],
      ],
      'A',
      { kind: 'mergeNew', newName: '综合群' },
    ],
    [
      'merge into a 待定 group',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', '待定', null],
      ],
      'A',
      { kind: 'merge', targetId: 'B' },
    ],
  ])('%s', (_name, rows, id, want) => {
    const r = run(rows);
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(planOf(r, id)).toEqual(want);
  });

  test('处置理由 is kept', () => {
    const r = run([['A', '甲群', '解散', null, { reason: '工作已结束' }]]);
    expect(r.roster?.groups[0]?.plannedReason).toBe('工作已结束');
  });

  test('并入 without 拟处置 is a merge, with a warning', () => {
    const r = run([
      ['A', '甲群', null, 'B'],
      ['B', '乙群', null, null],
    ]);
    expect(places(r.problems, 'PLAN_TARGET_WITHOUT_MERGE')).toEqual([['PLAN_TARGET_WITHOUT_MERGE', 2, 'G']]);
    expect(planOf(r, 'A')).toEqual({ kind: 'merge', targetId: 'B' });
  });

  test('a plan on a non-work group is ignored with a warning', () => {
    const r = run([
      ['A', '闲聊群', '解散', null, { category: '闲聊群' }],
      ['B', '党员群', '保留', null, { category: '党员群' }],
    ]);
    expect(places(r.problems, 'PLAN_IGNORED_NON_WORK')).toEqual([['PLAN_IGNORED_NON_WORK', 2, 'F']]);
    expect(planOf(r, 'A')).toBeNull();
    expect(planOf(r, 'B')).toBeNull();
  });

  test('a new group named like an existing group is a warning', () => {
    const r = run([
      ['A', '甲群', '合并', '新建:乙群'],
      ['B', '乙群', null, null],
    ]);
    expect(places(r.problems, 'PLAN_NEW_GROUP_CONFLICT')).toEqual([['PLAN_NEW_GROUP_CONFLICT', 2, 'G']]);
  });
});

describe('plan errors', () => {
  test.each<[string, Row[], Array<[string, number, string]>]>([
    ['合并 without 并入', [['A', '甲群', '合并', null]], [['PLAN_TARGET_MISSING', 2, 'G']]],
    ['新建 without a name', [['A', '甲群', '合并', '新建:']], [['PLAN_TARGET_MISSING', 2, 'G']]],
    ['unknown target', [['A', '甲群', '合并', 'Z']], [['PLAN_TARGET_UNKNOWN', 2, 'G']]],
    [
      'ambiguous name',
      [
        ['A', '甲群', '合并', '乙群'],
        ['B', '乙群', null, null],
        ['C', '乙群', null, null, { unit: '荣华社区' }],
      ],
      [['PLAN_TARGET_AMBIGUOUS', 2, 'G']],
    ],
    ['itself', [['A', '甲群', '合并', 'A']], [['PLAN_TARGET_SELF', 2, 'G']]],
    [
      'a cycle',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', '合并', 'C'],
        ['C', '丙群', '合并', 'A'],
      ],
      [['PLAN_TARGET_CYCLE', 2, 'G']],
    ],
    [
      'a non-work target',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', null, null, { category: '交流群' }],
      ],
      [['PLAN_TARGET_NOT_WORK', 2, 'G']],
    ],
    [
      'a dissolving target',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', '解散', null],
      ],
      [['PLAN_TARGET_CLOSING', 2, 'G']],
    ],
    [
      'a chain ending in a group moved out',
      [
        ['A', '甲群', '合并', 'B'],
        ['B', '乙群', '合并', 'C'],
        ['C', '丙群', '转出', null],
      ],
      [
        ['PLAN_TARGET_CLOSING', 2, 'G'],
        ['PLAN_TARGET_CLOSING', 3, 'G'],
      ],
    ],
    [
      '保留 with 并入',
      [
        ['A', '甲群', '保留', 'B'],
        ['B', '乙群', null, null],
      ],
      [['PLAN_ACTION_CONFLICT', 2, 'G']],
    ],
    [
      '转出类别 without 转出',
      [['A', '甲群', '解散', null, { reclassify: '交流群' }]],
      [['PLAN_ACTION_CONFLICT', 2, 'H']],
    ],
    ['unknown 拟处置', [['A', '甲群', '看情况', null]], [['CELL_BAD_ACTION', 2, 'F']]],
    [
      'a work category as 转出类别',
      [['A', '甲群', '转出', null, { reclassify: '工作群' }]],
      [['CELL_BAD_CATEGORY', 2, 'H']],
    ],
  ])('%s', (_name, rows, want) => {
    const r = run(rows);
    expect(r.roster).toBeNull();
    expect(places(r.problems.filter((p) => p.level === 'error'))).toEqual(want);
  });

  test('the ambiguous-name error lists the candidates’ places', () => {
    const r = run([
      ['A', '甲群', '合并', '乙群'],
      ['B', '乙群', null, null],
      ['C', '乙群', null, null, { unit: '荣华社区' }],
    ]);
    const m = r.problems.find((p) => p.code === 'PLAN_TARGET_AMBIGUOUS')?.message ?? '';
    expect(m).toContain('第 3 行');
    expect(m).toContain('第 4 行');
  });
});
