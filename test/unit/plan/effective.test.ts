import { describe, expect, it } from 'vitest';
import { effectiveGroup, openGroupsAfter } from '../../../core/plan/effective';
import { CREATED_ID_PREFIX, removalKey } from '../../../core/plan/model';
import { decision, setup } from './fixtures';

const NEW = CREATED_ID_PREFIX + '综合';

function district() {
  const ctx = setup(
    [
      ['S', 'street'],
      ['C1', 'community', 'S'],
    ],
    [
      { id: 'a', unit: 'S', members: ['p1', 'p2'], businessLine: '党建', owner: '甲' },
      { id: 'b', unit: 'S', members: ['p2', 'p3'] },
      { id: 'c', unit: 'C1', members: ['p1', 'p4'] },
      { id: 'd', unit: 'C1', memberCount: 7 },
      { id: 'e', unit: 'S', members: ['p5'] },
      { id: 'x', unit: 'S', category: '党员交流群', members: ['p1'] },
      { id: 'f', unit: 'S', members: ['p6'] },
    ],
  );
  const p = ctx.plan;
  p.decisions.set('a', decision('kept'));
  p.decisions.set('b', decision('merged', 'a'));
  p.decisions.set('c', decision('merged', NEW));
  p.decisions.set('d', decision('merged', NEW));
  p.decisions.set('e', decision('dissolved'));
  // f stays pending
  p.created.set(NEW, {
    id: NEW,
    name: '综合',
    unitId: 'C1',
    platform: '微信',
    businessLine: '网格化',
    owner: null,
  });
  p.created.set(CREATED_ID_PREFIX + '空', {
    id: CREATED_ID_PREFIX + '空',
    name: '空',
    unitId: 'S',
    platform: '微信',
    businessLine: null,
    owner: null,
  });
  return ctx;
}

describe('openGroupsAfter', () => {
  it('lists kept and pending groups with what they absorbed, then created groups with sources', () => {
    const { roster, index, plan } = district();
    const open = openGroupsAfter(roster, index, plan);
    expect(open.map((g) => [g.id, g.state, g.sourceIds, g.size, g.members])).toEqual([
      ['a', 'kept', ['a', 'b'], 3, ['p1', 'p2', 'p3']],
      ['f', 'pending', ['f'], 1, ['p6']],
      // d has no member list: members unknown, size is the sum of stated sizes (2 + 7).
      [NEW, 'created', ['c', 'd'], 9, null],
    ]);
    expect(open[2]).toMatchObject({ name: '综合', unitId: 'C1', created: true, businessLine: '网格化' });
  });

  it('applies removals and the clerk’s corrections', () => {
    const { roster, index, plan } = district();
    plan.removals.add(removalKey('b', 'p2'));
    plan.removals.add(removalKey('a', 'p1'));
    plan.groupEdits.set('a', { owner: '乙', businessLine: null });
    const a = openGroupsAfter(roster, index, plan)[0];
    // p2 was removed from b only: still in a.
    expect(a).toMatchObject({ members: ['p2', 'p3'], size: 2, owner: '乙', businessLine: null });
  });

  it('effectiveGroup overlays groupEdits', () => {
    const { roster, plan } = district();
    const g = roster.groups[0];
    if (!g) throw new Error('fixture');
    plan.groupEdits.set('a', { temporary: true, endDate: '2026-05-01' });
    expect(effectiveGroup(g, plan)).toMatchObject({ temporary: true, endDate: '2026-05-01', owner: '甲' });
    expect(effectiveGroup(g, { groupEdits: new Map() })).toBe(g);
  });
});
