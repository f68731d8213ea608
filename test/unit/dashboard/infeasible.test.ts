import { describe, expect, it } from 'vitest';
import { dashboardSeries, plannerReason } from '../../../core/dashboard';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { problem } from '../../../core/problems';
import { makePlan } from '../../../core/planner';
import { indexRoster } from '../../../core/roster/model';
import { decision, setup } from '../plan/fixtures';
import { AS_OF, roster } from '../planner/build-roster';

describe('units that cannot meet their quota', () => {
  it('take the planner’s reason from its QUOTA_INFEASIBLE warning', () => {
    const b = roster().unit('区城管局', { type: 'department', staff: 35 });
    for (let i = 1; i <= 7; i++) b.group(`L${i}`, { unit: '区城管局', name: `大群${i}`, count: 300 });
    for (let i = 1; i <= 5; i++) b.group(`S${i}`, { unit: '区城管局', name: `小群${i}`, count: 100 });
    const r = b.build();
    const index = indexRoster(r);
    const { plan, problems } = makePlan(r, YUELU_POLICY, { asOf: AS_OF, useClerkPlan: false, index });
    const s = dashboardSeries(r, index, plan, YUELU_POLICY, problems);
    expect(s.infeasible).toEqual([
      {
        id: '区城管局',
        name: '区城管局',
        parent: null,
        quota: 5,
        after: 8,
        excess: 3,
        reason: '微信群上限 500 人，无法继续合并',
        source: 'planner',
      },
    ]);
    expect(s.units.overQuota).toBe(1);
  });

  it('give a reason from the numbers when the planner has none, most over first', () => {
    const {
      roster: r,
      index,
      plan,
    } = setup(
      [
        ['A', 'community'],
        ['B', 'community'],
        ['C', 'community'],
      ],
      [
        { id: 'a1', unit: 'A' },
        { id: 'a2', unit: 'A' },
        { id: 'b1', unit: 'B' },
        { id: 'b2', unit: 'B' },
        { id: 'b3', unit: 'B' },
        { id: 'c1', unit: 'C' },
      ],
    );
    const warnings = [
      problem('warning', 'QUOTA_INFEASIBLE', 'A 限 1 个，合并后仍有 2 个：微信群上限 500 人，无法继续合并'),
      // About C, which is within its quota now: not listed.
      problem('warning', 'QUOTA_INFEASIBLE', 'C 限 1 个，合并后仍有 2 个：不相干'),
      problem('warning', 'DEAD_GROUP_KEPT_LAST', 'A 限 1 个，合并后仍有 2 个：不是这个'),
    ];
    const s = dashboardSeries(r, index, plan, YUELU_POLICY, warnings);
    expect(s.infeasible.map((u) => [u.name, u.after, u.quota, u.excess, u.source, u.reason])).toEqual([
      ['B', 3, 1, 2, 'plan', '按当前方案仍需再减少 2 个群：可在整理看板继续合并，或运行自动规划'],
      ['A', 2, 1, 1, 'planner', '微信群上限 500 人，无法继续合并'],
    ]);
  });

  it('follow the board: a unit brought within its quota leaves the list', () => {
    const {
      roster: r,
      index,
      plan,
    } = setup(
      [['A', 'community']],
      [
        { id: 'a1', unit: 'A' },
        { id: 'a2', unit: 'A' },
      ],
    );
    const warnings = [problem('warning', 'QUOTA_INFEASIBLE', 'A 限 1 个，合并后仍有 2 个：原因')];
    expect(dashboardSeries(r, index, plan, YUELU_POLICY, warnings).infeasible).toHaveLength(1);
    plan.decisions.set('a2', decision('merged', 'a1'));
    expect(dashboardSeries(r, index, plan, YUELU_POLICY, warnings).infeasible).toEqual([]);
  });

  it('match a warning by the unit’s row when the roster has one', () => {
    const {
      roster: r,
      index,
      plan,
    } = setup(
      [
        ['A', 'community'],
        ['AB', 'community'],
      ],
      [
        { id: 'a1', unit: 'A' },
        { id: 'a2', unit: 'A' },
        { id: 'b1', unit: 'AB' },
        { id: 'b2', unit: 'AB' },
      ],
    );
    const unitA = index.unitById.get('A');
    if (unitA) unitA.source = { file: '名单.xlsx', sheet: '单位', row: 3 };
    const place = { file: '名单.xlsx', sheet: '单位', row: 3 };
    const warnings = [
      problem(
        'warning',
        'QUOTA_INFEASIBLE',
        '名单.xlsx 单位 第 3 行：A 限 1 个，合并后仍有 2 个：甲原因',
        place,
      ),
    ];
    const s = dashboardSeries(r, index, plan, YUELU_POLICY, warnings);
    const reasons = new Map(s.infeasible.map((u) => [u.name, u.source]));
    expect(reasons.get('A')).toBe('planner');
    expect(reasons.get('AB')).toBe('plan');
  });

  it.each([
    ['区城管局 限 5 个，合并后仍有 7 个：微信群上限 500 人，无法继续合并', '微信群上限 500 人，无法继续合并'],
    ['某文件：甲 限 1 个，合并后仍有 2 个：一；二', '一；二'],
    ['格式以外的句子', '格式以外的句子'],
  ])('plannerReason(%s)', (message, reason) => {
    expect(plannerReason(message)).toBe(reason);
  });
});
