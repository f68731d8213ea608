import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen, removalKey } from '../../../core/plan/model';
import { mergedSize, remainingMembers } from '../../../core/plan/size';
import { platformCap, quotaFor } from '../../../core/policy/quota';
import { indexRoster, isWorkGroup, type Roster } from '../../../core/roster/model';
import { normaliseName, planWith } from '../../../core/planner';
import { date, NAMES, openSources, PERSONS, policyArb, rosterArb, shuffled } from './arbitraries';
import { AS_OF, plan, policy, roster } from './build-roster';

const modes = [false, true];

describe.each(modes)('planner properties (useClerkPlan %s)', (useClerkPlan) => {
  it('gives every work group exactly one decision with a valid target and a reason', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, (r, pol) => {
        const { plan: p, problems } = plan(r, pol, useClerkPlan);
        const work = r.groups.filter(isWorkGroup);
        expect([...p.decisions.keys()].sort()).toEqual(work.map((g) => g.id).sort());
        const open = openSources(r, p);
        for (const d of p.decisions.values()) {
          expect(d.reason.length).toBeGreaterThan(0);
          if (d.state === 'merged') expect(d.targetId !== null && open.has(d.targetId)).toBe(true);
          else expect(d.targetId).toBeNull();
        }
        for (const [id, c] of p.created) {
          expect(open.get(id)?.length).toBeGreaterThan(0);
          expect(c.id).toBe(id);
        }
        expect(problems.filter((x) => x.level === 'error')).toEqual([]);
      }),
    );
  });

  it('never raises any person’s group count', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, (r, pol) => {
        const { plan: p } = plan(r, pol, useClerkPlan);
        const index = indexRoster(r);
        const before = new Map<string, number>();
        for (const g of r.groups.filter(isWorkGroup))
          for (const key of index.membersByGroup.get(g.id) ?? []) before.set(key, (before.get(key) ?? 0) + 1);
        const after = new Map<string, number>();
        for (const sources of openSources(r, p).values()) {
          const people = new Set<string>();
          for (const id of sources)
            for (const key of remainingMembers({ index, removals: p.removals }, id) ?? []) people.add(key);
          for (const key of people) after.set(key, (after.get(key) ?? 0) + 1);
        }
        for (const [key, n] of after) expect(n).toBeLessThanOrEqual(before.get(key) ?? 0);
      }),
    );
  });

  it('keeps every auto merge within the target platform’s cap', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, (r, pol) => {
        const { plan: p } = plan(r, pol, useClerkPlan);
        const ctx = { index: indexRoster(r), removals: p.removals };
        for (const [id, sources] of openSources(r, p)) {
          const d = p.decisions.get(id);
          const merges = sources.filter((s) => s !== id);
          if (!d || d.rule === 'clerk' || merges.some((s) => p.decisions.get(s)?.rule === 'clerk')) continue;
          if (merges.length === 0) continue;
          const cap = platformCap(pol, ctx.index.groupById.get(id)?.platform ?? '');
          if (cap !== null) expect(mergedSize(ctx, sources)).toBeLessThanOrEqual(cap);
        }
      }),
    );
  });

  it('meets the quota of every unit it does not report as infeasible, and only those', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, (r, pol) => {
        const { plan: p, problems } = plan(r, pol, useClerkPlan);
        const index = indexRoster(r);
        const reported = new Set(
          problems.filter((x) => x.code === 'QUOTA_INFEASIBLE').map((x) => x.message.split(' ')[0]),
        );
        const openCount = new Map<string, number>();
        for (const id of openSources(r, p).keys()) {
          const unitId = index.groupById.get(id)?.unitId ?? p.created.get(id)?.unitId ?? '';
          openCount.set(unitId, (openCount.get(unitId) ?? 0) + 1);
        }
        for (const u of r.units) {
          const q = quotaFor(pol, u);
          const n = openCount.get(u.id) ?? 0;
          if (q === null) expect(reported.has(u.name)).toBe(false);
          else expect(reported.has(u.name)).toBe(n > q.quota);
        }
      }),
    );
  });

  it('is deterministic: same input, any row order, same plan', () => {
    fc.assert(
      fc.property(rosterArb, policyArb, fc.integer(), (r, pol, seed) => {
        const first = plan(r, pol, useClerkPlan);
        const again = plan(r, pol, useClerkPlan);
        const mixed: Roster = {
          ...r,
          units: shuffled(r.units, seed),
          groups: shuffled(r.groups, seed + 1),
          people: shuffled(r.people, seed + 2),
          memberships: shuffled(r.memberships, seed + 3),
        };
        const other = plan(mixed, pol, useClerkPlan);
        for (const x of [again, other]) {
          expect([...x.plan.decisions]).toEqual([...first.plan.decisions]);
          expect([...x.plan.created]).toEqual([...first.plan.created]);
          expect([...x.plan.removals].sort()).toEqual([...first.plan.removals].sort());
          expect(x.plan.suggestions).toEqual(first.plan.suggestions);
          expect(x.problems).toEqual(first.problems);
        }
      }),
    );
  });
});

