import { describe, expect, it } from 'vitest';
import { applyAction, type PlanAction } from '../../../core/plan/actions';
import { emptyPatch } from '../../../core/plan/model';
import { PlanHistory } from '../../../core/plan/history';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { setup, snapshot, states } from './fixtures';

function board() {
  const ctx = setup(
    [['S', 'street']],
    ['a', 'b', 'c', 'd'].map((id) => ({ id, unit: 'S', members: [id] })),
  );
  const history = new PlanHistory();
  const act = (action: PlanAction, label = action.type): void => {
    const r = applyAction(ctx.roster, ctx.index, ctx.plan, YUELU_POLICY, action);
    if (!r.ok) throw new Error(r.message);
    history.record({ label, patch: r.patch, inverse: r.inverse });
  };
  return { ...ctx, history, act };
}

describe('PlanHistory', () => {
  it('undoes and redoes one action at a time, returning what it applied', () => {
    const b = board();
    const s0 = snapshot(b.plan);
    b.act({ type: 'merge', sourceIds: ['b'], targetId: 'a' });
    const s1 = snapshot(b.plan);
    b.act({ type: 'dissolve', groupIds: ['c'] });
    expect(b.history.undoLabel).toBe('dissolve');
    const applied = b.history.undo(b.plan);
    expect(applied?.decisions.map(([id]) => id)).toEqual(['c']);
    expect(snapshot(b.plan)).toEqual(s1);
    b.history.undo(b.plan);
    expect(snapshot(b.plan)).toEqual(s0);
    expect(b.history.canUndo).toBe(false);
    expect(b.history.undo(b.plan)).toBeNull();
    b.history.redo(b.plan);
    expect(snapshot(b.plan)).toEqual(s1);
    expect(b.history.redoLabel).toBe('dissolve');
  });

  it('makes everything between beginGroup and endGroup one step (one drag = one undo)', () => {
    const b = board();
    const s0 = snapshot(b.plan);
    b.history.beginGroup('拖动');
    b.act({ type: 'merge', sourceIds: ['b'], targetId: 'a' });
    b.history.beginGroup('inner'); // nested: still the same step
    b.act({ type: 'merge', sourceIds: ['c'], targetId: 'a' });
    b.history.endGroup();
    b.act({ type: 'keep', groupIds: ['a'] });
    b.history.endGroup();
    const s1 = snapshot(b.plan);
    expect(b.history.undoLabel).toBe('拖动');
    b.history.undo(b.plan);
    expect(snapshot(b.plan)).toEqual(s0);
    expect(b.history.canUndo).toBe(false);
    b.history.redo(b.plan);
    expect(snapshot(b.plan)).toEqual(s1);
    expect(states(b.plan, ['a', 'b', 'c'])).toEqual({ a: 'kept', b: 'merged>a', c: 'merged>a' });
  });

  it('an empty group or an empty patch records nothing and keeps the redo stack', () => {
    const b = board();
    b.act({ type: 'dissolve', groupIds: ['d'] });
    b.history.undo(b.plan);
    b.history.beginGroup('选择');
    b.history.endGroup();
    b.history.record({ label: 'noop', patch: emptyPatch(), inverse: emptyPatch() });
    expect(b.history.canUndo).toBe(false);
    expect(b.history.canRedo).toBe(true);
  });

  it('recording a new step clears the redo stack', () => {
    const b = board();
    b.act({ type: 'dissolve', groupIds: ['d'] });
    b.history.undo(b.plan);
    b.act({ type: 'keep', groupIds: ['a'] });
    expect(b.history.canRedo).toBe(false);
    expect(b.history.redo(b.plan)).toBeNull();
  });

  it('undo during an open group closes it first and undoes the whole group', () => {
    const b = board();
    const s0 = snapshot(b.plan);
    b.history.beginGroup('拖动');
    b.act({ type: 'merge', sourceIds: ['b'], targetId: 'a' });
    b.act({ type: 'merge', sourceIds: ['c'], targetId: 'a' });
    expect(b.history.canUndo).toBe(true);
    b.history.undo(b.plan);
    expect(snapshot(b.plan)).toEqual(s0);
    b.history.endGroup(); // the stray end of the drag is harmless
    expect(b.history.canUndo).toBe(false);
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const b = board();
    const history = new PlanHistory({ limit: 2 });
    for (const id of ['a', 'b', 'c']) {
      const r = applyAction(b.roster, b.index, b.plan, YUELU_POLICY, { type: 'keep', groupIds: [id] });
      if (r.ok) history.record({ label: id, ...r });
    }
    expect(history.undo(b.plan)).not.toBeNull();
    expect(history.undo(b.plan)).not.toBeNull();
    expect(history.undo(b.plan)).toBeNull();
    expect(states(b.plan, ['a', 'b', 'c'])).toEqual({ a: 'kept', b: 'pending', c: 'pending' });
  });

  it('survives a JSON round trip (as stored in IndexedDB)', () => {
    const b = board();
    b.act({ type: 'mergeNew', sourceIds: ['a', 'b'], name: '综合' });
    b.act({ type: 'editGroup', groupId: 'c', edit: { owner: '张三' } });
    b.act({ type: 'removeMember', groupId: 'd', personKey: 'd' });
    b.history.undo(b.plan);
    const restored = PlanHistory.fromJSON(JSON.parse(JSON.stringify(b.history.toJSON())));
    const s2 = snapshot(b.plan);
    restored.redo(b.plan);
    expect(b.plan.removals.size).toBe(1);
    restored.undo(b.plan);
    expect(snapshot(b.plan)).toEqual(s2);
    restored.undo(b.plan);
    restored.undo(b.plan);
    expect(b.plan.created.size).toBe(0);
    expect(b.plan.groupEdits.size).toBe(0);
  });

  it('stores only label, patch and inverse of a recorded action result', () => {
    const b = board();
    const r = applyAction(b.roster, b.index, b.plan, YUELU_POLICY, { type: 'keep', groupIds: ['a'] });
    if (r.ok) b.history.record({ label: '保留', ...r });
    const step = b.history.toJSON().undo[0];
    expect(step?.entries.map((e) => Object.keys(e).sort())).toEqual([['inverse', 'label', 'patch']]);
  });

  it('rejects data it does not understand', () => {
    expect(() => PlanHistory.fromJSON({ version: 2 } as never)).toThrow();
  });
});
