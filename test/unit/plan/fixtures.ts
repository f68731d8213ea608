/** Small rosters and plans written out by hand for the plan and metrics tests. */
import {
  indexRoster,
  type Group,
  type GroupCategory,
  type Membership,
  type Person,
  type Roster,
  type RosterIndex,
  type Unit,
  type UnitType,
} from '../../../core/roster/model';
import type { Decision, Plan, PlanPatch } from '../../../core/plan/model';

export interface GroupSpec {
  id: string;
  unit: string;
  name?: string;
  platform?: string;
  category?: GroupCategory;
  businessLine?: string | null;
  owner?: string | null;
  memberCount?: number | null;
  /** Person keys; omitted means no member list. */
  members?: string[];
  lastActive?: string | null;
}

export type UnitSpec = [id: string, type: UnitType, parent?: string | null, staff?: number | null];

export function makeRoster(units: UnitSpec[], groups: GroupSpec[]): Roster {
  const unitList: Unit[] = units.map(([id, type, parent, staff]) => ({
    id,
    name: id,
    type,
    typeInferred: false,
    parentId: parent ?? null,
    staff: staff ?? null,
    source: null,
  }));
  const memberships: Membership[] = [];
  const people = new Map<string, Person>();
  const groupList: Group[] = groups.map((s) => {
    for (const key of s.members ?? []) {
      memberships.push({ groupId: s.id, personKey: key, removalPlanned: false });
      if (!people.has(key)) {
        people.set(key, {
          key,
          name: `姓名${key}`,
          phone: null,
          idNumber: null,
          unitName: s.unit,
          title: null,
          isCommunityHead: false,
        });
      }
    }
    return {
      id: s.id,
      code: s.id,
      name: s.name ?? `${s.id}群`,
      unitId: s.unit,
      platform: s.platform ?? '微信',
      category: s.category ?? '工作群',
      businessLine: s.businessLine ?? null,
      owner: s.owner ?? null,
      memberCount: s.memberCount ?? null,
      temporary: false,
      endDate: null,
      lastActive: s.lastActive ?? null,
      photoRequired: false,
      planned: null,
      plannedReason: null,
      source: null,
    };
  });
  return {
    units: unitList,
    groups: groupList,
    people: [...people.values()],
    memberships,
    reportDate: null,
    files: [],
  };
}

export function emptyPlan(roster: Roster, pendingDecisions = true): Plan {
  const decisions = new Map<string, Decision>();
  if (pendingDecisions) {
    for (const g of roster.groups) {
      if (g.category === '工作群') {
        decisions.set(g.id, { state: 'pending', targetId: null, category: null, rule: 'clerk', reason: '' });
      }
    }
  }
  return {
    asOf: '2026-03-05',
    policyName: '岳麓区',
    decisions,
    created: new Map(),
    removals: new Set(),
    groupEdits: new Map(),
    suggestions: [],
  };
}

export const decision = (
  state: Decision['state'],
  targetId: string | null = null,
  extra: Partial<Decision> = {},
): Decision => ({ state, targetId, category: null, rule: 'clerk', reason: '', ...extra });

/** A plan's contents as sorted plain arrays, for deep equality. */
export function snapshot(plan: Plan): unknown {
  const byKey = <T>(entries: Iterable<[string, T]>): Array<[string, T]> =>
    [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    decisions: byKey(plan.decisions),
    created: byKey(plan.created),
    removals: [...plan.removals].sort(),
    groupEdits: byKey(plan.groupEdits),
  };
}

/** Short state summary: id → "merged>target" etc., for readable expectations. */
export function states(plan: Plan, ids: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const d = plan.decisions.get(id);
    out[id] = d ? (d.state === 'merged' ? `merged>${d.targetId ?? ''}` : d.state) : 'none';
  }
  return out;
}

export const patchIds = (patch: PlanPatch): { decisions: string[]; created: string[] } => ({
  decisions: patch.decisions.map(([id]) => id).sort(),
  created: patch.created.map(([id]) => id).sort(),
});

export function setup(
  units: UnitSpec[],
  groups: GroupSpec[],
): { roster: Roster; index: RosterIndex; plan: Plan } {
  const roster = makeRoster(units, groups);
  return { roster, index: indexRoster(roster), plan: emptyPlan(roster) };
}
