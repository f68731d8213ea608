import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePlans, sortGroupDifferences, treatmentText } from '../../../core/compare/index';
import type { GroupDifference, GroupTreatment, TotalKey } from '../../../core/compare/index';
import { computeMetrics } from '../../../core/metrics/compute';
import { clonePlan, CREATED_ID_PREFIX, type Plan } from '../../../core/plan/model';
import type { Policy } from '../../../core/policy/schema';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { indexRoster } from '../../../core/roster/model';
import { decision, emptyPlan, makeRoster } from '../plan/fixtures';

const NEW = CREATED_ID_PREFIX + '社区工作群';

/**
 * S street (quota 10): a, b, c; C1 community of S (quota 1): d, d2; D department (在编 30 → quota 5): e;
 * x is a 日常交流群 (never compared).
 *   Plan A: d2 → d; everything else kept.                         after 5 = a b c d e
 *   Plan B: a → b; c dissolved; d, d2 → new 社区工作群 (C1); e 转出.   after 2 = b + 社区工作群
 */
function example() {
  const roster = makeRoster(
    [
      ['S', 'street'],
      ['C1', 'community', 'S'],
      ['D', 'department', null, 30],
    ],
    [
      { id: 'a', unit: 'S', members: ['p1', 'p2', 'p3'] },
      { id: 'b', unit: 'S', members: ['p2', 'p4'] },
      { id: 'c', unit: 'S', members: ['p5'] },
      { id: 'd', unit: 'C1', members: ['p1', 'p6'] },
      { id: 'd2', unit: 'C1', members: ['p1'] },
      { id: 'e', unit: 'D', members: ['p6', 'p7'] },
      { id: 'x', unit: 'S', category: '日常交流群', members: ['p1'] },
    ],
  );
  const a = emptyPlan(roster);
  for (const id of ['a', 'b', 'c', 'd', 'e']) a.decisions.set(id, decision('kept'));
  a.decisions.set('d2', decision('merged', 'd'));
  const b = emptyPlan(roster);
  b.decisions.set('a', decision('merged', 'b', { rule: 'quota' }));
  b.decisions.set('b', decision('kept'));
  b.decisions.set('c', decision('dissolved', null, { rule: 'dead', reason: '超过 90 天未活跃' }));
  b.decisions.set('d', decision('merged', NEW));
  b.decisions.set('d2', decision('merged', NEW));
  b.decisions.set('e', decision('reclassified', null, { category: '日常交流群' }));
  b.created.set(NEW, {
    id: NEW,
    name: '社区工作群',
    unitId: 'C1',
    platform: '微信',
    businessLine: null,
    owner: null,
  });
  return { roster, a, b };
}

const valuesOf = (rows: ReturnType<typeof comparePlans>['totals']) =>
  Object.fromEntries(rows.map((r) => [r.key, [r.a, r.b]])) as Record<TotalKey, [number, number]>;

