import { describe, expect, it } from 'vitest';
import { removalKey } from '../../../core/plan/model';
import { fresh, NEW, run, tryAction } from './board-fixture';

describe('planAction: members and edits', () => {
  it('removes a member from every source of an open group that lists them, and restores', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'merge', sourceIds: ['b'], targetId: 'a' },
      { type: 'removeMember', groupId: 'a', personKey: 'p2' },
    );
    expect([...ctx.plan.removals].sort()).toEqual([removalKey('a', 'p2'), removalKey('b', 'p2')].sort());
    run(ctx, { type: 'restoreMember', groupId: 'a', personKey: 'p2' });
    expect(ctx.plan.removals.size).toBe(0);
  });

  it('removes a member of a closed group from that group only', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'merge', sourceIds: ['b'], targetId: 'a' },
      { type: 'removeMember', groupId: 'b', personKey: 'p2' },
    );
    expect([...ctx.plan.removals]).toEqual([removalKey('b', 'p2')]);
  });

  it('stores only differences from the roster, and undefined clears a field', () => {
    const ctx = fresh();
    run(ctx, { type: 'editGroup', groupId: 'a', edit: { owner: ' 乙 ', photoRequired: true } });
    expect(ctx.plan.groupEdits.get('a')).toEqual({ owner: '乙', photoRequired: true });
    run(ctx, { type: 'editGroup', groupId: 'a', edit: { owner: undefined, businessLine: '党建' } });
    expect(ctx.plan.groupEdits.get('a')).toEqual({ photoRequired: true });
    const r = tryAction(ctx, { type: 'editGroup', groupId: 'a', edit: { photoRequired: false } });
    expect(r.ok && r.patch.groupEdits).toEqual([['a', null]]);
  });

  it('edits a non-work group and a created group', () => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'editGroup', groupId: 'x', edit: { owner: '丙' } },
      { type: 'mergeNew', sourceIds: ['a'], name: '综合' },
      { type: 'editGroup', groupId: NEW('综合'), edit: { owner: '丁', businessLine: undefined } },
    );
    expect(ctx.plan.groupEdits.get('x')).toEqual({ owner: '丙' });
    expect(ctx.plan.created.get(NEW('综合'))).toMatchObject({ owner: '丁', businessLine: null });
  });
});
