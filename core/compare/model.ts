/**
 * Two plans of one roster side by side (DESIGN §4 item 7: several plans per roster can be kept
 * and compared). Everything here is derived: the totals and per-unit figures are DESIGN §2's
 * metrics (computeMetrics) for each plan, and the group list is the work groups whose end state
 * or target differs.
 */
import type { GroupState, Plan, RuleId } from '../plan/model';
import type { Policy } from '../policy/schema';
import type { NonWorkCategory, UnitType } from '../roster/model';

/** A plan with the policy it is judged by (each plan keeps its own policy, so quotas may differ). */
export interface ComparedPlan {
  plan: Plan;
  policy: Policy;
}

/** The figures of the totals table, in the order it is printed. */
export const TOTAL_KEYS = [
  'before',
  'after',
  'compression',
  'kept',
  'created',
  'merged',
  'dissolved',
  'reclassified',
  'pending',
  'membershipsBefore',
  'membershipsAfter',
  'unitsOverQuota',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

/** How the report and the board name each figure (DESIGN §2: 原群保留 / 新建合并群 / 精简后合计). */
export const TOTAL_LABELS: Record<TotalKey, string> = {
  before: '精简前工作群',
  after: '精简后合计',
  compression: '压缩率',
  kept: '原群保留',
  created: '新建合并群',
  merged: '合并',
  dissolved: '解散',
  reclassified: '转出',
  pending: '其中待定',
  membershipsBefore: '成员人次（精简前）',
  membershipsAfter: '成员人次（精简后）',
  unitsOverQuota: '超出限额的单位',
};

export interface TotalRow {
  key: TotalKey;
  label: string;
  a: number;
  b: number;
  /** `ratio` values are fractions (0.59 = 59%). */
  kind: 'count' | 'ratio';
  differs: boolean;
}

/** One unit under one plan: its own open groups after the plan against its quota under that plan's policy. */
export interface UnitSide {
  after: number;
  /** Null when the plan's policy has no tier for the unit's type. */
  quota: number | null;
  /** after ≤ quota (true without a quota). */
  compliant: boolean;
}

export interface UnitComparison {
  id: string;
  name: string;
  type: UnitType;
  parent: string | null;
  /** The unit's own work groups before (the same for both plans: one roster). */
  before: number;
  a: UnitSide;
  b: UnitSide;
  /** The after count, the quota or the compliance differs. */
  differs: boolean;
}

/** What one plan does with one work group. */
export interface GroupTreatment {
  state: GroupState;
  /** For a merge: the final target's id (a roster group or a created group). */
  targetId: string | null;
  /** The target's name, or its id when the plan names a group that does not exist. */
  targetName: string | null;
  /** True when the target is a new consolidated group (新建合并群). */
  targetCreated: boolean;
  /** For 转出: the non-work category, when known. */
  category: NonWorkCategory | null;
  rule: RuleId | null;
  reason: string;
}

/** A work group the two plans treat differently (end state, merge target or 转出 category). */
export interface GroupDifference {
  groupId: string;
  /** 群编号 as written, or null. */
  code: string | null;
  name: string;
  unitId: string;
  unitName: string;
  platform: string;
  /** The unit's position in the roster (the list's default order) and the group's. */
  unitOrder: number;
  groupOrder: number;
  a: GroupTreatment;
  b: GroupTreatment;
}

export interface PlanComparison {
  totals: TotalRow[];
  /** Every unit in roster order. */
  units: UnitComparison[];
  /** Units whose figures differ. */
  unitsDiffering: number;
  /** By unit (roster order), then by the group's roster order. */
  groups: GroupDifference[];
}

export type GroupSortKey = 'unit' | 'name' | 'platform' | 'a' | 'b';
export type SortDirection = 'asc' | 'desc';
