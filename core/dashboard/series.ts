/**
 * Every series of the 模拟看板, from computeMetrics (the one definition of the numbers, DESIGN §2)
 * and the plan's planner warnings. Pure and cheap beyond computeMetrics itself: a pass over the
 * units, the categories and the burden distribution.
 */
import { computeMetrics, unitsOverQuotaFirst } from '../metrics/compute';
import type { ComputedPlanMetrics, ComputedUnitMetrics } from '../metrics/model';
import type { Plan } from '../plan/model';
import type { Policy } from '../policy/schema';
import type { Problem } from '../problems';
import type { Roster, RosterIndex } from '../roster/model';
import { burdenSeries } from './burden-buckets';
import { infeasibleUnits } from './infeasible';
import type { BigNumbers, DashboardSeries, UnitBar, UnitSeries } from './model';

/** 59.0% — one decimal, as the CLI prints compression. */
export const percentText = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

export function bigNumbers(metrics: ComputedPlanMetrics): BigNumbers {
  const t = metrics.totals;
  const b = metrics.burden;
  return {
    before: t.before,
    after: t.after,
    compression: t.compression,
    compressionText: percentText(t.compression),
    kept: t.kept,
    pending: t.pending,
    merged: t.merged,
    dissolved: t.dissolved,
    reclassified: t.reclassified,
    created: t.created,
    membershipsBefore: t.membershipsBefore,
    membershipsAfter: t.membershipsAfter,
    mostBurdened: b?.mostBurdened ?? null,
    maxAfter: b ? b.maxAfter : null,
    people: b ? b.people : null,
  };
}

const unitBar = (m: ComputedUnitMetrics): UnitBar => ({
  id: m.id,
  name: m.name,
  parent: m.parent,
  before: m.before,
  after: m.after,
  quota: m.quota,
  quotaLabel: m.quotaLabel,
  quotaAssumed: m.quotaAssumed,
  excess: m.compliant || m.quota === null ? 0 : m.after - m.quota,
  compliant: m.compliant,
});

export function unitSeries(units: readonly ComputedUnitMetrics[]): UnitSeries {
  const shown = units.filter((u) => u.before > 0 || u.after > 0);
  const ordered = unitsOverQuotaFirst(shown).map(unitBar);
  return {
    units: ordered,
    overQuota: ordered.filter((u) => u.excess > 0).length,
    withoutGroups: units.length - shown.length,
  };
}

/** The dashboard from metrics already computed (the board computes them too). */
export function dashboardFromMetrics(
  metrics: ComputedPlanMetrics,
  index: RosterIndex,
  problems: readonly Problem[],
): DashboardSeries {
  return {
    big: bigNumbers(metrics),
    units: unitSeries(metrics.units),
    categories: metrics.categories,
    platforms: metrics.platforms,
    burden: burdenSeries(metrics.burden),
    infeasible: infeasibleUnits(metrics.units, index.unitById, problems),
  };
}

export function dashboardSeries(
  roster: Roster,
  index: RosterIndex,
  plan: Plan,
  policy: Policy,
  problems: readonly Problem[] = [],
): DashboardSeries {
  return dashboardFromMetrics(computeMetrics(roster, plan, policy, index), index, problems);
}
