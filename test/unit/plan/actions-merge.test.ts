import { describe, expect, it } from 'vitest';
import { mergeCheck } from '../../../core/plan/actions';
import { applyPatch } from '../../../core/plan/model';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { Policy } from '../../../core/policy/schema';
import { patchIds, snapshot, states } from './fixtures';
import { fresh, NEW, run, tryAction } from './board-fixture';

describe('planAction: merges', () => {
  it('merges into an existing group with a reason naming it; only the source changes', () => {
    const ctx = fresh();
    const r = tryAction(ctx, { type: 'merge', sourceIds: ['b'], targetId: 'a' });
    expect(r.ok && r.patch.decisions).toEqual([
      ['b', { state: 'merged', targetId: 'a', category: null, rule: 'board', reason: '人工调整：并入“a群”' }],
    ]);
  });

  it('re-points what a source absorbed to the final target (no chains)', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'merge', sourceIds: ['c'], targetId: 'b' },
      { type: 'merge', sourceIds: ['b'], targetId: 'a' },
    );
    expect(states(ctx.plan, ['a', 'b', 'c'])).toEqual({ a: 'pending', b: 'merged>a', c: 'merged>a' });
    expect(ctx.plan.decisions.get('c')?.reason).toBe('人工调整：并入“a群”（随“b群”）');
  });

  it('allows cross-unit and cross-platform merges', () => {
    const ctx = fresh();
    run(ctx, { type: 'merge', sourceIds: ['d', 'e'], targetId: 'a' });
    expect(states(ctx.plan, ['d', 'e'])).toEqual({ d: 'merged>a', e: 'merged>a' });
  });

  it('revives a dissolved group as a merge source', () => {
    const ctx = fresh();
    run(ctx, { type: 'dissolve', groupIds: ['c'] }, { type: 'merge', sourceIds: ['c'], targetId: 'a' });
    expect(states(ctx.plan, ['c'])).toEqual({ c: 'merged>a' });
  });

  it('mergeNew creates a group in the largest source’s unit and platform', () => {
    const ctx = fresh();
    const r = tryAction(ctx, { type: 'mergeNew', sourceIds: ['b', 'a'], name: ' 街道综合群 ' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.patch.created).toEqual([
      [
        NEW('街道综合群'),
        {
          id: NEW('街道综合群'),
          name: '街道综合群',
          unitId: 'S',
          platform: '微信',
          businessLine: '党建',
          owner: '甲',
        },
      ],
    ]);
    expect(r.inverse.created).toEqual([[NEW('街道综合群'), null]]);
    applyPatch(ctx.plan, r.patch);
    expect(states(ctx.plan, ['a', 'b'])).toEqual({
      a: `merged>${NEW('街道综合群')}`,
      b: `merged>${NEW('街道综合群')}`,
    });
    expect(ctx.plan.decisions.get('a')?.reason).toBe('人工调整：并入新建群“街道综合群”');
  });

  it('mergeNew takes the clerk’s unit when given, and the largest source’s otherwise', () => {
    const ctx = fresh();
    run(ctx, { type: 'mergeNew', sourceIds: ['d', 'e'], name: '甲' });
    expect(ctx.plan.created.get(NEW('甲'))).toMatchObject({ unitId: 'D', platform: '微信' });
    run(ctx, { type: 'mergeNew', sourceIds: ['c', 'b'], name: '乙', unitId: 'C1' });
    expect(ctx.plan.created.get(NEW('乙'))).toMatchObject({ unitId: 'C1', platform: '微信' });
  });

  it('mergeNew with the name of a created group of the same unit and platform merges into it', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'mergeNew', sourceIds: ['a'], name: '综合' },
      { type: 'mergeNew', sourceIds: ['b'], name: '综合' },
    );
    expect(states(ctx.plan, ['a', 'b'])).toEqual({ a: `merged>${NEW('综合')}`, b: `merged>${NEW('综合')}` });
    expect(ctx.plan.created.size).toBe(1);
  });

  it('deletes a created group that loses its last source, and the inverse restores it', () => {
    const ctx = fresh();
    run(ctx, { type: 'mergeNew', sourceIds: ['b'], name: '综合' });
    const before = snapshot(ctx.plan);
    const r = tryAction(ctx, { type: 'merge', sourceIds: ['b'], targetId: 'a' });
    expect(r.ok && patchIds(r.patch)).toEqual({ decisions: ['b'], created: [NEW('综合')] });
    if (!r.ok) return;
    expect(r.patch.created).toEqual([[NEW('综合'), null]]);
    applyPatch(ctx.plan, r.patch);
    expect(ctx.plan.created.size).toBe(0);
    applyPatch(ctx.plan, r.inverse);
    expect(snapshot(ctx.plan)).toEqual(before);
  });

  it('keeps a created group while it still has a source', () => {
    const ctx = fresh();
    run(ctx, { type: 'mergeNew', sourceIds: ['b', 'c'], name: '综合' }, { type: 'keep', groupIds: ['b'] });
    expect(ctx.plan.created.has(NEW('综合'))).toBe(true);
    run(ctx, { type: 'unmerge', groupIds: ['c'] });
    expect(ctx.plan.created.has(NEW('综合'))).toBe(false);
  });

  it('merging a created group elsewhere moves its sources and deletes it', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'mergeNew', sourceIds: ['b', 'c'], name: '综合' },
      {
        type: 'merge',
        sourceIds: [NEW('综合')],
        targetId: 'a',
      },
    );
    expect(states(ctx.plan, ['b', 'c'])).toEqual({ b: 'merged>a', c: 'merged>a' });
    expect(ctx.plan.created.size).toBe(0);
  });

  it('merges into a created group', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'mergeNew', sourceIds: ['b'], name: '综合' },
      {
        type: 'merge',
        sourceIds: ['a'],
        targetId: NEW('综合'),
      },
    );
    expect(states(ctx.plan, ['a'])).toEqual({ a: `merged>${NEW('综合')}` });
    expect(ctx.plan.decisions.get('a')?.reason).toBe('人工调整：并入新建群“综合”');
  });
});

