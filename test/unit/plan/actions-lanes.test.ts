import { describe, expect, it } from 'vitest';
import { planAction, type PlanAction } from '../../../core/plan/actions';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { decision, emptyPlan, patchIds, states } from './fixtures';
import { fresh, NEW, run, tryAction } from './board-fixture';

describe('planAction: lane moves', () => {
  it('keeps a group with the board rule and reason, touching only that entry', () => {
    const ctx = fresh();
    const r = tryAction(ctx, { type: 'keep', groupIds: ['a'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.patch.decisions).toEqual([
      ['a', { state: 'kept', targetId: null, category: null, rule: 'board', reason: '人工调整：保留' }],
    ]);
    expect(r.inverse.decisions).toEqual([['a', decision('pending')]]);
    expect(r.patch.created).toEqual([]);
  });

  it('records the given rule and its label in the reason', () => {
    const ctx = fresh();
    const r = planAction(
      ctx.roster,
      ctx.index,
      ctx.plan,
      YUELU_POLICY,
      { type: 'dissolve', groupIds: ['c'] },
      'dead',
    );
    expect(r.ok && r.patch.decisions[0]?.[1]).toMatchObject({ rule: 'dead', reason: '规则3 僵尸群：解散' });
  });

  it('re-applying the current state changes nothing (the earlier reason survives)', () => {
    const ctx = fresh();
    ctx.plan.decisions.set('a', decision('kept', null, { rule: 'within-quota', reason: '限额内' }));
    const r = tryAction(ctx, { type: 'keep', groupIds: ['a'] });
    expect(r.ok && r.patch).toEqual({ decisions: [], created: [], removals: [], groupEdits: [] });
  });

  it('treats a work group without a decision as pending; undo deletes the new decision', () => {
    const ctx = fresh();
    ctx.plan = emptyPlan(ctx.roster, false);
    const r = tryAction(ctx, { type: 'keep', groupIds: ['a'] });
    expect(r.ok && r.inverse.decisions).toEqual([['a', null]]);
    const again = tryAction(ctx, { type: 'setPending', groupIds: ['a'] });
    expect(again.ok && again.patch.decisions).toEqual([]);
  });

  const closing: Array<[string, PlanAction, string, string]> = [
    ['dissolve', { type: 'dissolve', groupIds: ['a'] }, 'dissolved', '已解散'],
    ['reclassify', { type: 'reclassify', groupIds: ['a'], category: '党员交流群' }, 'reclassified', '已转出'],
  ];
  it.each(closing)(
    '%s of a group that absorbed others sends them back to pending',
    (_n, action, state, why) => {
      const ctx = fresh();
      run(ctx, { type: 'merge', sourceIds: ['b', 'c'], targetId: 'a' });
      run(ctx, action);
      expect(states(ctx.plan, ['a', 'b', 'c'])).toEqual({ a: state, b: 'pending', c: 'pending' });
      expect(ctx.plan.decisions.get('b')?.reason).toContain(why);
    },
  );

  it('keep and setPending of a group that absorbed others keep the stack', () => {
    const ctx = fresh();
    run(ctx, { type: 'merge', sourceIds: ['b'], targetId: 'a' }, { type: 'keep', groupIds: ['a'] });
    expect(states(ctx.plan, ['a', 'b'])).toEqual({ a: 'kept', b: 'merged>a' });
    run(ctx, { type: 'setPending', groupIds: ['a'] });
    expect(states(ctx.plan, ['a', 'b'])).toEqual({ a: 'pending', b: 'merged>a' });
  });

  it('reclassify records the category', () => {
    const ctx = fresh();
    run(ctx, { type: 'reclassify', groupIds: ['c'], category: '便民服务群' });
    expect(ctx.plan.decisions.get('c')).toMatchObject({
      state: 'reclassified',
      category: '便民服务群',
      reason: '人工调整：转出为便民服务群',
    });
  });

  it('a merged group that is kept leaves its target', () => {
    const ctx = fresh();
    run(ctx, { type: 'merge', sourceIds: ['b'], targetId: 'a' }, { type: 'keep', groupIds: ['b'] });
    expect(states(ctx.plan, ['a', 'b'])).toEqual({ a: 'pending', b: 'kept' });
  });
});

describe('planAction: 拆分 and created groups', () => {
  it('unmerge sends a merged group back to pending', () => {
    const ctx = fresh();
    run(ctx, { type: 'merge', sourceIds: ['b'], targetId: 'a' }, { type: 'unmerge', groupIds: ['b'] });
    expect(states(ctx.plan, ['a', 'b'])).toEqual({ a: 'pending', b: 'pending' });
    expect(ctx.plan.decisions.get('b')?.reason).toBe('人工调整：从“a群”拆出，改为待定');
  });

  it('unmerge of a target releases its whole stack', () => {
    const ctx = fresh();
    run(ctx, { type: 'merge', sourceIds: ['b', 'c'], targetId: 'a' }, { type: 'unmerge', groupIds: ['a'] });
    expect(states(ctx.plan, ['a', 'b', 'c'])).toEqual({ a: 'pending', b: 'pending', c: 'pending' });
  });

  it.each(['unmerge', 'dissolve', 'setPending'] as const)(
    '%s of a created group releases its sources',
    (type) => {
      const ctx = fresh();
      run(ctx, { type: 'mergeNew', sourceIds: ['b', 'c'], name: '综合' }, { type, groupIds: [NEW('综合')] });
      expect(states(ctx.plan, ['b', 'c'])).toEqual({ b: 'pending', c: 'pending' });
      expect(ctx.plan.created.size).toBe(0);
      expect(ctx.plan.decisions.get('b')?.reason).toBe('人工调整：新建群“综合”已撤销，改为待定');
    },
  );

  it('keep of a created group changes nothing', () => {
    const ctx = fresh();
    run(ctx, { type: 'mergeNew', sourceIds: ['b'], name: '综合' });
    const r = tryAction(ctx, { type: 'keep', groupIds: [NEW('综合')] });
    expect(r.ok && patchIds(r.patch)).toEqual({ decisions: [], created: [] });
  });
});
