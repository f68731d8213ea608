/** fast-check generators: small random rosters and random board actions over them. */
import fc from 'fast-check';
import { NON_WORK_CATEGORIES, type GroupCategory, type Roster } from '../../../core/roster/model';
import type { Plan } from '../../../core/plan/model';
import type { PlanAction } from '../../../core/plan/actions';
import type { GroupSpec, UnitSpec } from './fixtures';

export const UNITS: UnitSpec[] = [
  ['S', 'street'],
  ['C1', 'community', 'S'],
  ['C2', 'community', 'S'],
  ['T', 'town'],
  ['V', 'village', 'T'],
  ['D', 'department', null, 50],
  ['O', 'community'],
];
const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
const CATEGORIES: GroupCategory[] = [...Array<GroupCategory>(8).fill('工作群'), '日常交流群', '党员交流群'];

const groupSpec = (i: number, withLists: boolean): fc.Arbitrary<GroupSpec> =>
  fc
    .record({
      unit: fc.constantFrom(...UNITS.map((u) => u[0])),
      platform: fc.constantFrom('微信', '微信', 'QQ', '钉钉'),
      category: fc.constantFrom(...CATEGORIES),
      businessLine: fc.constantFrom(null, '党建', '网格化', '其他条线'),
      members: withLists ? fc.option(fc.subarray(PEOPLE), { nil: undefined }) : fc.constant(undefined),
      memberCount: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      lastActive: fc.constantFrom(null, '2026-01-01', '2025-06-01'),
    })
    .map((r) => ({ ...r, id: `g${i}` }));

/** 2–14 groups over fixed units; member lists on some groups (or none at all). */
export const groupsArb: fc.Arbitrary<GroupSpec[]> = fc
  .tuple(
    fc.integer({ min: 2, max: 14 }),
    fc.nat(9).map((n) => n < 7),
  )
  .chain(([n, withLists]) => fc.tuple(...Array.from({ length: n }, (_, i) => groupSpec(i, withLists))));

/** An action template: picks are resolved against the roster and the plan as it is when applied. */
export type ActionTemplate =
  | { kind: 'lane'; type: 'keep' | 'setPending' | 'dissolve' | 'unmerge'; picks: number[] }
  | { kind: 'reclassify'; picks: number[]; category: number }
  | { kind: 'merge'; picks: number[]; target: number }
  | { kind: 'mergeNew'; picks: number[]; name: number; unit: number | null }
  | { kind: 'member'; remove: boolean; group: number; person: number }
  | { kind: 'edit'; group: number; edit: number };

/** Negative picks choose among groups already in a merge (sources, targets, created groups); 40 is an unknown id. */
const picks = fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 2 });

const mergeArb = fc.record({
  kind: fc.constant('merge' as const),
  picks,
  target: fc.integer({ min: -40, max: 40 }),
});

const memberArb = fc.record({
  kind: fc.constant('member' as const),
  remove: fc.boolean(),
  group: fc.integer({ min: -40, max: 40 }),
  person: fc.nat(8),
});

export const actionArb: fc.Arbitrary<ActionTemplate> = fc.oneof(
  fc.record({
    kind: fc.constant('lane' as const),
    type: fc.constant('unmerge' as const),
    picks: fc.array(fc.integer({ min: -40, max: -1 }), { minLength: 1, maxLength: 2 }),
  }),
  mergeArb,
  mergeArb,
  mergeArb,
  fc.record({
    kind: fc.constant('lane' as const),
    type: fc.constantFrom('keep' as const, 'setPending' as const, 'dissolve' as const, 'unmerge' as const),
    picks,
  }),
  fc.record({ kind: fc.constant('reclassify' as const), picks, category: fc.nat(3) }),
  fc.record({
    kind: fc.constant('mergeNew' as const),
    picks,
    name: fc.nat(2),
    unit: fc.option(fc.nat(10), { nil: null }),
  }),
  memberArb,
  memberArb,
  fc.record({ kind: fc.constant('edit' as const), group: fc.nat(40), edit: fc.nat(4) }),
);

const EDITS = [
  { owner: '张三' },
  { owner: undefined },
  { businessLine: '党建', photoRequired: true },
  { temporary: true, endDate: '2026-06-30' },
  { businessLine: undefined, temporary: undefined },
];

/** Ids to pick from: every roster group (work or not) and the created groups now. */
function pool(roster: Roster, plan: Plan): string[] {
  return [...roster.groups.map((g) => g.id), ...plan.created.keys()];
}

function merging(plan: Plan): string[] {
  const ids = new Set<string>();
  for (const [id, d] of plan.decisions) {
    if (d.state === 'merged' && d.targetId !== null) {
      ids.add(id);
      ids.add(d.targetId);
    }
  }
  return [...ids];
}

export function resolveAction(t: ActionTemplate, roster: Roster, plan: Plan): PlanAction {
  const ids = pool(roster, plan);
  const inMerge = merging(plan);
  const at = (n: number): string => {
    if (n === 40) return 'unknown';
    if (n < 0 && inMerge.length > 0) return inMerge[-n % inMerge.length] ?? 'unknown';
    return ids[Math.abs(n) % ids.length] ?? 'unknown';
  };
  const many = (ns: number[]): string[] => ns.map(at);
  switch (t.kind) {
    case 'lane':
      return { type: t.type, groupIds: many(t.picks) };
    case 'reclassify':
      return {
        type: 'reclassify',
        groupIds: many(t.picks),
        category: [null, ...NON_WORK_CATEGORIES][t.category] ?? null,
      };
    case 'merge':
      return { type: 'merge', sourceIds: many(t.picks), targetId: at(t.target) };
    case 'mergeNew': {
      const action: PlanAction = {
        type: 'mergeNew',
        sourceIds: many(t.picks),
        name: ['甲', '乙', '丙'][t.name] ?? '甲',
      };
      if (t.unit !== null) action.unitId = UNITS[t.unit % UNITS.length]?.[0] ?? 'S';
      return action;
    }
    case 'member': {
      // Mostly someone the group (or, for a created group, anyone) lists, sometimes a stranger.
      const groupId = at(t.group);
      const listed = roster.memberships.filter((m) => m.groupId === groupId).map((m) => m.personKey);
      const from = listed.length > 0 && t.person < 7 ? listed : PEOPLE;
      return {
        type: t.remove ? 'removeMember' : 'restoreMember',
        groupId,
        personKey: from[t.person % from.length] ?? 'p0',
      };
    }
    case 'edit':
      return { type: 'editGroup', groupId: at(t.group), edit: EDITS[t.edit % EDITS.length] ?? {} };
  }
}
