import { describe, expect, it } from 'vitest';
import { compareRank } from '../../../core/planner';
import { decisionsOf, dissolved, kept, plan, policy, roster } from './build-roster';

describe('rule 1: reclassify by name', () => {
  const r = roster()
    .unit('荣华社区', { type: 'community' })
    .group('G1', { unit: '荣华社区', name: '社区党员学习群' })
    .group('G2', { unit: '荣华社区', name: '党员交流群' })
    .group('G3', { unit: '荣华社区', name: '便民服务群众群' })
    .group('G4', { unit: '荣华社区', name: '网格工作群' })
    .build();

  it('reclassifies with the matched words and their category, and keeps the rest', () => {
    expect(decisionsOf(plan(r))).toEqual({
      G1: {
        state: 'reclassified',
        targetId: null,
        category: '党员交流群',
        rule: 'reclassify',
        reason: '群名“社区党员学习群”含“党员”，属党员交流群，转出工作群管理（规则1）',
      },
      // 交流 comes first in the policy, but the name spells out 党员交流群.
      G2: {
        state: 'reclassified',
        targetId: null,
        category: '党员交流群',
        rule: 'reclassify',
        reason: '群名“党员交流群”含“交流”“党员”，属党员交流群，转出工作群管理（规则1）',
      },
      G3: {
        state: 'reclassified',
        targetId: null,
        category: '便民服务群',
        rule: 'reclassify',
        reason: '群名“便民服务群众群”含“便民”“服务群众”，属便民服务群，转出工作群管理（规则1）',
      },
      G4: kept('within-quota', '单位限额 1 个，精简后 1 个，保留（规则5）'),
    });
  });

  it('does nothing without reclassify words', () => {
    const d = decisionsOf(plan(r, policy({ reclassifyWords: [] })));
    expect(Object.values(d).filter((x) => x.state === 'reclassified')).toEqual([]);
  });

  it('never touches groups the roster already labels non-work', () => {
    const r2 = roster()
      .unit('荣华社区', { type: 'community' })
      .group('N1', { unit: '荣华社区', name: '居民闲聊群', category: '日常交流群' })
      .group('G1', { unit: '荣华社区', name: '网格工作群' })
      .build();
    expect([...plan(r2).plan.decisions.keys()]).toEqual(['G1']);
  });
});

describe('rule 2: ended temporary groups', () => {
  const r = roster()
    .unit('区城管局', { type: 'department', staff: 150 })
    .group('T1', { unit: '区城管局', name: '创文迎检群', temporary: true, endDate: '2026-02-28' })
    .group('T2', { unit: '区城管局', name: '两会保障群', temporary: true, endDate: '2026-03-01' })
    .group('T3', { unit: '区城管局', name: '防汛临时群', temporary: true, row: 7 })
    .build();

  it('dissolves a group whose end date is before the plan date and warns about a missing end date', () => {
    const result = plan(r);
    expect(decisionsOf(result)).toEqual({
      T1: dissolved('temporary', '临时群，结束日期 2026-02-28 早于方案日期 2026-03-01，工作已结束（规则2）'),
      T2: kept('within-quota', '单位限额 10 个，精简后 2 个，保留（规则5）'),
      T3: kept('temporary', '临时群未填结束日期，暂予保留（规则2）'),
    });
    expect(result.problems).toEqual([
      {
        level: 'warning',
        code: 'GROUP_TEMPORARY_NO_END',
        message:
          '文件 roster.xlsx，工作表“工作群”，第 7 行：区城管局的临时群“防汛临时群”（群编号 T3）未填结束日期，暂予保留；请补填结束日期（规则2）',
        file: 'roster.xlsx',
        sheet: '工作群',
        row: 7,
        column: null,
        header: null,
      },
    ]);
  });

  it('is off when the policy says so', () => {
    const result = plan(r, policy({ dissolveEndedTemporary: false }));
    expect([...result.plan.decisions.values()].map((d) => d.state)).toEqual(['kept', 'kept', 'kept']);
    expect(result.problems).toEqual([]);
  });
});

