import { describe, expect, it } from 'vitest';
import { CREATED_ID_PREFIX, removalKey } from '../../../core/plan/model';
import { decisionsOf, dissolved, kept, merged, plan, roster } from './build-roster';

const NEW = `${CREATED_ID_PREFIX}综合工作群`;

function clerkRoster() {
  return roster()
    .unit('区城管局', { type: 'department', staff: 150 })
    .unit('区档案馆', { type: 'department', staff: 12 })
    .group('K', { unit: '区城管局', name: '党员先锋群', planned: { kind: 'keep' }, lastActive: '2024-01-01' })
    .group('P', { unit: '区城管局', name: '待议群', planned: { kind: 'pending' } })
    .group('X', {
      unit: '区城管局',
      name: '旧群',
      planned: { kind: 'dissolve' },
      plannedReason: ' 工作已结束 ',
    })
    .group('R', { unit: '区城管局', name: '闲聊群', planned: { kind: 'reclassify', category: '日常交流群' } })
    .group('M', { unit: '区城管局', name: '先锋2群', planned: { kind: 'merge', targetId: 'K' } })
    .group('T', { unit: '区城管局', name: '执法群', planned: { kind: 'merge', targetId: 'U' } })
    .group('U', { unit: '区城管局', name: '党员学习群', lastActive: '2024-01-01' })
    .group('N1', {
      unit: '区城管局',
      name: '网格群',
      platform: 'QQ',
      count: 30,
      businessLine: '网格化',
      owner: '张三',
      planned: { kind: 'mergeNew', newName: '综合工作群' },
    })
    .group('N2', {
      unit: '区档案馆',
      name: '档案群',
      count: 80,
      businessLine: '党建',
      owner: '李四',
      planned: { kind: 'mergeNew', newName: '综合工作群' },
    })
    .group('A', { unit: '区城管局', name: '环卫群', lastActive: '2024-01-01' })
    .build();
}

