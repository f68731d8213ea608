/**
 * The series the 模拟看板 (dashboard) draws, shaped here from computeMetrics so that the charts
 * only draw and every number is unit-tested. Built by dashboardSeries (core/dashboard/series.ts).
 */
import type { CategoryCount, PersonBurden } from '../metrics/model';

export interface BigNumbers {
  /** Work groups before and after the plan (DESIGN §2). */
  before: number;
  after: number;
  /** (before − after) / before, 0 when before is 0. */
  compression: number;
  /** 59.0% — one decimal, as the CLI and the report print it. */
  compressionText: string;
  kept: number;
  pending: number;
  merged: number;
  dissolved: number;
  reclassified: number;
  created: number;
  membershipsBefore: number;
  membershipsAfter: number;
  /** The person in the most work groups before, with their count after; null without member lists. */
  mostBurdened: PersonBurden | null;
  /** The highest count after (possibly someone else); null without member lists. */
  maxAfter: number | null;
  /** People in at least one work group before; null without member lists. */
  people: number | null;
}

/** One unit's bar: its own work groups before and after, against its quota. */
export interface UnitBar {
  id: string;
  name: string;
  /** The parent unit's name (a community's street), or null. */
  parent: string | null;
  before: number;
  after: number;
  /** Null when the policy has no tier for the unit's type. */
  quota: number | null;
  quotaLabel: string | null;
  quotaAssumed: boolean;
  /** after − quota when over the quota, else 0. */
  excess: number;
  compliant: boolean;
}

export interface UnitSeries {
  /** Over-quota units first (most over first), then the rest; roster order within each. */
  units: UnitBar[];
  /** How many of `units` (at the start) are over their quota. */
  overQuota: number;
  /** Units with no work groups before or after, left out of `units`. */
  withoutGroups: number;
}

/** One bar of the per-person burden histogram: people in `min`…`max` work groups (max null: or more). */
export interface BurdenBucket {
  /** 1 个, 3–5 个, 50 个以上. */
  label: string;
  min: number;
  max: number | null;
  before: number;
  after: number;
}

export interface BurdenSeries {
  people: number;
  meanBefore: number;
  meanAfter: number;
  buckets: BurdenBucket[];
}

/** A unit that cannot (or does not yet) meet its quota, and why. */
export interface InfeasibleUnit {
  id: string;
  name: string;
  parent: string | null;
  quota: number;
  after: number;
  excess: number;
  /** The planner's reason (QUOTA_INFEASIBLE), or why the plan as it stands is over. */
  reason: string;
  /** 'planner': the auto-plan found it cannot merge further; 'plan': over quota as the plan stands. */
  source: 'planner' | 'plan';
}

export interface DashboardSeries {
  big: BigNumbers;
  units: UnitSeries;
  /** By business line (computeMetrics' order). */
  categories: CategoryCount[];
  /** By platform (only those with groups). */
  platforms: CategoryCount[];
  /** Null when the roster has no member lists. */
  burden: BurdenSeries | null;
  infeasible: InfeasibleUnit[];
}
