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
}

export interface PlanMetrics {
  totals: Totals;
  units: UnitMetrics[];
  areas: AreaMetrics[];
  /** Null when the roster has no member lists. */
  burden: BurdenMetrics | null;
}