describe('rule 3: dead groups', () => {
  it('dissolves groups inactive for more than the threshold; 90 days exactly is alive; no date is alive', () => {
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('D1', { unit: '区城管局', lastActive: '2025-05-21' })
      .group('D2', { unit: '区城管局', lastActive: '2025-11-30' })
      .group('D3', { unit: '区城管局', lastActive: '2025-12-01' })
      .group('D4', { unit: '区城管局', lastActive: null })
      .build();
    expect(decisionsOf(plan(r))).toEqual({
      D1: dissolved('dead', '最近活跃 2025-05-21，超过 90 天未活跃（规则3）'),
      D2: dissolved('dead', '最近活跃 2025-11-30，超过 90 天未活跃（规则3）'),
      D3: kept('within-quota', '单位限额 10 个，精简后 2 个，保留（规则5）'),
      D4: kept('within-quota', '单位限额 10 个，精简后 2 个，保留（规则5）'),
    });
  });

  it('keeps the most recently active group of a unit that would be left with none (ties by rule 7)', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('B1', { unit: '区档案馆', name: '档案一群', lastActive: '2025-06-01', count: 50 })
      .group('B2', { unit: '区档案馆', name: '档案征集群', lastActive: '2025-08-01', count: 30, row: 4 })
      .group('B3', { unit: '区档案馆', name: '档案利用群', lastActive: '2025-08-01', count: 20 })
      .build();
    const result = plan(r);
    expect(decisionsOf(result)).toEqual({
      B1: dissolved('dead', '最近活跃 2025-06-01，超过 90 天未活跃（规则3）'),
      B2: kept('dead', '最近活跃 2025-08-01，超过 90 天未活跃，但为单位最后一个工作群，保留（规则3）'),
      B3: dissolved('dead', '最近活跃 2025-08-01，超过 90 天未活跃（规则3）'),
    });
    expect(result.problems.map((p) => [p.code, p.level, p.row, p.message])).toEqual([
      [
        'DEAD_GROUP_KEPT_LAST',
        'warning',
        4,
        '文件 roster.xlsx，工作表“工作群”，第 4 行：区档案馆的 3 个工作群均超过 90 天未活跃；保留最近活跃的“档案征集群”（群编号 B2）（最近活跃 2025-08-01），以免单位没有工作群（规则3）',
      ],
    ]);
  });

  it('dissolves a dead group when its unit keeps a live one, and is off with a null threshold', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('B1', { unit: '区档案馆', lastActive: '2025-06-01' })
      .group('B2', { unit: '区档案馆', lastActive: null })
      .build();
    expect(plan(r).plan.decisions.get('B1')?.state).toBe('dissolved');
    expect(plan(r, policy({ inactivityDays: null })).plan.decisions.get('B1')?.state).toBe('kept');
  });
});

describe('rule 7: ties', () => {
  it.each([
    [
      'larger first',
      { id: 'b', size: 20, lastActive: null },
      { id: 'a', size: 10, lastActive: '2026-01-01' },
    ],
    [
      'then more recent activity',
      { id: 'b', size: 10, lastActive: '2026-01-02' },
      { id: 'a', size: 10, lastActive: '2026-01-01' },
    ],
    [
      'then any activity before none',
      { id: 'b', size: 10, lastActive: '2020-01-01' },
      { id: 'a', size: 10, lastActive: null },
    ],
    [
      'then 群编号 ascending',
      { id: 'G01', size: 10, lastActive: null },
      { id: 'G02', size: 10, lastActive: null },
    ],
  ])('%s', (_, first, second) => {
    expect(compareRank(first, second)).toBeLessThan(0);
    expect(compareRank(second, first)).toBeGreaterThan(0);
    expect(compareRank(first, first)).toBe(0);
  });

  it('picks the merge target by rule 7 when sizes are equal', () => {
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('A', { unit: '区城管局', name: '执法1群', count: 10, lastActive: '2026-02-01' })
      .group('B', { unit: '区城管局', name: '执法2群', count: 10, lastActive: '2026-02-10' })
      .group('C', { unit: '区城管局', name: '执法3群', count: 10, lastActive: '2026-02-10' })
      .build();
    const d = decisionsOf(plan(r));
    expect(d['A']?.targetId).toBe('B');
    expect(d['C']?.targetId).toBe('B');
    expect(d['B']?.state).toBe('kept');
  });
});