describe('comparePlans', () => {
  it('puts the totals of both plans side by side, as computeMetrics defines them', () => {
    const { roster, a, b } = example();
    const c = comparePlans(roster, { plan: a, policy: YUELU_POLICY }, { plan: b, policy: YUELU_POLICY });
    expect(valuesOf(c.totals)).toEqual({
      before: [6, 6],
      after: [5, 2],
      compression: [1 / 6, 4 / 6],
      kept: [5, 1],
      created: [0, 1],
      merged: [1, 3],
      dissolved: [0, 1],
      reclassified: [0, 1],
      pending: [0, 0],
      membershipsBefore: [11, 11],
      // A: a 3 + b 2 + c 1 + (d ∪ d2) 2 + e 2; B: (b ∪ a) 4 + (d ∪ d2) 2.
      membershipsAfter: [10, 6],
      unitsOverQuota: [0, 0],
    });
    expect(c.totals.map((r) => r.label)).toContain('精简后合计');
    expect(c.totals.find((r) => r.key === 'compression')?.kind).toBe('ratio');
    expect(c.totals.filter((r) => r.differs).map((r) => r.key)).not.toContain('before');
    const ma = computeMetrics(roster, a, YUELU_POLICY);
    expect(c.totals.find((r) => r.key === 'after')?.a).toBe(ma.totals.after);
  });

  it('compares each unit against its quota, marking the ones that differ', () => {
    const { roster, a, b } = example();
    const c = comparePlans(roster, { plan: a, policy: YUELU_POLICY }, { plan: b, policy: YUELU_POLICY });
    expect(c.units.map((u) => [u.id, u.before, u.a.after, u.b.after, u.a.quota, u.differs])).toEqual([
      ['S', 3, 3, 1, 10, true],
      // The created group belongs to C1: one open group either way.
      ['C1', 2, 1, 1, 1, false],
      ['D', 1, 1, 0, 5, true],
    ]);
    expect(c.units[1]?.parent).toBe('S');
    expect(c.unitsDiffering).toBe(2);
  });

  it('lists the groups treated differently, by unit, with both treatments', () => {
    const { roster, a, b } = example();
    const c = comparePlans(roster, { plan: a, policy: YUELU_POLICY }, { plan: b, policy: YUELU_POLICY });
    expect(c.groups.map((g) => [g.groupId, treatmentText(g.a), treatmentText(g.b)])).toEqual([
      ['a', '保留', '合并 → b群'],
      ['c', '保留', '解散'],
      ['d', '保留', '合并 → 新建：社区工作群'],
      ['d2', '合并 → d群', '合并 → 新建：社区工作群'],
      ['e', '保留', '转出（日常交流群）'],
    ]);
    const c2 = c.groups[1];
    expect(c2).toMatchObject({ unitName: 'S', platform: '微信', code: 'c', name: 'c群' });
    expect(c2?.b).toMatchObject({ rule: 'dead', reason: '超过 90 天未活跃', targetId: null });
    expect(c.groups[2]?.b).toMatchObject({ targetId: NEW, targetCreated: true });
  });

  it('judges each plan by its own policy', () => {
    const { roster, a } = example();
    const b = clonePlan(a);
    b.decisions.set('d2', decision('kept')); // C1 now has 2 groups
    const strict: Policy = {
      ...YUELU_POLICY,
      name: '严格',
      tiers: YUELU_POLICY.tiers.map((t) => (t.unitType === 'street' ? { ...t, quota: 2 } : t)),
    };
    const c = comparePlans(roster, { plan: a, policy: strict }, { plan: b, policy: YUELU_POLICY });
    const s = c.units.find((u) => u.id === 'S');
    expect([s?.a, s?.b]).toEqual([
      { after: 3, quota: 2, compliant: false },
      { after: 3, quota: 10, compliant: true },
    ]);
    expect(s?.differs).toBe(true);
    expect(valuesOf(c.totals).unitsOverQuota).toEqual([1, 1]);
    expect(c.groups.map((g) => g.groupId)).toEqual(['d2']);
  });

  it('treats a missing decision as 待定, and a different rule or reason as the same treatment', () => {
    const { roster, a } = example();
    const b = clonePlan(a);
    b.decisions.set('a', decision('kept', null, { rule: 'board', reason: '人工调整' }));
    b.decisions.delete('b');
    const c = comparePlans(roster, { plan: a, policy: YUELU_POLICY }, { plan: b, policy: YUELU_POLICY });
    expect(c.groups.map((g) => [g.groupId, g.a.state, g.b.state])).toEqual([['b', 'kept', 'pending']]);
    expect(valuesOf(c.totals).pending).toEqual([0, 1]);
  });

  it('tells 转出 categories apart and names a target that does not exist by its id', () => {
    const { roster, a } = example();
    a.decisions.set('e', decision('reclassified', null, { category: '党员交流群' }));
    const b = clonePlan(a);
    b.decisions.set('e', decision('reclassified', null, { category: '便民服务群' }));
    b.decisions.set('c', decision('merged', 'gone'));
    const c = comparePlans(roster, { plan: a, policy: YUELU_POLICY }, { plan: b, policy: YUELU_POLICY });
    expect(c.groups.map((g) => treatmentText(g.b))).toEqual(['合并 → gone', '转出（便民服务群）']);
  });

  it('orders a roll-up whose groups interleave units by the roster order of units', () => {
    const roster = makeRoster(
      [
        ['U1', 'street'],
        ['U2', 'street'],
      ],
      [
        { id: 'g1', unit: 'U2' },
        { id: 'g2', unit: 'U1' },
        { id: 'g3', unit: 'U2' },
        { id: 'g4', unit: 'U1' },
      ],
    );
    const a = emptyPlan(roster);
    const b = emptyPlan(roster);
    for (const id of ['g1', 'g2', 'g3', 'g4']) b.decisions.set(id, decision('dissolved'));
    const c = comparePlans(roster, { plan: a, policy: YUELU_POLICY }, { plan: b, policy: YUELU_POLICY });
    expect(c.groups.map((g) => g.groupId)).toEqual(['g2', 'g4', 'g1', 'g3']);
  });
});

