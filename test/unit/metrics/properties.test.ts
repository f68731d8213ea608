import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMetrics } from '../../../core/metrics/compute';
import { applyAction } from '../../../core/plan/actions';
import { openGroupsAfter } from '../../../core/plan/effective';
import { mergedSize, remainingMembers } from '../../../core/plan/size';
import { isWorkGroup } from '../../../core/roster/model';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { actionArb, groupsArb, resolveAction, UNITS } from '../plan/arbitraries';
import { setup } from '../plan/fixtures';
import { expectPlanInvariants } from '../plan/invariants';

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe('metrics (property)', () => {
  it('add up after any sequence of actions, and agree with the plain definitions', () => {
    fc.assert(
      fc.property(groupsArb, fc.array(actionArb, { maxLength: 20 }), (groups, templates) => {
        const { roster, index, plan } = setup(UNITS, groups);
        for (const t of templates)
          applyAction(roster, index, plan, YUELU_POLICY, resolveAction(t, roster, plan));
        expectPlanInvariants(roster, plan);
        const m = computeMetrics(roster, plan, YUELU_POLICY, index);
        const t = m.totals;

        // Every work group ends in exactly one state.
        const work = roster.groups.filter(isWorkGroup);
        expect(t.before).toBe(work.length);
        expect(t.nonWork).toBe(roster.groups.length - work.length);
        expect(t.kept + t.merged + t.dissolved + t.reclassified).toBe(t.before);
        expect(t.after).toBe(t.kept + t.created);
        expect(t.pending).toBeLessThanOrEqual(t.kept);

        // Units and areas partition the totals.
        expect(sum(m.units.map((u) => u.before))).toBe(t.before);
        expect(sum(m.units.map((u) => u.after))).toBe(t.after);
        expect(sum(m.areas.map((a) => a.before))).toBe(t.before);
        expect(sum(m.areas.map((a) => a.after))).toBe(t.after);
        expect(m.areas.flatMap((a) => a.unitIds).sort()).toEqual(roster.units.map((u) => u.id).sort());
        for (const k of [
          'kept',
          'pending',
          'merged',
          'dissolved',
          'reclassified',
          'created',
          'nonWork',
        ] as const) {
          expect(sum(m.units.map((u) => u[k])), k).toBe(t[k]);
        }
        for (const u of m.units) expect(u.compliant).toBe(u.quota === null || u.after <= u.quota);
        expect(sum(m.categories.map((c) => c.before))).toBe(t.before);
        expect(sum(m.categories.map((c) => c.after))).toBe(t.after);
        expect(sum(m.platforms.map((c) => c.after))).toBe(t.after);

        // Memberships: the typed-array path agrees with mergedSize of each open group.
        const open = openGroupsAfter(roster, index, plan);
        expect(open).toHaveLength(t.after);
        const ctx = { index, removals: plan.removals };
        for (const g of open) expect(g.size).toBe(mergedSize(ctx, g.sourceIds));
        expect(t.membershipsAfter).toBe(sum(open.map((g) => g.size)));
        expect(t.membershipsBefore).toBe(
          sum(work.map((g) => g.memberCount ?? index.membersByGroup.get(g.id)?.length ?? 0)),
        );

        // Burden from the plain definition.
        if (roster.memberships.length === 0) {
          expect(m.burden).toBeNull();
          return;
        }
        const before = new Map<string, number>();
        for (const g of work)
          for (const p of index.membersByGroup.get(g.id) ?? []) before.set(p, (before.get(p) ?? 0) + 1);
        const after = new Map<string, number>();
        for (const g of open) {
          const people = new Set(g.sourceIds.flatMap((id) => remainingMembers(ctx, id) ?? []));
          for (const p of people) after.set(p, (after.get(p) ?? 0) + 1);
        }
        const people = [...before.keys()];
        const b = m.burden;
        expect(b?.people).toBe(people.length);
        expect(b?.maxBefore).toBe(Math.max(0, ...people.map((p) => before.get(p) ?? 0)));
        expect(b?.maxAfter).toBe(Math.max(0, ...people.map((p) => after.get(p) ?? 0)));
        expect(sum(b?.distributionBefore ?? [])).toBe(people.length);
        expect(sum(b?.distributionAfter ?? [])).toBe(people.length);
        if (people.length > 0) {
          expect(b?.meanAfter).toBeCloseTo(sum(people.map((p) => after.get(p) ?? 0)) / people.length, 9);
        }
        for (const p of people) expect(after.get(p) ?? 0).toBeLessThanOrEqual(before.get(p) ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});
