import { describe, expect, it } from 'vitest';
import { type PlanAction } from '../../../core/plan/actions';
import { type setup } from './fixtures';
import { fresh, NEW, run, tryAction } from './board-fixture';

describe('planAction: errors change nothing', () => {
  const withMerge = (): ReturnType<typeof setup> => {
    const ctx = fresh();
    run(
      ctx,
      { type: 'merge', sourceIds: ['b'], targetId: 'a' },
      { type: 'dissolve', groupIds: ['c'] },
      { type: 'reclassify', groupIds: ['f'], category: null },
      { type: 'mergeNew', sourceIds: ['d'], name: '综合' },
    );
    return ctx;
  };
  const cases: Array<[string, PlanAction, string]> = [
    ['merge into itself', { type: 'merge', sourceIds: ['a'], targetId: 'a' }, 'ACTION_MERGE_SELF'],
    [
      'merge a created group into itself',
      { type: 'merge', sourceIds: [NEW('综合')], targetId: NEW('综合') },
      'ACTION_MERGE_SELF',
    ],
    ['merge into a merged group', { type: 'merge', sourceIds: ['e'], targetId: 'b' }, 'ACTION_TARGET_CLOSED'],
    [
      'merge into a dissolved group',
      { type: 'merge', sourceIds: ['e'], targetId: 'c' },
      'ACTION_TARGET_CLOSED',
    ],
    [
      'merge into a reclassified group',
      { type: 'merge', sourceIds: ['e'], targetId: 'f' },
      'ACTION_TARGET_CLOSED',
    ],
    [
      'merge into a non-work group',
      { type: 'merge', sourceIds: ['e'], targetId: 'x' },
      'ACTION_TARGET_NOT_WORK',
    ],
    ['merge into an unknown id', { type: 'merge', sourceIds: ['e'], targetId: 'zz' }, 'ACTION_UNKNOWN_GROUP'],
    ['merge an unknown source', { type: 'merge', sourceIds: ['zz'], targetId: 'a' }, 'ACTION_UNKNOWN_GROUP'],
    ['merge a non-work source', { type: 'merge', sourceIds: ['x'], targetId: 'a' }, 'ACTION_NOT_WORK_GROUP'],
    ['merge nothing', { type: 'merge', sourceIds: [], targetId: 'a' }, 'ACTION_EMPTY'],
    ['keep nothing', { type: 'keep', groupIds: [] }, 'ACTION_EMPTY'],
    ['dissolve a non-work group', { type: 'dissolve', groupIds: ['x'] }, 'ACTION_NOT_WORK_GROUP'],
    ['dissolve an unknown group', { type: 'dissolve', groupIds: ['e', 'zz'] }, 'ACTION_UNKNOWN_GROUP'],
    [
      'reclassify a created group',
      { type: 'reclassify', groupIds: [NEW('综合')], category: null },
      'ACTION_CREATED_NOT_ALLOWED',
    ],
    [
      'reclassify to a bad category',
      { type: 'reclassify', groupIds: ['e'], category: '工作群' as never },
      'ACTION_INVALID',
    ],
    ['unmerge a group not in a merge', { type: 'unmerge', groupIds: ['e'] }, 'ACTION_NOT_MERGED'],
    ['mergeNew with an empty name', { type: 'mergeNew', sourceIds: ['e'], name: '  ' }, 'ACTION_BAD_NAME'],
    [
      'mergeNew with a control character',
      { type: 'mergeNew', sourceIds: ['e'], name: 'a\u0000b' },
      'ACTION_BAD_NAME',
    ],
    [
      'mergeNew into an unknown unit',
      { type: 'mergeNew', sourceIds: ['e'], name: '新', unitId: 'ZZ' },
      'ACTION_UNKNOWN_UNIT',
    ],
    [
      'mergeNew over a created group of another platform',
      { type: 'mergeNew', sourceIds: ['e'], name: '综合', unitId: 'C1' },
      'ACTION_NEW_GROUP_CONFLICT',
    ],
    [
      'mergeNew over a created group of another unit',
      { type: 'mergeNew', sourceIds: ['e'], name: '综合' },
      'ACTION_NEW_GROUP_CONFLICT',
    ],
    [
      'remove a member of a group without a list',
      { type: 'removeMember', groupId: 'f', personKey: 'p1' },
      'ACTION_NO_MEMBER_LIST',
    ],
    [
      'remove someone not in the group',
      { type: 'removeMember', groupId: 'e', personKey: 'p1' },
      'ACTION_NOT_MEMBER',
    ],
    [
      'remove from a non-work group',
      { type: 'removeMember', groupId: 'x', personKey: 'p1' },
      'ACTION_NOT_WORK_GROUP',
    ],
    [
      'edit with a bad date',
      { type: 'editGroup', groupId: 'a', edit: { endDate: '2026-02-30' } },
      'ACTION_BAD_EDIT',
    ],
    [
      'edit an unknown field',
      { type: 'editGroup', groupId: 'a', edit: { name: 'x' } as never },
      'ACTION_BAD_EDIT',
    ],
    [
      'edit a created group’s temporary flag',
      { type: 'editGroup', groupId: NEW('综合'), edit: { temporary: true } },
      'ACTION_BAD_EDIT',
    ],
    [
      'edit an unknown group',
      { type: 'editGroup', groupId: 'zz', edit: { owner: 'x' } },
      'ACTION_UNKNOWN_GROUP',
    ],
    ['an unknown action', { type: 'explode' } as never, 'ACTION_INVALID'],
  ];
  it.each(cases)('%s', (_name, action, code) => {
    const ctx = withMerge();
    const r = tryAction(ctx, action);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.message).not.toContain('\u0000');
  });
});

describe('planAction: error messages name the groups as the clerk sees them', () => {
  it.each<[string, PlanAction, string]>([
    [
      'closed target',
      { type: 'merge', sourceIds: ['e'], targetId: 'c' },
      '“c群”已解散，不能作为并入目标；请并入仍保留的群。',
    ],
    [
      'self',
      { type: 'merge', sourceIds: [NEW('综合')], targetId: NEW('综合') },
      '不能把新建群“综合”并入它自己。',
    ],
    ['not merged', { type: 'unmerge', groupIds: ['e'] }, '“e群”没有参与合并，无需拆分。'],
    [
      'non-work',
      { type: 'keep', groupIds: ['x'] },
      '群“x群”在花名册中是日常交流群，不是工作群，不参与精简。',
    ],
    [
      'not a member',
      { type: 'removeMember', groupId: 'e', personKey: 'p1' },
      '“姓名p1”不在“e群”的成员名单中。',
    ],
  ])('%s', (_name, action, message) => {
    const ctx = fresh();
    run(ctx, { type: 'dissolve', groupIds: ['c'] }, { type: 'mergeNew', sourceIds: ['d'], name: '综合' });
    const r = tryAction(ctx, action);
    expect(r.ok ? null : r.message).toBe(message);
  });
});