describe('comparePlans, properties', () => {
  const ids = ['a', 'b', 'c', 'd', 'd2', 'e'];
  const arbDecision = fc.oneof(
    fc.constantFrom('pending', 'kept', 'dissolved').map((s) => decision(s)),
    fc.constantFrom(...ids).map((t) => decision('merged', t)),
    fc
      .constantFrom('日常交流群' as const, '党员交流群' as const)
      .map((cat) => decision('reclassified', null, { category: cat })),
  );
  const arbPlan = fc.array(arbDecision, { minLength: ids.length, maxLength: ids.length });
  const planOf = (base: Plan, ds: ReturnType<typeof decision>[]): Plan => {
    const p = clonePlan(base);
    ds.forEach((d, i) => p.decisions.set(ids[i] ?? '', d));
    return p;
  };

  it('finds nothing between a plan and its copy, and is symmetric', () => {
    const { roster } = example();
    const index = indexRoster(roster);
    const base = emptyPlan(roster);
    fc.assert(
      fc.property(arbPlan, arbPlan, (x, y) => {
        const a = planOf(base, x);
        const b = planOf(base, y);
        const same = comparePlans(
          roster,
          { plan: a, policy: YUELU_POLICY },
          { plan: clonePlan(a), policy: YUELU_POLICY },
          index,
        );
        expect(same.groups).toEqual([]);
        expect(same.unitsDiffering).toBe(0);
        expect(same.totals.some((r) => r.differs)).toBe(false);

        const ab = comparePlans(
          roster,
          { plan: a, policy: YUELU_POLICY },
          { plan: b, policy: YUELU_POLICY },
          index,
        );
        const ba = comparePlans(
          roster,
          { plan: b, policy: YUELU_POLICY },
          { plan: a, policy: YUELU_POLICY },
          index,
        );
        expect(ba.groups).toEqual(ab.groups.map((g) => ({ ...g, a: g.b, b: g.a })));
        // Listed exactly when the end state or (for a merge) the target differs.
        const expected = ids.filter((id, i) => {
          const da = x[i];
          const db = y[i];
          return (
            da?.state !== db?.state ||
            (da?.state === 'merged' && da.targetId !== db?.targetId) ||
            (da?.state === 'reclassified' && da.category !== db?.category)
          );
        });
        expect(ab.groups.map((g) => g.groupId)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sortGroupDifferences', () => {
  const t = (state: GroupTreatment['state'], targetName: string | null = null): GroupTreatment => ({
    state,
    targetId: targetName,
    targetName,
    targetCreated: false,
    category: null,
    rule: null,
    reason: '',
  });
  const row = (
    groupId: string,
    name: string,
    unitOrder: number,
    groupOrder: number,
    a: GroupTreatment,
    b: GroupTreatment,
    platform = '微信',
  ): GroupDifference => ({
    groupId,
    code: null,
    name,
    unitId: `u${unitOrder}`,
    unitName: `单位${unitOrder}`,
    platform,
    unitOrder,
    groupOrder,
    a,
    b,
  });
  const list = [
    row('g1', '综治群', 1, 3, t('kept'), t('merged', '乙群')),
    row('g2', '党建群', 0, 5, t('dissolved'), t('kept'), 'QQ'),
    row('g3', '安全群', 1, 1, t('kept'), t('merged', '甲群')),
    row('g4', '党建群', 0, 2, t('pending'), t('dissolved')),
  ];
  const order = (key: Parameters<typeof sortGroupDifferences>[1], dir?: 'asc' | 'desc') =>
    sortGroupDifferences(list, key, dir).map((g) => g.groupId);

  it.each([
    ['unit', 'asc', ['g4', 'g2', 'g3', 'g1']],
    ['unit', 'desc', ['g1', 'g3', 'g2', 'g4']],
    // By pinyin: 安全 < 党建 < 综治; equal names keep the roster order.
    ['name', 'asc', ['g3', 'g4', 'g2', 'g1']],
    ['name', 'desc', ['g1', 'g4', 'g2', 'g3']],
    // The zh collation puts Han before Latin: 微信 < QQ.
    ['platform', 'asc', ['g4', 'g3', 'g1', 'g2']],
    // 待定 < 保留 < 合并 < 解散 (the board's lanes).
    ['a', 'asc', ['g4', 'g3', 'g1', 'g2']],
    // Merges by target name: 甲 (jia) < 乙 (yi).
    ['b', 'asc', ['g2', 'g3', 'g1', 'g4']],
  ] as const)('by %s %s', (key, dir, expected) => {
    expect(order(key, dir)).toEqual(expected);
  });

  it('returns a new array and leaves the list as it was', () => {
    const before = list.map((g) => g.groupId);
    expect(sortGroupDifferences(list, 'name')).not.toBe(list);
    expect(list.map((g) => g.groupId)).toEqual(before);
  });
});
