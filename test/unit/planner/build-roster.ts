/** A small roster builder so planner tests read as the tables they are. */
import { makePlan, type MakePlanResult } from '../../../core/planner';
import type { Decision } from '../../../core/plan/model';
import type { Policy } from '../../../core/policy/schema';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type {
  Group,
  GroupCategory,
  Membership,
  Person,
  PlannedAction,
  Roster,
  Unit,
  UnitType,
} from '../../../core/roster/model';

export const AS_OF = '2026-03-01';
/** Recent enough never to be dead on AS_OF. */
export const RECENT = '2026-02-20';

export interface GroupSpec {
  unit: string;
  name?: string;
  platform?: string;
  category?: GroupCategory;
  businessLine?: string | null;
  owner?: string | null;
  /** 成员数; leave out with `members` to let the list speak. */
  count?: number | null;
  /** Person keys of the member list. */
  members?: string[];
  temporary?: boolean;
  endDate?: string | null;
  lastActive?: string | null;
  planned?: PlannedAction | null;
  plannedReason?: string | null;
  /** Source row on sheet 工作群 of roster.xlsx. */
  row?: number;
  code?: string | null;
}

export interface UnitSpec {
  type: UnitType;
  staff?: number | null;
  parent?: string | null;
  row?: number;
}

export class RosterBuilder {
  private readonly units: Unit[] = [];
  private readonly groups: Group[] = [];
  private readonly people = new Map<string, Person>();
  private readonly memberships: Membership[] = [];

  unit(name: string, spec: UnitSpec): this {
    this.units.push({
      id: name,
      name,
      type: spec.type,
      typeInferred: false,
      parentId: spec.parent ?? null,
      staff: spec.staff ?? null,
      source: spec.row === undefined ? null : { file: 'roster.xlsx', sheet: '单位', row: spec.row },
    });
    return this;
  }

  person(key: string, spec: Partial<Omit<Person, 'key'>> = {}): this {
    this.people.set(key, {
      key,
      name: spec.name ?? key,
      phone: spec.phone ?? null,
      idNumber: spec.idNumber ?? null,
      unitName: spec.unitName ?? null,
      title: spec.title ?? null,
      isCommunityHead: spec.isCommunityHead ?? false,
    });
    return this;
  }

  group(id: string, spec: GroupSpec): this {
    const members = spec.members;
    this.groups.push({
      id,
      code: spec.code === undefined ? id : spec.code,
      name: spec.name ?? id,
      unitId: spec.unit,
      platform: spec.platform ?? '微信',
      category: spec.category ?? '工作群',
      businessLine: spec.businessLine ?? null,
      owner: spec.owner ?? null,
      memberCount: spec.count === undefined ? (members ? null : 10) : spec.count,
      temporary: spec.temporary ?? false,
      endDate: spec.endDate ?? null,
      lastActive: spec.lastActive === undefined ? RECENT : spec.lastActive,
      photoRequired: false,
      planned: spec.planned ?? null,
      plannedReason: spec.plannedReason ?? null,
      source: spec.row === undefined ? null : { file: 'roster.xlsx', sheet: '工作群', row: spec.row },
    });
    for (const key of members ?? []) {
      if (!this.people.has(key)) this.person(key);
      this.memberships.push({ groupId: id, personKey: key, removalPlanned: false });
    }
    return this;
  }

  /** Marks a membership 拟移出. */
  removal(groupId: string, personKey: string): this {
    for (const m of this.memberships)
      if (m.groupId === groupId && m.personKey === personKey) m.removalPlanned = true;
    return this;
  }

  build(): Roster {
    return {
      units: this.units.slice(),
      groups: this.groups.slice(),
      people: [...this.people.values()],
      memberships: this.memberships.map((m) => ({ ...m })),
      reportDate: null,
      files: ['roster.xlsx'],
    };
  }
}

export const roster = (): RosterBuilder => new RosterBuilder();

/** person keys p1…pn with a prefix: people('p', 3) → ['p1', 'p2', 'p3']. */
export const people = (prefix: string, n: number, from = 1): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${from + i}`);

export function policy(overrides: Partial<Policy> = {}): Policy {
  return { ...YUELU_POLICY, ...overrides };
}

export function plan(r: Roster, p: Policy = policy(), useClerkPlan = false, asOf = AS_OF): MakePlanResult {
  return makePlan(r, p, { asOf, useClerkPlan });
}

export const kept = (rule: Decision['rule'], reason: string): Decision => ({
  state: 'kept',
  targetId: null,
  category: null,
  rule,
  reason,
});

export const merged = (targetId: string, rule: Decision['rule'], reason: string): Decision => ({
  state: 'merged',
  targetId,
  category: null,
  rule,
  reason,
});

export const dissolved = (rule: Decision['rule'], reason: string): Decision => ({
  state: 'dissolved',
  targetId: null,
  category: null,
  rule,
  reason,
});

/** Decisions as a plain object for readable toEqual diffs (test ids are trusted literals). */
export function decisionsOf(result: MakePlanResult): Record<string, Decision> {
  return Object.fromEntries(result.plan.decisions);
}
