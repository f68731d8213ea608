/**
 * The running total strip above the lanes, from computeMetrics (DESIGN §2): work groups before →
 * after (原群保留 kept + 新建 created), compression, how many merged / dissolved / reclassified,
 * memberships before → after, and the units still over their quota.
 */
import type { ComputedPlanMetrics } from '../../../core/metrics/model';

export interface TotalsStrip {
  before: number;
  after: number;
  kept: number;
  created: number;
  pending: number;
  /** "59%". */
  compression: string;
  merged: number;
  dissolved: number;
  reclassified: number;
  nonWork: number;
  membershipsBefore: number;
  membershipsAfter: number;
  unitsOverQuota: number;
  units: number;
}

export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export function totalsStrip(m: ComputedPlanMetrics): TotalsStrip {
  const t = m.totals;
  return {
    before: t.before,
    after: t.after,
    kept: t.kept,
    created: t.created,
    pending: t.pending,
    compression: percent(t.compression),
    merged: t.merged,
    dissolved: t.dissolved,
    reclassified: t.reclassified,
    nonWork: t.nonWork,
    membershipsBefore: t.membershipsBefore,
    membershipsAfter: t.membershipsAfter,
    unitsOverQuota: m.units.filter((u) => !u.compliant).length,
    units: m.units.length,
  };
}