describe('the clerk plan', () => {
  it('becomes fixed decisions with rule clerk; the auto-plan decides only the rest', () => {
    const result = plan(clerkRoster(), undefined, true);
    expect(decisionsOf(result)).toEqual({
      // 党员 and an old date would trigger rules 1 and 3; the clerk's plan wins.
      K: kept('clerk', '填报方案：保留'),
      P: { state: 'pending', targetId: null, category: null, rule: 'clerk', reason: '填报方案：待定' },
      X: dissolved('clerk', '工作已结束'),
      R: {
        state: 'reclassified',
        targetId: null,
        category: '日常交流群',
        rule: 'clerk',
        reason: '填报方案：转出为日常交流群',
      },
      M: merged('K', 'clerk', '填报方案：并入 党员先锋群（K）'),
      T: merged('U', 'clerk', '填报方案：并入 党员学习群（U）'),
      // A target the clerk left undecided must stay open, so it is kept as part of the clerk's plan.
      U: kept('clerk', '填报方案将“执法群”并入此群，保留（填报方案）'),
      N1: merged(NEW, 'clerk', '填报方案：并入新建群 综合工作群'),
      N2: merged(NEW, 'clerk', '填报方案：并入新建群 综合工作群'),
      A: dissolved('dead', '最近活跃 2024-01-01，超过 90 天未活跃（规则3）'),
    });
    // The new group belongs to the unit of its largest source (N2, 80 members) and takes its fields.
    expect([...result.plan.created.values()]).toEqual([
      {
        id: NEW,
        name: '综合工作群',
        unitId: '区档案馆',
        platform: '微信',
        businessLine: '党建',
        owner: '李四',
      },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('breaks a tie for the new group’s unit by rule 7', () => {
    const r = roster()
      .unit('甲局', { type: 'department', staff: 150 })
      .unit('乙局', { type: 'department', staff: 150 })
      .group('B', {
        unit: '乙局',
        count: 50,
        lastActive: '2026-02-01',
        planned: { kind: 'mergeNew', newName: '联合群' },
      })
      .group('A', {
        unit: '甲局',
        count: 50,
        lastActive: '2026-02-02',
        planned: { kind: 'mergeNew', newName: '联合群' },
      })
      .build();
    expect(plan(r, undefined, true).plan.created.get(`${CREATED_ID_PREFIX}联合群`)?.unitId).toBe('甲局');
  });

  it('is ignored under --auto, with its planned removals', () => {
    const r = clerkRoster();
    r.memberships.push({ groupId: 'A', personKey: 'x', removalPlanned: true });
    const auto = plan(r, undefined, false);
    expect(auto.plan.created.size).toBe(0);
    expect(auto.plan.removals.size).toBe(0);
    expect([...auto.plan.decisions.values()].every((d) => d.rule !== 'clerk')).toBe(true);
    expect(auto.plan.decisions.get('K')?.state).toBe('reclassified');
    expect(plan(r, undefined, true).plan.removals).toEqual(new Set([removalKey('A', 'x')]));
  });

  it('counts the clerk’s open and created groups against the unit quota; the auto-plan does not merge into them', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('K', { unit: '区档案馆', name: '保留群', planned: { kind: 'keep' }, count: 5 })
      .group('A1', { unit: '区档案馆', name: '甲', count: 30 })
      .group('A2', { unit: '区档案馆', name: '乙', count: 20 })
      .group('A3', { unit: '区档案馆', name: '丙', count: 10 })
      .build();
    expect(decisionsOf(plan(r, undefined, true))).toEqual({
      K: kept('clerk', '填报方案：保留'),
      A1: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
      A2: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
      A3: merged('A1', 'quota', '区档案馆（在编 12 人）限 3 个工作群，现有 4 个；并入“甲”（规则5）'),
    });
  });

  it('says so when the clerk’s own groups leave no room', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('K1', { unit: '区档案馆', name: '一', planned: { kind: 'keep' } })
      .group('K2', { unit: '区档案馆', name: '二', planned: { kind: 'pending' } })
      .group('N', { unit: '区档案馆', name: '三', planned: { kind: 'mergeNew', newName: '新群' } })
      .group('A1', { unit: '区档案馆', name: '甲', count: 30 })
      .group('A2', { unit: '区档案馆', name: '乙', count: 20 })
      .build();
    const result = plan(r, undefined, true);
    expect(result.plan.decisions.get('A2')).toEqual(
      merged('A1', 'quota', '区档案馆（在编 12 人）限 3 个工作群，现有 5 个；并入“甲”（规则5）'),
    );
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'QUOTA_INFEASIBLE',
        '区档案馆 限 3 个，合并后仍有 4 个：其中 3 个由填报方案保留或新建，自动方案不并入这些群',
      ],
    ]);
  });

  it('keeps rule 3 from guarding a unit whose clerk plan keeps a group', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('K', { unit: '区档案馆', planned: { kind: 'keep' } })
      .group('D', { unit: '区档案馆', lastActive: '2025-01-01' })
      .build();
    expect(plan(r, undefined, true).plan.decisions.get('D')?.state).toBe('dissolved');
    expect(plan(r, undefined, true).problems).toEqual([]);
  });

  it('reports a merge into a group the clerk closes', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('M', { unit: '区档案馆', name: '甲', planned: { kind: 'merge', targetId: 'X' }, row: 3 })
      .group('X', { unit: '区档案馆', name: '乙', planned: { kind: 'dissolve' } })
      .build();
    expect(plan(r, undefined, true).problems.map((p) => [p.level, p.code, p.row, p.message])).toEqual([
      [
        'error',
        'PLAN_TARGET_CLOSING',
        3,
        '文件 roster.xlsx，工作表“工作群”，第 3 行：群“甲”（群编号 M）填报并入“乙”（群编号 X），但该群填报为“解散”，合并后无处可去，请改填并入的群',
      ],
    ]);
  });
});
