import { buildMemberTable, memberLists } from './member-table';

/**
 * The roster: what the clerk's files say, normalised. It is read-only input to planning; the
 * plan (core/plan) records what happens to each group. Ids are strings so that rosters and
 * plans cross IPC, IndexedDB and JSON unchanged.
 */

/** 区直部门 / 街道 / 镇 / 社区 / 村. Streets and towns head areas; communities and villages sit under them. */
export type UnitType = 'department' | 'street' | 'town' | 'community' | 'village';

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  department: '区直部门',
  street: '街道',
  town: '镇',
  community: '社区',
  village: '村',
};

/** Where a record came from, for messages and for telling conflicting duplicates apart. */
export interface SourceRef {
  file: string;
  sheet: string;
  /** 1-based row as Excel shows it. */
  row: number;
}

export interface Unit {
  /** Stable key: the unit's name with spaces removed. */
  id: string;
  name: string;
  type: UnitType;
  /** True when the type was inferred from the name and should be shown for confirmation. */
  typeInferred: boolean;
  /** Parent unit id (the street or town of a community or village); null when unknown. */
  parentId: string | null;
  /** 在编人数: sets a department's quota tier; null when the roster does not say. */
  staff: number | null;
  source: SourceRef | null;
}

/** The platforms the product knows by name; others are accepted as written. */
export const KNOWN_PLATFORMS = ['微信', 'QQ', '钉钉', '政务微信'] as const;

/** 工作群 and the three non-work categories that must be told apart from it (DESIGN §1). */
export const WORK_CATEGORY = '工作群';
export const NON_WORK_CATEGORIES = ['日常交流群', '党员交流群', '便民服务群'] as const;
export type NonWorkCategory = (typeof NON_WORK_CATEGORIES)[number];
export type GroupCategory = typeof WORK_CATEGORY | NonWorkCategory;

/** The clerk's own plan for a group, as the roster's 拟处置/并入 columns state it (resolved). */
export type PlannedAction =
  | { kind: 'keep' }
  | { kind: 'pending' }
  | { kind: 'dissolve' }
  | { kind: 'reclassify'; category: NonWorkCategory | null }
  /** Into an existing group (the final target after resolving chains). */
  | { kind: 'merge'; targetId: string }
  /** Into a new consolidated group named `新建:名称`. */
  | { kind: 'mergeNew'; newName: string };

export interface Group {
  /** 群编号 when given, else `unitId|platform|name` (a 序号 column is a row number, not an identity). */
  id: string;
  /** 群编号 as written, or null. */
  code: string | null;
  name: string;
  unitId: string;
  platform: string;
  category: GroupCategory;
  /** 业务分类 (党建, 网格化, 政务服务, 公共安全, …); null when not given. */
  businessLine: string | null;
  /** 负责人 (谁建群谁负责). */
  owner: string | null;
  /** 成员数 as stated; when a member list is given the list is authoritative for unions. */
  memberCount: number | null;
  temporary: boolean;
  /** ISO dates (YYYY-MM-DD), calendar days without a time zone. */
  endDate: string | null;
  lastActive: string | null;
  /** 是否要求晒照片: forcing photo proof is forbidden, so the report flags it. */
  photoRequired: boolean;
  /** The clerk's plan from 拟处置/并入, or null when the roster has none for this group. */
  planned: PlannedAction | null;
  /** The reason the clerk wrote (处置理由), kept so an exported plan re-imports with its reasons. */
  plannedReason: string | null;
  source: SourceRef | null;
}

export interface Person {
  /** `tel:…` or `id:…` when a phone or ID number is given, else `name:姓名|单位`. */
  key: string;
  name: string;
  phone: string | null;
  idNumber: string | null;
  unitName: string | null;
  title: string | null;
  /** A 书记/主任 of a 社区/村 unit (DESIGN §3). */
  isCommunityHead: boolean;
}

export interface Membership {
  groupId: string;
  personKey: string;
  /** Marked 拟移出 in the roster: the clerk plans to remove this member. */
  removalPlanned: boolean;
}

export interface Roster {
  units: Unit[];
  groups: Group[];
  people: Person[];
  memberships: Membership[];
  /** 填报日期 found in the files, ISO; null when none. */
  reportDate: string | null;
  /** The files it was built from, in order. */
  files: string[];
}

export const isWorkGroup = (g: Pick<Group, 'category'>): boolean => g.category === WORK_CATEGORY;

/** Units and groups by id, built once per roster: the planner and metrics look things up often. */
export interface RosterIndex {
  unitById: Map<string, Unit>;
  groupById: Map<string, Group>;
  /** Built on first use (the planner needs none of it). */
  personByKey: Map<string, Person>;
  /** Person keys of each group, when members are known; built on first use from `members`. */
  membersByGroup: Map<string, string[]>;
  /** Unit id → ids of its child units. */
  childrenByUnit: Map<string, string[]>;
  /** The memberships again, as numbers (see MemberTable). */
  members: MemberTable;
}

/**
 * The memberships as integers, for code that counts unions and overlaps of a million of them
 * (the planner): people and groups are numbered once per roster, and each group's members are a
 * slice of one Int32Array, so nobody has to hash person keys or build Sets of them again.
 */
export interface MemberTable {
  /** Person number → key: roster.people's keys in order (each once), then keys only memberships name. */
  personKeys: string[];
  personNumber: Map<string, number>;
  /** Person number → its record as personByKey has it (the last one of its key); null when none. */
  personRecords: Array<Person | null>;
  /** 1 where that record is a community or village head. */
  communityHead: Uint8Array;
  /** List number → group id: roster.groups' ids in order (each once), then ids only memberships name. */
  groupIds: string[];
  groupNumber: Map<string, number>;
  /** roster.groups[i]'s list number, so that code walking roster.groups needs no lookups. */
  groupList: Int32Array;
  /**
   * List n, membersByGroup's list of its group (row order, repeats kept), is people[from[n]] …
   * people[to[n] − 1]; an empty range means no list (membersByGroup has none either).
   */
  from: Int32Array;
  to: Int32Array;
  people: Int32Array;
  /** Per list number: the rows whose person is a community head (planned removals included). */
  communityHeads: Int32Array;
  /** List numbers in the order membership rows first name them (membersByGroup's order). */
  listOrder: Int32Array;
}

export function indexRoster(roster: Roster): RosterIndex {
  // Plain loops, not new Map(array.map(…)): a pair array per entry is garbage at 300k people.
  const unitById = new Map<string, Unit>();
  for (const u of roster.units) unitById.set(u.id, u);
  const groupById = new Map<string, Group>();
  for (const g of roster.groups) groupById.set(g.id, g);
  const childrenByUnit = new Map<string, string[]>();
  for (const u of roster.units) {
    if (u.parentId === null) continue;
    const list = childrenByUnit.get(u.parentId);
    if (list) list.push(u.id);
    else childrenByUnit.set(u.parentId, [u.id]);
  }
  const members = buildMemberTable(roster);
  let personByKey: Map<string, Person> | null = null;
  let membersByGroup: Map<string, string[]> | null = null;
  return {
    unitById,
    groupById,
    get personByKey(): Map<string, Person> {
      if (personByKey === null) {
        personByKey = new Map();
        for (const p of roster.people) personByKey.set(p.key, p);
      }
      return personByKey;
    },
    get membersByGroup(): Map<string, string[]> {
      return (membersByGroup ??= memberLists(members));
    },
    childrenByUnit,
    members,
  };
}
