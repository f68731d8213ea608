/**
 * RosterIndex.members (the memberships as numbers the planner reads) against the string-keyed
 * index it stands for, and the lazily built membersByGroup and personByKey against the eager
 * maps they replace: same lists, same order, same last-record-wins, whatever the row order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRoster, type Membership, type Person, type Roster } from '../../../core/roster/model';
import { shuffled } from './arbitraries';
import { roster } from './build-roster';

function eagerMembersByGroup(r: Roster): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of r.memberships) {
    const list = out.get(m.groupId);
    if (list) list.push(m.personKey);
    else out.set(m.groupId, [m.personKey]);
  }
  return out;
}

const keys = ['a', 'b', 'c', 'd', 'e', 'x'];
const blankPerson: Person = {
  key: '',
  name: '',
  phone: null,
  idNumber: null,
  unitName: null,
  title: null,
  isCommunityHead: false,
};

const rosterArb = fc
  .record({
    groups: fc.array(fc.array(fc.constantFrom(...keys), { maxLength: 6 }), { minLength: 1, maxLength: 8 }),
    orphanRows: fc.array(fc.tuple(fc.constantFrom('Z1', 'Z2'), fc.constantFrom(...keys, 'y')), {
      maxLength: 4,
    }),
    heads: fc.subarray(keys),
    /** A second record for some keys, whose head flag then wins. */
    again: fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean()), { maxLength: 3 }),
    seed: fc.integer(),
    shuffle: fc.boolean(),
  })
  .map(({ groups, orphanRows, heads, again, seed, shuffle }): Roster => {
    const b = roster().unit('U', { type: 'department', staff: 10 });
    for (const k of keys) if (k !== 'x') b.person(k, { isCommunityHead: heads.includes(k) });
    groups.forEach((members, i) => b.group(`G${i}`, { unit: 'U', members }));
    const r = b.build();
    // 'x' is named by memberships only (no 成员 record), Z1/Z2 by no group row.
    const rows: Membership[] = [
      ...r.memberships,
      ...orphanRows.map(([groupId, personKey]) => ({ groupId, personKey, removalPlanned: false })),
    ];
    const records: Person[] = r.people.filter((p) => p.key !== 'x');
    for (const [key, head] of again)
      records.push({ ...blankPerson, key, name: `${key}2`, isCommunityHead: head });
    return { ...r, people: records, memberships: shuffle ? shuffled(rows, seed) : rows };
  });

describe('the index’s member table', () => {
  it('holds every group’s list as membersByGroup does, with the community heads counted', () => {
    fc.assert(
      fc.property(rosterArb, (r) => {
        const index = indexRoster(r);
        const t = index.members;
        const eager = eagerMembersByGroup(r);
        expect([...index.membersByGroup]).toEqual([...eager]);
        const byKey = new Map(r.people.map((p) => [p.key, p]));
        expect([...index.personByKey]).toEqual([...byKey]);
        for (let n = 0; n < t.groupIds.length; n++) {
          const id = t.groupIds[n] ?? '';
          expect(t.groupNumber.get(id)).toBe(n);
          const list = Array.from(t.people.subarray(t.from[n], t.to[n]), (p) => t.personKeys[p] ?? '');
          expect(list).toEqual(eager.get(id) ?? []);
          const heads = list.filter((k) => byKey.get(k)?.isCommunityHead).length;
          expect(t.communityHeads[n]).toBe(heads);
        }
        r.groups.forEach((g, i) => expect(t.groupIds[t.groupList[i] ?? -1]).toBe(g.id));
        t.personKeys.forEach((key, p) => {
          expect(t.personNumber.get(key)).toBe(p);
          expect(t.personRecords[p] ?? undefined).toBe(byKey.get(key));
          expect(t.communityHead[p] === 1).toBe(byKey.get(key)?.isCommunityHead === true);
        });
        expect(t.personKeys.length).toBe(
          new Set([...r.people.map((p) => p.key), ...eager.values()].flat()).size,
        );
      }),
    );
  });

  it('builds membersByGroup once, on first use', () => {
    const r = roster()
      .unit('U', { type: 'community' })
      .group('G', { unit: 'U', members: ['a', 'b'] })
      .build();
    const index = indexRoster(r);
    expect(index.membersByGroup).toBe(index.membersByGroup);
    expect(index.personByKey).toBe(index.personByKey);
    expect(index.membersByGroup.get('G')).toEqual(['a', 'b']);
  });
});
