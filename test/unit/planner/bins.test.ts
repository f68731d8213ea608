import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergedSize } from '../../../core/plan/size';
import { removalKey } from '../../../core/plan/model';
import { indexRoster } from '../../../core/roster/model';
import { absorb, BinMarks, binSize, groupIdsOf, singletonBin, unionSize } from '../../../core/planner/bins';
import { PlanMembers } from '../../../core/planner/members';
import { roster } from './build-roster';

describe('bins track mergedSize incrementally', () => {
  it('agrees with mergedSize after every absorb, with and without lists, removals and repeated entries', () => {
    const groupArb = fc.record({
      count: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      members: fc.option(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 }), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(5), fc.constantFrom('a', 'b', 'c')), { maxLength: 4 }),
        fc.nat(5),
        (groups, removals, firstTarget) => {
          const b = roster().unit('U', { type: 'community' });
          groups.forEach((g, i) =>
            b.group(`G${i}`, {
              unit: 'U',
              count: g.count,
              // An empty list is no list: the roster has no membership rows for the group.
              members: g.members && g.members.length > 0 ? g.members : undefined,
            }),
          );
          const r = b.build();
          const index = indexRoster(r);
          const ctx = { index, removals: new Set(removals.map(([i, k]) => removalKey(`G${i}`, k))) };
          const members = new PlanMembers(index, ctx.removals, new Set(removals.map(([i]) => `G${i}`)));
          // Marks are shared by all bins: unions against different targets must not confuse them.
          const marks = new BinMarks(members.people);
          const bins = r.groups.map((group, position) =>
            singletonBin(members, marks, {
              group,
              position,
              listNumber: members.listAt(position),
              closed: null,
              merged: null,
              into: null,
              note: null,
            }),
          );
          const t = firstTarget % bins.length;
          const target = bins[t];
          if (!target) return;
          const rest = bins.filter((_, i) => i !== t);
          expect(binSize(target)).toBe(mergedSize(ctx, groupIdsOf(target)));
          for (const source of rest) {
            expect(binSize(source)).toBe(mergedSize(ctx, groupIdsOf(source)));
            const expected = mergedSize(ctx, [...groupIdsOf(target), ...groupIdsOf(source)]);
            // Another bin's union in between, as packing tries several groups for one item.
            if (rest[0] && rest[0] !== source) unionSize(rest[0], source);
            expect(unionSize(target, source)).toBe(expected);
            expect(binSize(target)).toBe(mergedSize(ctx, groupIdsOf(target)));
            absorb(target, source);
            expect(binSize(target)).toBe(expected);
          }
        },
      ),
    );
  });
});
