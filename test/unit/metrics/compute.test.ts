import { describe, expect, it } from 'vitest';
import { computeMetrics, personBurdens, unitsOverQuotaFirst } from '../../../core/metrics/compute';
import { applyAction } from '../../../core/plan/actions';
import { CREATED_ID_PREFIX, removalKey } from '../../../core/plan/model';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { Policy } from '../../../core/policy/schema';
import { decision, emptyPlan, makeRoster, setup } from '../plan/fixtures';

const NEW = CREATED_ID_PREFIX + '社区综合群';

/**
 * The worked example (numbers written out in the tests below):
 *   S street; C1, C2 communities of S; D department (在编 10 → quota 3); O community without a street.
 *   s1 kept ← s2 (S), c1b (C1, cross-unit); s3 dissolved; c1a pending; c1c kept;
 *   NEW (created, unit C2) ← c2a, c2b; d1 reclassified; d2 kept; o1 kept (no member list, 成员数 5);
 *   c2x is a 日常交流群 (non-work); an empty created group has no source.
 */
function example() {
  const ctx = setup(
    [
      ['S', 'street'],
      ['C1', 'community', 'S'],
      ['C2', 'community', 'S'],
      ['D', 'department', null, 10],
      ['O', 'community'],
    ],
    [
      { id: 's1', unit: 'S', businessLine: '党建', members: ['p1', 'p2', 'p3'] },
      { id: 's2', unit: 'S', businessLine: '网格化', members: ['p1', 'p4'] },
      { id: 's3', unit: 'S', platform: 'QQ', members: ['p1'] },
      { id: 'c1a', unit: 'C1', businessLine: '党建', members: ['p1', 'p5'] },
      { id: 'c1b', unit: 'C1', members: ['p5', 'p6'] },
      { id: 'c1c', unit: 'C1', businessLine: '党建', members: ['p1'] },
      { id: 'c2a', unit: 'C2', businessLine: '网格化', members: ['p7'] },
      { id: 'c2b', unit: 'C2', platform: 'QQ', businessLine: '网格化', members: ['p7', 'p8'] },
      { id: 'c2x', unit: 'C2', category: '日常交流群', members: ['p1'] },
      { id: 'd1', unit: 'D', platform: '钉钉', businessLine: '政务服务', members: ['p9'] },
      { id: 'd2', unit: 'D', platform: '钉钉', businessLine: '政务服务', members: ['p9', 'p1'] },
      { id: 'o1', unit: 'O', memberCount: 5 },
    ],
  );
  const p = ctx.plan;
  p.decisions.set('s1', decision('kept'));
  p.decisions.set('s2', decision('merged', 's1'));
  p.decisions.set('s3', decision('dissolved'));
  p.decisions.set('c1b', decision('merged', 's1'));
  p.decisions.set('c1c', decision('kept'));
  p.decisions.set('c2a', decision('merged', NEW));
  p.decisions.set('c2b', decision('merged', NEW));
  p.decisions.set('d1', decision('reclassified', null, { category: '便民服务群' }));
  p.decisions.set('d2', decision('kept'));
  p.decisions.set('o1', decision('kept'));
  p.created.set(NEW, {
    id: NEW,
    name: '社区综合群',
    unitId: 'C2',
    platform: '微信',
    businessLine: '网格化',
    owner: null,
  });
  const empty = CREATED_ID_PREFIX + '空群';
  p.created.set(empty, {
    id: empty,
    name: '空群',
    unitId: 'S',
    platform: '微信',
    businessLine: null,
    owner: null,
  });
  return ctx;
}

