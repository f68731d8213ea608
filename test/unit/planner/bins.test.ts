import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergedSize } from '../../../core/plan/size';
import { removalKey } from '../../../core/plan/model';
import { indexRoster } from '../../../core/roster/model';
import { absorb, binSize, PersonNumbers, singletonBin, unionSize } from '../../../core/planner/bins';
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
        (groups, removals) => {
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
          const ctx = {
            index: indexRoster(r),
            removals: new Set(removals.map(([i, k]) => removalKey(`G${i}`, k))),
          };
          const numbers = new PersonNumbers();
          const bins = r.groups.map((group) =>
            singletonBin(ctx, numbers, { group, closed: null, merged: null, into: null, note: null }),
          );
          const [target, ...rest] = bins;
          if (!target) return;
          expect(binSize(target)).toBe(mergedSize(ctx, target.groupIds));
          for (const source of rest) {
            expect(binSize(source)).toBe(mergedSize(ctx, source.groupIds));
            const expected = mergedSize(ctx, [...target.groupIds, ...source.groupIds]);
            expect(unionSize(target, source)).toBe(expected);
            expect(binSize(target)).toBe(mergedSize(ctx, target.groupIds));
            absorb(target, source);
            expect(binSize(target)).toBe(expected);
          }
        },
      ),
    );
  });
});
