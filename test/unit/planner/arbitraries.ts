/** fast-check generators of small rosters and policies for the planner's property tests. */
import fc from 'fast-check';
import { addDays } from '../../../core/dates';
import { isOpen, type Plan } from '../../../core/plan/model';
import type { Policy, QuotaTier } from '../../../core/policy/schema';
import type { Roster, UnitType } from '../../../core/roster/model';
import { policy, roster } from './build-roster';

export const PERSONS = Array.from({ length: 12 }, (_, i) => `p${i}`);
export const NAMES = [
  '网格1群',
  '网格2群',
  '网格（三）群',
  '党建群',
  '党建工作群',
  '巡查群',
  '党员学习群',
  '夜查',
  '督办',
  '应急',
];
export const date = fc.integer({ min: 0, max: 480 }).map((d) => addDays('2025-01-01', d));

const unitArb = fc.record({
  type: fc.constantFrom<UnitType>('department', 'street', 'town', 'community', 'village'),
  staff: fc.constantFrom(null, 8, 35, 150),
});

const groupArb = fc.record({
  unit: fc.nat(3),
  platform: fc.constantFrom('微信', 'QQ', '钉钉'),
  name: fc.constantFrom(...NAMES),
  line: fc.constantFrom(null, '党建', '网格化'),
  count: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  members: fc.option(fc.subarray(PERSONS, { minLength: 1 }), { nil: null }),
  temporary: fc.boolean(),
  endDate: fc.option(date, { nil: null }),
  lastActive: fc.option(date, { nil: null }),
  planned: fc.constantFrom('none', 'none', 'none', 'none', 'keep', 'pending', 'dissolve', 'merge', 'new'),
  nonWork: fc.constantFrom(false, false, false, false, true),
});

export const policyArb = fc
  .record({
    wx: fc.constantFrom(20, 60, 500),
    qq: fc.constantFrom(30, 2000),
    dd: fc.constantFrom<number | null>(null, 100),
    dept: fc.integer({ min: 1, max: 4 }),
    street: fc.integer({ min: 1, max: 4 }),
    community: fc.integer({ min: 1, max: 2 }),
    preferred: fc.constantFrom<string | null>('微信', null),
    overlap: fc.constantFrom(0.5, 0.8, 1),
    days: fc.constantFrom<number | null>(null, 90, 200),
  })
  .map((p): Policy => {
    const tiers: QuotaTier[] = [
      { unitType: 'department', maxStaff: 20, quota: p.dept },
      { unitType: 'department', maxStaff: null, quota: p.dept + 2 },
      { unitType: 'street', maxStaff: null, quota: p.street },
      { unitType: 'community', maxStaff: null, quota: p.community },
      // towns have no tier: no quota, no rule-5 merging
    ];
    const caps: Array<{ platform: string; cap: number }> = [
      { platform: '微信', cap: p.wx },
      { platform: 'QQ', cap: p.qq },
    ];
    if (p.dd !== null) caps.push({ platform: '钉钉', cap: p.dd });
    return policy({
      tiers,
      platformCaps: caps,
      preferredPlatform: p.preferred,
      duplicateOverlap: p.overlap,
      inactivityDays: p.days,
    });
  });

export const rosterArb = fc
  .record({
    units: fc.array(unitArb, { minLength: 1, maxLength: 4 }),
    groups: fc.array(groupArb, { maxLength: 25 }),
    heads: fc.subarray(PERSONS),
    removals: fc.array(fc.tuple(fc.nat(24), fc.nat(11)), { maxLength: 6 }),
  })
  .map(({ units, groups, heads, removals }): Roster => {
    const b = roster();
    units.forEach((u, i) => b.unit(`U${i}`, { type: u.type, staff: u.staff }));
    for (const key of PERSONS) b.person(key, { isCommunityHead: heads.includes(key) });
    const kinds = groups.map((g) => (g.nonWork ? 'none' : g.planned));
    groups.forEach((g, i) => {
      let kind = kinds[i];
      let targetId: string | null = null;
      if (kind === 'merge') {
        // A valid clerk plan: the final target is another work group the clerk keeps or leaves open.
        const j = groups.findIndex(
          (h, k) => k !== i && !h.nonWork && (kinds[k] === 'none' || kinds[k] === 'keep'),
        );
        if (j < 0) kind = 'keep';
        else targetId = `G${j}`;
      }
      b.group(`G${i}`, {
        unit: `U${g.unit % units.length}`,
        name: g.name,
        platform: g.platform,
        category: g.nonWork ? '日常交流群' : '工作群',
        businessLine: g.line,
        count: g.count,
        members: g.members ?? undefined,
        temporary: g.temporary,
        endDate: g.endDate,
        lastActive: g.lastActive,
        planned:
          kind === 'keep'
            ? { kind: 'keep' }
            : kind === 'pending'
              ? { kind: 'pending' }
              : kind === 'dissolve'
                ? { kind: 'dissolve' }
                : kind === 'new'
                  ? { kind: 'mergeNew', newName: i % 2 ? '新群甲' : '新群乙' }
                  : targetId !== null
                    ? { kind: 'merge', targetId }
                    : null,
      });
    });
    for (const [gi, pi] of removals) b.removal(`G${gi}`, `p${pi}`);
    return b.build();
  });

/** Open target id → its sources (itself when a roster group, and everything merged into it). */
export function openSources(r: Roster, p: Plan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of p.created.keys()) out.set(id, []);
  for (const g of r.groups) {
    const d = p.decisions.get(g.id);
    if (d && isOpen(d)) out.set(g.id, [...(out.get(g.id) ?? []), g.id]);
  }
  for (const g of r.groups) {
    const d = p.decisions.get(g.id);
    if (d?.state === 'merged' && d.targetId !== null) out.get(d.targetId)?.push(g.id);
  }
  return out;
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
