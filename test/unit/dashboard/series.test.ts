import { describe, expect, it } from 'vitest';
import { dashboardSeries, percentText, unitSeries } from '../../../core/dashboard';
import { computeMetrics } from '../../../core/metrics/compute';
import { CREATED_ID_PREFIX } from '../../../core/plan/model';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { decision, setup } from '../plan/fixtures';

const NEW = CREATED_ID_PREFIX + '综合群';

/**
 * S street (quota 10) with community C (quota 1); D department (在编 10 → quota 3); E a community
 * with no groups. Before: S 2, C 3, D 4 (d4 without a member list, 成员数 9).
 * Plan: s1 ← s2; c1, c2 → NEW (created in C), c3 kept → C after 2 (over by 1); d1 dissolved,
 * d2 reclassified, d3 kept, d4 pending → D after 2.
 */
function example() {
  const ctx = setup(
    [
      ['S', 'street'],
      ['C', 'community', 'S'],
      ['D', 'department', null, 10],
      ['E', 'community', 'S'],
    ],
    [
      { id: 's1', unit: 'S', businessLine: '党建', members: ['p1', 'p2'] },
      { id: 's2', unit: 'S', businessLine: '党建', members: ['p1', 'p3'] },
      { id: 'c1', unit: 'C', businessLine: '网格化', members: ['p1', 'p4'] },
      { id: 'c2', unit: 'C', platform: 'QQ', members: ['p1'] },
      { id: 'c3', unit: 'C', members: ['p1', 'p5'] },
      { id: 'd1', unit: 'D', members: ['p1'] },
      { id: 'd2', unit: 'D', members: ['p6'] },
      { id: 'd3', unit: 'D', members: ['p6', 'p7'] },
      { id: 'd4', unit: 'D', memberCount: 9 },
      { id: 'x', unit: 'S', category: '日常交流群', members: ['p1'] },
    ],
  );
  const p = ctx.plan;
  p.decisions.set('s1', decision('kept'));
  p.decisions.set('s2', decision('merged', 's1'));
  p.decisions.set('c1', decision('merged', NEW));
  p.decisions.set('c2', decision('merged', NEW));
  p.decisions.set('c3', decision('kept'));
  p.decisions.set('d1', decision('dissolved'));
  p.decisions.set('d2', decision('reclassified', null, { category: '便民服务群' }));
  p.decisions.set('d3', decision('kept'));
  p.created.set(NEW, {
    id: NEW,
    name: '综合群',
    unitId: 'C',
    platform: '微信',
    businessLine: '网格化',
    owner: null,
  });
  return ctx;
}

describe('dashboardSeries: big numbers', () => {
  it('are the metrics of the plan, with the most-burdened person before → after', () => {
    const { roster, index, plan } = example();
    const big = dashboardSeries(roster, index, plan, YUELU_POLICY).big;
    expect(big).toEqual({
      before: 9,
      after: 5, // s1, NEW, c3, d3, d4 (pending)
      compression: 4 / 9,
      compressionText: '44.4%',
      kept: 4,
      pending: 1,
      merged: 3,
      dissolved: 1,
      reclassified: 1,
      created: 1,
      membershipsBefore: 2 + 2 + 2 + 1 + 2 + 1 + 1 + 2 + 9,
      // s1 ∪ s2 = p1 p2 p3; NEW = c1 ∪ c2 = p1 p4; c3 = p1 p5; d3 = p6 p7; d4 stated 9.
      membershipsAfter: 3 + 2 + 2 + 2 + 9,
      // p1: s1 s2 c1 c2 c3 d1 = 6 before; after: s1, NEW, c3 = 3.
      mostBurdened: { key: 'p1', name: '姓名p1', unit: 'S', before: 6, after: 3 },
      maxAfter: 3,
      people: 7,
    });
  });

  it('agree with computeMetrics (one definition of the numbers)', () => {
    const { roster, index, plan } = example();
    const m = computeMetrics(roster, plan, YUELU_POLICY, index);
    const big = dashboardSeries(roster, index, plan, YUELU_POLICY).big;
    expect([big.before, big.after, big.compression, big.merged, big.created]).toEqual([
      m.totals.before,
      m.totals.after,
      m.totals.compression,
      m.totals.merged,
      m.totals.created,
    ]);
  });

  it('have no burden figures without member lists', () => {
    const { roster, index, plan } = setup(
      [['D', 'department', null, 10]],
      [{ id: 'd1', unit: 'D', memberCount: 3 }],
    );
    const s = dashboardSeries(roster, index, plan, YUELU_POLICY);
    expect([s.big.mostBurdened, s.big.maxAfter, s.big.people, s.burden]).toEqual([null, null, null, null]);
    expect(s.big.compressionText).toBe('0.0%');
  });

  it.each([
    [0, '0.0%'],
    [0.5902466367713004, '59.0%'],
    [1, '100.0%'],
    [1 / 3, '33.3%'],
  ])('percentText(%f) = %s', (ratio, text) => {
    expect(percentText(ratio)).toBe(text);
  });
});

describe('dashboardSeries: per unit', () => {
  it('puts over-quota units first and leaves out units without groups', () => {
    const { roster, index, plan } = example();
    const { units } = dashboardSeries(roster, index, plan, YUELU_POLICY);
    expect(units.overQuota).toBe(1);
    expect(units.withoutGroups).toBe(1);
    expect(units.units.map((u) => [u.name, u.before, u.after, u.quota, u.excess, u.compliant])).toEqual([
      ['C', 3, 2, 1, 1, false],
      ['S', 2, 1, 10, 0, true],
      ['D', 4, 2, 3, 0, true],
    ]);
    expect(units.units[0]?.parent).toBe('S');
    expect(units.units[2]?.quotaLabel).not.toBeNull();
  });

  it('orders the most over first, roster order among equals', () => {
    const base = { parent: null, quotaLabel: null, quotaAssumed: false, kept: 0, pending: 0 };
    const rest = { merged: 0, dissolved: 0, reclassified: 0, created: 0, nonWork: 0 };
    const u = (id: string, before: number, after: number, quota: number | null) => ({
      ...base,
      ...rest,
      id,
      name: id,
      type: 'community' as const,
      before,
      after,
      quota,
      compliant: quota === null || after <= quota,
    });
    const s = unitSeries([
      u('a', 3, 2, 1),
      u('b', 5, 4, 1),
      u('c', 2, 2, null),
      u('d', 0, 0, 1),
      u('e', 4, 2, 1),
    ]);
    expect(s.units.map((x) => [x.id, x.excess])).toEqual([
      ['b', 3],
      ['a', 1],
      ['e', 1],
      ['c', 0],
    ]);
    expect([s.overQuota, s.withoutGroups]).toEqual([3, 1]);
  });
});

describe('dashboardSeries: categories and platforms', () => {
  it('are computeMetrics’ business lines and platforms, before and after', () => {
    const { roster, index, plan } = example();
    const s = dashboardSeries(roster, index, plan, YUELU_POLICY);
    const m = computeMetrics(roster, plan, YUELU_POLICY, index);
    expect(s.categories).toEqual(m.categories);
    const byName = new Map(s.categories.map((c) => [c.name, [c.before, c.after]]));
    expect(byName.get('党建')).toEqual([2, 1]);
    expect(byName.get('网格化')).toEqual([1, 1]);
    expect(byName.get('未分类')).toEqual([6, 3]);
    expect(s.platforms).toEqual([
      { name: '微信', before: 8, after: 5 },
      { name: 'QQ', before: 1, after: 0 },
    ]);
  });
});