describe('computeMetrics: the worked example', () => {
  it('totals', () => {
    const { roster, plan, index } = example();
    expect(computeMetrics(roster, plan, YUELU_POLICY, index).totals).toEqual({
      before: 11,
      kept: 5, // s1 c1c d2 o1 + pending c1a
      pending: 1,
      merged: 4, // s2 c1b c2a c2b
      dissolved: 1,
      reclassified: 1,
      created: 1, // the empty created group does not count
      after: 6,
      compression: 5 / 11,
      nonWork: 1,
      membershipsBefore: 22, // 3+2+1+2+2+1+1+2+1+2+5
      membershipsAfter: 18, // s1∪s2∪c1b 6, c1a 2, c1c 1, d2 2, o1 5, NEW 2
    });
  });

  it('per unit, with the parent’s name, quota and state counts', () => {
    const { roster, plan } = example();
    const units = computeMetrics(roster, plan, YUELU_POLICY).units;
    expect(units.map((u) => [u.id, u.parent, u.before, u.after, u.quota, u.compliant])).toEqual([
      ['S', null, 3, 1, 10, true],
      ['C1', 'S', 3, 2, 1, false], // c1a pending and c1c kept
      ['C2', 'S', 2, 1, 1, true], // the created group belongs to C2
      ['D', null, 2, 1, 3, true],
      ['O', null, 1, 1, 1, true],
    ]);
    expect(units[1]).toMatchObject({
      kept: 2,
      pending: 1,
      merged: 1,
      dissolved: 0,
      reclassified: 0,
      created: 0,
    });
    expect(units[2]).toMatchObject({ merged: 2, created: 1, nonWork: 1 });
    expect(units[3]).toMatchObject({
      quotaLabel: '区直部门（在编 ≤20 人）限 3 个',
      quotaAssumed: false,
      reclassified: 1,
    });
    expect(unitsOverQuotaFirst(units).map((u) => u.id)).toEqual(['C1', 'S', 'C2', 'D', 'O']);
  });

  it('per area: a street with its communities; a department and an orphan community on their own', () => {
    const { roster, plan } = example();
    expect(computeMetrics(roster, plan, YUELU_POLICY).areas).toEqual([
      { id: 'S', name: 'S', unitIds: ['S', 'C1', 'C2'], before: 8, after: 4 },
      { id: 'D', name: 'D', unitIds: ['D'], before: 2, after: 1 },
      { id: 'O', name: 'O', unitIds: ['O'], before: 1, after: 1 },
    ]);
  });

  it('burden: before counts work groups, after counts distinct open groups', () => {
    const { roster, plan } = example();
    // before: p1 6 (s1 s2 s3 c1a c1c d2; not the chat group), p5 p7 p9 2, the rest 1.
    // after:  p1 4 (s1 c1a c1c d2), p5 2, p7 1 (c2a and c2b merged into one), p9 1 (d1 转出), the rest 1.
    expect(computeMetrics(roster, plan, YUELU_POLICY).burden).toEqual({
      people: 9,
      maxBefore: 6,
      maxAfter: 4,
      meanBefore: 17 / 9,
      meanAfter: 13 / 9,
      distributionBefore: [0, 5, 3, 0, 0, 0, 1],
      distributionAfter: [0, 7, 1, 0, 1],
      mostBurdened: { key: 'p1', name: '姓名p1', unit: 'S', before: 6, after: 4 },
    });
    const rows = personBurdens(roster, plan);
    expect(rows.slice(0, 2).map((r) => [r.key, r.before, r.after])).toEqual([
      ['p1', 6, 4],
      ['p5', 2, 2],
    ]);
    expect(rows.find((r) => r.key === 'p7')).toMatchObject({ before: 2, after: 1 });
    expect(rows).toHaveLength(9);
  });

  it('categories and platforms, before and after', () => {
    const { roster, plan } = example();
    const m = computeMetrics(roster, plan, YUELU_POLICY);
    expect(m.categories).toEqual([
      { name: '党建', before: 3, after: 3 },
      { name: '网格化', before: 3, after: 1 },
      { name: '政务服务', before: 2, after: 1 },
      { name: '公共安全', before: 0, after: 0 },
      { name: '未分类', before: 3, after: 1 },
    ]);
    expect(m.platforms).toEqual([
      { name: '微信', before: 7, after: 5 },
      { name: 'QQ', before: 2, after: 0 },
      { name: '钉钉', before: 2, after: 1 },
    ]);
  });

  it('business-line corrections count before and after; lines outside the policy come before 未分类', () => {
    const { roster, plan } = example();
    plan.groupEdits.set('o1', { businessLine: '信访' });
    plan.groupEdits.set('s1', { businessLine: null });
    const names = computeMetrics(roster, plan, YUELU_POLICY).categories;
    expect(names).toEqual([
      { name: '党建', before: 2, after: 2 },
      { name: '网格化', before: 3, after: 1 },
      { name: '政务服务', before: 2, after: 1 },
      { name: '公共安全', before: 0, after: 0 },
      { name: '信访', before: 1, after: 1 },
      { name: '未分类', before: 3, after: 1 },
    ]);
  });

  it('removals lower memberships after and the burden, only when removed from every merged source', () => {
    const { roster, plan } = example();
    plan.removals.add(removalKey('s1', 'p1'));
    let m = computeMetrics(roster, plan, YUELU_POLICY);
    expect(m.totals.membershipsAfter).toBe(18); // p1 still comes in through s2
    expect(m.burden?.maxAfter).toBe(4);
    plan.removals.add(removalKey('s2', 'p1'));
    m = computeMetrics(roster, plan, YUELU_POLICY);
    expect(m.totals.membershipsAfter).toBe(17);
    expect(m.burden?.distributionAfter).toEqual([0, 7, 1, 1]);
    expect(m.burden?.mostBurdened).toMatchObject({ key: 'p1', before: 6, after: 3 });
    expect(m.totals.membershipsBefore).toBe(22); // before is the roster as it is
  });

  it('a cross-unit merge lowers the source unit’s after, not the target’s', () => {
    const ctx = example();
    const r = applyAction(ctx.roster, ctx.index, ctx.plan, YUELU_POLICY, {
      type: 'merge',
      sourceIds: ['c1c'],
      targetId: 's1',
    });
    expect(r.ok).toBe(true);
    const units = computeMetrics(ctx.roster, ctx.plan, YUELU_POLICY, ctx.index).units;
    expect(units.slice(0, 2).map((u) => [u.id, u.before, u.after, u.compliant])).toEqual([
      ['S', 3, 1, true],
      ['C1', 3, 1, true],
    ]);
  });
});

