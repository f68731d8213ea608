/**
 * The metrics of a plan over a roster, defined once (DESIGN §2) and used by the CLI's --json,
 * the dashboard and the report. Computed by computeMetrics (core/metrics/compute.ts).
 */
import type { UnitType } from '../roster/model';

export interface Totals {
  /** The roster's work groups. */
  before: number;
  /** kept + created. */
  after: number;
  /** Still open, possibly having absorbed others; pending (待定) groups count here. */
  kept: number;
  /** Of `kept`, how many are still pending. */
  pending: number;
  merged: number;
  dissolved: number;
  reclassified: number;
  /** New consolidated groups created by merges (that have at least one source). */
  created: number;
  /** (before − after) / before; 0 when before is 0. */
  compression: number;
  /** Groups the roster labels as chat, party-member or public-service groups. */
  nonWork: number;
  /** Sum of member counts of work groups before, and of open groups after. */
  membershipsBefore: number;
  membershipsAfter: number;
}

export interface UnitMetrics {
  id: string;
  name: string;
  type: UnitType;
  /** The parent unit's name, or null. */
  parent: string | null;
  /** The unit's own work groups before the plan. */
  before: number;
  /** Null when the policy has no tier for the unit's type. */
  quota: number | null;
  quotaLabel: string | null;
  /** True when 在编人数 was missing and a tier was assumed. */
  quotaAssumed: boolean;
  /** The unit's own open groups after the plan: kept ones plus created ones that belong to it. */
  after: number;
  /** after ≤ quota (true when there is no quota). */
  compliant: boolean;
  /** The end states of the unit's own work groups (kept includes pending); set by computeMetrics. */
  kept?: number;
  pending?: number;
  merged?: number;
  dissolved?: number;
  reclassified?: number;
  /** Created groups that belong to the unit (with at least one source). */
  created?: number;
  /** The unit's non-work groups. */
  nonWork?: number;
}

/** A street or town with its communities and villages; a department or an orphan unit on its own. */
export interface AreaMetrics {
  /** The heading unit's id. */
  id: string;
  /** e.g. "望月湖街道". */
  name: string;
  unitIds: string[];
  before: number;
  after: number;
}

export interface BurdenMetrics {
  /** People who are in at least one work group before. */
  people: number;
  maxBefore: number;
  maxAfter: number;
  meanBefore: number;
  meanAfter: number;
  /** distribution[k] = number of people in exactly k work groups (index 0 … max). */
  distributionBefore: number[];
  distributionAfter: number[];
  /** The person in the most work groups before (ties: more after, then first listed); set by computeMetrics. */
  mostBurdened?: PersonBurden | null;
}

/** One person's work-group count before and after the plan. */
export interface PersonBurden {
  key: string;
  name: string;
  /** The person's unit as the member list states it. */
  unit: string | null;
  before: number;
  after: number;
}

/** Work groups by business line (业务分类; 未分类 when none) or by platform, before and after. */
export interface CategoryCount {
  name: string;
  before: number;
  after: number;
}

export interface PlanMetrics {
  totals: Totals;
  units: UnitMetrics[];
  areas: AreaMetrics[];
  /** Null when the roster has no member lists. */
  burden: BurdenMetrics | null;
  /** By business line: the policy's lines in order (even at 0), then others as met, then 未分类. Set by computeMetrics. */
  categories?: CategoryCount[];
  /** By platform (only those with groups): the known platforms in order, then others as met. Set by computeMetrics. */
  platforms?: CategoryCount[];
}

/** What computeMetrics returns: the optional additions above are always present. */
export type ComputedUnitMetrics = Required<UnitMetrics>;
export interface ComputedBurdenMetrics extends BurdenMetrics {
  mostBurdened: PersonBurden | null;
}
export interface ComputedPlanMetrics extends PlanMetrics {
  units: ComputedUnitMetrics[];
  burden: ComputedBurdenMetrics | null;
  categories: CategoryCount[];
  platforms: CategoryCount[];
}