describe('planner properties (auto-plan only)', () => {
  it('meets the quota when one platform holds everything within its cap', () => {
    const arb = fc.record({
      quota: fc.integer({ min: 1, max: 4 }),
      groups: fc.array(
        fc.record({
          name: fc.constantFrom(...NAMES),
          count: fc.integer({ min: 1, max: 40 }),
          members: fc.option(fc.subarray(PERSONS, { minLength: 1 }), { nil: null }),
          line: fc.constantFrom(null, '党建', '网格化'),
          lastActive: fc.option(date, { nil: null }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ quota, groups }) => {
        const b = roster().unit('区档案馆', { type: 'department', staff: 12 });
        groups.forEach((g, i) =>
          b.group(`G${i}`, {
            unit: '区档案馆',
            name: g.name,
            count: g.count,
            members: g.members ?? undefined,
            businessLine: g.line,
            lastActive: g.lastActive,
          }),
        );
        const pol = policy({ tiers: [{ unitType: 'department', maxStaff: null, quota }] });
        const { plan: p, problems } = plan(b.build(), pol);
        const open = [...p.decisions.values()].filter(isOpen).length;
        expect(open).toBeLessThanOrEqual(quota);
        expect(problems.filter((x) => x.code === 'QUOTA_INFEASIBLE')).toEqual([]);
      }),
    );
  });

  it('leaves no two duplicates open when nothing else limits rule 4 (checks the overlap index against all pairs)', () => {
    fc.assert(
      fc.property(rosterArb, fc.constantFrom(0.3, 0.5, 0.8, 1), (r, t) => {
        const pol = policy({
          tiers: [{ unitType: 'department', maxStaff: null, quota: 1 }],
          reclassifyWords: [],
          dissolveEndedTemporary: false,
          inactivityDays: null,
          platformCaps: [],
          duplicateOverlap: t,
        });
        // No tier for anything but departments: rule 5 runs there only, so look at the other units.
        const { plan: p } = plan(r, pol);
        const index = indexRoster(r);
        const open = r.groups.filter((g) => {
          const d = p.decisions.get(g.id);
          return d && isOpen(d) && index.unitById.get(g.unitId)?.type !== 'department';
        });
        const duplicate = (a: string, b: string): boolean => {
          const ga = index.groupById.get(a);
          const gb = index.groupById.get(b);
          if (!ga || !gb || ga.unitId !== gb.unitId || ga.platform !== gb.platform) return false;
          const na = normaliseName(ga.name);
          if (na !== '' && na === normaliseName(gb.name)) return true;
          const la = index.membersByGroup.get(a);
          const lb = index.membersByGroup.get(b);
          if (!la || !lb) return false;
          const shared = la.filter((x) => lb.includes(x)).length;
          return shared / Math.min(la.length, lb.length) >= t;
        };
        for (let i = 0; i < open.length; i++)
          for (let j = i + 1; j < open.length; j++)
            expect(duplicate(open[i]?.id ?? '', open[j]?.id ?? '')).toBe(false);
        for (const g of r.groups) {
          const d = p.decisions.get(g.id);
          if (index.unitById.get(g.unitId)?.type === 'department' || d?.rule !== 'duplicate') continue;
          if (d.targetId !== null) expect(duplicate(g.id, d.targetId)).toBe(true);
        }
      }),
    );
  });
});

it('plans with the removal keys the roster marks', () => {
  const r = roster()
    .unit('U', { type: 'community' })
    .group('G', { unit: 'U', members: ['a', 'b'] })
    .removal('G', 'a')
    .build();
  expect([...plan(r, policy(), true, AS_OF).plan.removals]).toEqual([removalKey('G', 'a')]);
});

describe('rule 4 searches small buckets pair by pair and large ones by index, with one result', () => {
  it('plans the same whatever the threshold between the two', () => {
    // One unit and platform, many groups: every bucket is large enough for the indexes.
    const arb = fc.record({
      groups: fc.array(
        fc.record({
          name: fc.constantFrom(...NAMES),
          members: fc.option(fc.subarray(PERSONS, { minLength: 1 }), { nil: null }),
          count: fc.integer({ min: 1, max: 40 }),
          platform: fc.constantFrom('微信', '微信', 'QQ'),
          lastActive: fc.option(date, { nil: null }),
        }),
        { minLength: 2, maxLength: 40 },
      ),
      overlap: fc.constantFrom(0.3, 0.5, 0.8, 1),
      cap: fc.constantFrom(6, 9, 500),
      clerk: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ groups, overlap, cap, clerk }) => {
        const b = roster().unit('区档案馆', { type: 'department', staff: 150 });
        groups.forEach((g, i) =>
          b.group(`G${String(i).padStart(2, '0')}`, {
            unit: '区档案馆',
            name: g.name,
            platform: g.platform,
            count: g.count,
            members: g.members ?? undefined,
            lastActive: g.lastActive,
          }),
        );
        const r = b.build();
        const pol = policy({ duplicateOverlap: overlap, platformCaps: [{ platform: '微信', cap }] });
        const options = { asOf: AS_OF, useClerkPlan: clerk };
        const pairwise = planWith(r, pol, options, 1000);
        const indexed = planWith(r, pol, options, 0);
        expect([...indexed.plan.decisions]).toEqual([...pairwise.plan.decisions]);
        expect(indexed.plan.suggestions).toEqual(pairwise.plan.suggestions);
        expect(indexed.problems).toEqual(pairwise.problems);
      }),
    );
  });
});
