import { describe, expect, it } from 'vitest';
import { decisionsOf, kept, merged, plan, policy, roster } from './build-roster';

const ARCHIVE = '区档案馆（在编 12 人）限 3 个工作群，现有 8 个；';

describe('rule 5: over quota', () => {
  it('packs 8 groups into exactly 3, first-fit decreasing, keeping business lines together', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('G1', { unit: '区档案馆', name: '党建学习', count: 100, businessLine: '党建' })
      .group('G2', { unit: '区档案馆', name: '组织工作', count: 90, businessLine: '党建' })
      .group('G3', { unit: '区档案馆', name: '网格巡查', count: 80, businessLine: '网格化' })
      .group('G4', { unit: '区档案馆', name: '宣传工作', count: 70, businessLine: '党建' })
      .group('G5', { unit: '区档案馆', name: '网格调度', count: 60, businessLine: '网格化' })
      .group('G6', { unit: '区档案馆', name: '综合事务', count: 50 })
      .group('G7', { unit: '区档案馆', name: '办事服务', count: 40, businessLine: '政务服务' })
      .group('G8', { unit: '区档案馆', name: '纪检工作', count: 30, businessLine: '党建' })
      .build();
    // G1 opens; G2 joins G1 (党建); G3 opens a 网格化 group while a slot is free; G4 → G1;
    // G5 → G3; G6 (no line) takes the last slot; G7 (政务服务, no group of its line) → first fit G1;
    // G8 → G1. Sizes: G1 330, G3 140, G6 50.
    const result = plan(r);
    expect(decisionsOf(result)).toEqual({
      G1: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
      G2: merged('G1', 'quota', `${ARCHIVE}并入同为“党建”的“党建学习”（规则5）`),
      G3: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
      G4: merged('G1', 'quota', `${ARCHIVE}并入同为“党建”的“党建学习”（规则5）`),
      G5: merged('G3', 'quota', `${ARCHIVE}并入同为“网格化”的“网格巡查”（规则5）`),
      G6: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
      G7: merged('G1', 'quota', `${ARCHIVE}并入“党建学习”（规则5）`),
      G8: merged('G1', 'quota', `${ARCHIVE}并入同为“党建”的“党建学习”（规则5）`),
    });
    expect(result.problems).toEqual([]);
  });

  it('merges no more than the quota needs', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('G1', { unit: '区档案馆', name: '甲', count: 100, businessLine: '党建' })
      .group('G2', { unit: '区档案馆', name: '乙', count: 90, businessLine: '党建' })
      .group('G3', { unit: '区档案馆', name: '丙', count: 80, businessLine: '党建' })
      .group('G4', { unit: '区档案馆', name: '丁', count: 70, businessLine: '党建' })
      .group('G5', { unit: '区档案馆', name: '戊', count: 60, businessLine: '党建' })
      .build();
    // After G3 joins G1, the two left fit the two free slots, so they stay although G1 could take them.
    const why = '区档案馆（在编 12 人）限 3 个工作群，现有 5 个；并入同为“党建”的“甲”（规则5）';
    expect(decisionsOf(plan(r))).toEqual({
      G1: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
      G2: merged('G1', 'quota', why),
      G3: merged('G1', 'quota', why),
      G4: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
      G5: kept('within-quota', '单位限额 3 个，精简后 3 个，保留（规则5）'),
    });
  });

  it('leaves units within quota alone', () => {
    const r = roster()
      .unit('区档案馆', { type: 'department', staff: 12 })
      .group('G1', { unit: '区档案馆', name: '甲' })
      .group('G2', { unit: '区档案馆', name: '乙' })
      .build();
    expect(decisionsOf(plan(r))).toEqual({
      G1: kept('within-quota', '单位限额 3 个，精简后 2 个，保留（规则5）'),
      G2: kept('within-quota', '单位限额 3 个，精简后 2 个，保留（规则5）'),
    });
  });

  it('moves a QQ group into the preferred 微信 group, even a smaller one', () => {
    const r = roster()
      .unit('荣华社区', { type: 'community' })
      .group('Q', { unit: '荣华社区', name: '社区QQ工作群', platform: 'QQ', count: 100 })
      .group('W', { unit: '荣华社区', name: '社区工作群', count: 50 })
      .build();
    expect(decisionsOf(plan(r))).toEqual({
      Q: merged('W', 'quota', '荣华社区限 1 个工作群，现有 2 个；并入微信群“社区工作群”（规则5）'),
      W: kept('within-quota', '单位限额 1 个，精简后 1 个，保留（规则5）'),
    });
  });

  it('never moves a 微信 group into QQ, and says the 微信 cap blocks', () => {
    const r = roster()
      .unit('荣华社区', { type: 'community', row: 9 })
      .group('Q', { unit: '荣华社区', name: '社区QQ工作群', platform: 'QQ', count: 100 })
      .group('W', { unit: '荣华社区', name: '社区工作群', count: 450 })
      .build();
    const result = plan(r);
    expect(decisionsOf(result)).toEqual({
      Q: kept('within-quota', '单位限额 1 个，精简后仍有 2 个，无法继续合并，保留（规则5）'),
      W: kept('within-quota', '单位限额 1 个，精简后仍有 2 个，无法继续合并，保留（规则5）'),
    });
    expect(result.problems).toEqual([
      {
        level: 'warning',
        code: 'QUOTA_INFEASIBLE',
        message:
          '文件 roster.xlsx，工作表“单位”，第 9 行：荣华社区 限 1 个，合并后仍有 2 个：微信群上限 500 人，无法继续合并',
        file: 'roster.xlsx',
        sheet: '单位',
        row: 9,
        column: null,
        header: null,
      },
    ]);
  });

  it.each([
    ['微信', '钉钉', 'QQ 群无法并入微信以外的平台'],
    [null, 'QQ', '微信群不能并入其他平台的群（规则未设首选平台）'],
  ])('names the platform that blocks (preferred %s)', (preferred, bigger, message) => {
    const r = roster()
      .unit('荣华社区', { type: 'community' })
      .group('A', { unit: '荣华社区', name: '甲', platform: bigger, count: 100 })
      .group('B', { unit: '荣华社区', name: '乙', platform: bigger === 'QQ' ? '微信' : 'QQ', count: 50 })
      .build();
    const result = plan(r, policy({ preferredPlatform: preferred }));
    expect(result.problems.map((p) => p.message)).toEqual([`荣华社区 限 1 个，合并后仍有 2 个：${message}`]);
  });

  it('reports QUOTA_INFEASIBLE when the cap blocks, after packing what it can', () => {
    const b = roster().unit('区城管局', { type: 'department', staff: 35 });
    for (let i = 1; i <= 7; i++)
      b.group(`L${i}`, { unit: '区城管局', name: `大群${'甲乙丙丁戊己庚'[i - 1]}`, count: 300 });
    for (let i = 1; i <= 5; i++)
      b.group(`S${i}`, { unit: '区城管局', name: `小群${'子丑寅卯辰'[i - 1]}`, count: 100 });
    const result = plan(b.build());
    const why = (to: string): string =>
      `区城管局（在编 35 人）限 5 个工作群，现有 12 个；并入“${to}”（规则5）`;
    const still = kept('within-quota', '单位限额 5 个，精简后仍有 7 个，无法继续合并，保留（规则5）');
    // L1–L5 take the five slots; L6 and L7 fit nowhere (600 > 500); the small ones fill L1–L3.
    expect(decisionsOf(result)).toEqual({
      L1: still,
      L2: still,
      L3: still,
      L4: still,
      L5: still,
      L6: still,
      L7: still,
      S1: merged('L1', 'quota', why('大群甲')),
      S2: merged('L1', 'quota', why('大群甲')),
      S3: merged('L2', 'quota', why('大群乙')),
      S4: merged('L2', 'quota', why('大群乙')),
      S5: merged('L3', 'quota', why('大群丙')),
    });
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      ['QUOTA_INFEASIBLE', '区城管局 限 5 个，合并后仍有 7 个：微信群上限 500 人，无法继续合并'],
    ]);
  });

  it('does not merge in units whose type has no quota tier', () => {
    const r = roster()
      .unit('荣华社区', { type: 'community' })
      .group('A', { unit: '荣华社区', name: '甲' })
      .group('B', { unit: '荣华社区', name: '乙' })
      .build();
    const noCommunityTier = policy({ tiers: [{ unitType: 'department', maxStaff: null, quota: 5 }] });
    expect(decisionsOf(plan(r, noCommunityTier))).toEqual({
      A: kept('within-quota', '规则“岳麓区”未设社区的限额，保留（规则5）'),
      B: kept('within-quota', '规则“岳麓区”未设社区的限额，保留（规则5）'),
    });
  });

  it('names the final target when rule 5 merges a group that rule 4 merged into', () => {
    const r = roster()
      .unit('荣华社区', { type: 'community' })
      .group('A', { unit: '荣华社区', name: '网格1群', count: 50 })
      .group('B', { unit: '荣华社区', name: '网格2群', count: 40 })
      .group('C', { unit: '荣华社区', name: '治安群', count: 100 })
      .build();
    expect(decisionsOf(plan(r))).toEqual({
      A: merged('C', 'quota', '荣华社区限 1 个工作群，现有 2 个；并入“治安群”（规则5）'),
      B: merged(
        'C',
        'duplicate',
        '与“网格1群”同名（规范化后“网格群”），并入该群（规则4）；“网格1群”再并入“治安群”（规则5）',
      ),
      C: kept('within-quota', '单位限额 1 个，精简后 1 个，保留（规则5）'),
    });
  });
});