describe('mergeCheck', () => {
  const small: Policy = { ...YUELU_POLICY, platformCaps: [{ platform: '微信', cap: 4 }] };
  it.each([
    [
      'union of members against the target cap',
      ['b'],
      'a',
      YUELU_POLICY,
      { size: 4, cap: 500, overCap: false, crossPlatform: false, crossUnit: false },
    ],
    [
      'over a small cap',
      ['b', 'c'],
      'a',
      small,
      { size: 5, cap: 4, overCap: true, crossPlatform: false, crossUnit: false },
    ],
    [
      'cross platform and unit',
      ['d'],
      'a',
      YUELU_POLICY,
      { size: 3, cap: 500, overCap: false, crossPlatform: true, crossUnit: true },
    ],
    [
      'a source without a list falls back to the sum',
      ['f'],
      'a',
      YUELU_POLICY,
      { size: 13, cap: 500, overCap: false, crossPlatform: false, crossUnit: false },
    ],
    [
      'a new group: the largest source decides',
      ['d', 'e'],
      null,
      YUELU_POLICY,
      { size: 3, cap: 500, overCap: false, crossPlatform: true, crossUnit: true },
    ],
  ] as const)('%s', (_n, sources, target, policy, expected) => {
    const ctx = fresh();
    expect(mergeCheck(ctx.roster, ctx.index, ctx.plan, policy, sources, target)).toEqual(expected);
  });

  it('counts what the target and the sources already absorbed, after removals', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'merge', sourceIds: ['c'], targetId: 'a' },
      { type: 'removeMember', groupId: 'a', personKey: 'p1' },
    );
    expect(mergeCheck(ctx.roster, ctx.index, ctx.plan, YUELU_POLICY, ['b'], 'a').size).toBe(4); // p2 p3 p5 p4
  });
});