describe('computeMetrics: edge cases', () => {
  it('the per-roster cache carries no plan state from one call to the next', () => {
    const { roster, plan, index } = example();
    const first = computeMetrics(roster, plan, YUELU_POLICY, index);
    plan.decisions.set('c1c', decision('merged', 's1'));
    plan.groupEdits.set('s1', { businessLine: '公共安全' });
    plan.removals.add(removalKey('d2', 'p1'));
    const second = computeMetrics(roster, plan, YUELU_POLICY, index);
    const fresh = computeMetrics(structuredClone(roster), plan, YUELU_POLICY);
    expect(second).toEqual(fresh);
    expect(second.totals.after).toBe(first.totals.after - 1);
    expect(second.totals.membershipsAfter).toBe(16); // c1c's p1 already in s1; p1 removed from d2
  });

  it('a pending group counts as kept, a reclassified one is not in after', () => {
    const { roster, plan } = setup(
      [['S', 'street']],
      [
        { id: 'a', unit: 'S' },
        { id: 'b', unit: 'S' },
      ],
    );
    plan.decisions.set('b', decision('reclassified'));
    const t = computeMetrics(roster, plan, YUELU_POLICY).totals;
    expect([t.kept, t.pending, t.reclassified, t.after, t.compression]).toEqual([1, 1, 1, 1, 0.5]);
  });

  it('a work group with no decision is pending', () => {
    const roster = makeRoster([['S', 'street']], [{ id: 'a', unit: 'S', memberCount: 4 }]);
    const t = computeMetrics(roster, emptyPlan(roster, false), YUELU_POLICY).totals;
    expect([t.kept, t.pending, t.after, t.membershipsBefore, t.membershipsAfter]).toEqual([1, 1, 1, 4, 4]);
  });

  it('no groups: compression 0; no member lists: no burden', () => {
    const empty = makeRoster([['S', 'street']], []);
    const m = computeMetrics(empty, emptyPlan(empty), YUELU_POLICY);
    expect(m.totals.compression).toBe(0);
    expect(m.burden).toBeNull();
    const counted = makeRoster([['S', 'street']], [{ id: 'a', unit: 'S', memberCount: 3 }]);
    expect(computeMetrics(counted, emptyPlan(counted), YUELU_POLICY).burden).toBeNull();
  });

  it('a unit type without a tier has no quota and is compliant; a missing 在编人数 is assumed', () => {
    const policy: Policy = {
      ...YUELU_POLICY,
      tiers: YUELU_POLICY.tiers.filter((t) => t.unitType === 'department'),
    };
    const { roster, plan } = setup(
      [
        ['V', 'village'],
        ['D', 'department'],
      ],
      [
        { id: 'a', unit: 'V' },
        { id: 'b', unit: 'V' },
        { id: 'c', unit: 'D' },
      ],
    );
    const units = computeMetrics(roster, plan, policy).units;
    expect(units[0]).toMatchObject({ quota: null, quotaLabel: null, compliant: true, after: 2 });
    expect(units[1]).toMatchObject({ quota: 3, quotaAssumed: true });
  });

  it('areas: a town with its villages; a community under a department heads its own area', () => {
    const { roster, plan } = setup(
      [
        ['V1', 'village', 'T'],
        ['T', 'town'],
        ['D', 'department'],
        ['C', 'community', 'D'],
        ['V2', 'village', 'T'],
      ],
      [
        { id: 'a', unit: 'V1' },
        { id: 'b', unit: 'V2' },
        { id: 'c', unit: 'T' },
        { id: 'd', unit: 'C' },
      ],
    );
    plan.decisions.set('a', decision('merged', 'c'));
    expect(computeMetrics(roster, plan, YUELU_POLICY).areas).toEqual([
      { id: 'T', name: 'T', unitIds: ['T', 'V1', 'V2'], before: 3, after: 2 },
      { id: 'D', name: 'D', unitIds: ['D'], before: 0, after: 0 },
      { id: 'C', name: 'C', unitIds: ['C'], before: 1, after: 1 },
    ]);
  });
});
