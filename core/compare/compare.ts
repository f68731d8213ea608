/**
 * comparePlans: two plans of one roster side by side. The totals and per-unit figures come from
 * computeMetrics (DESIGN §2 is defined once); the group list is one pass over the roster's work
 * groups. A district of 20,000 groups is two metric scans and one pass: no per-group allocation
 * unless the group differs.
 */
import { computeMetrics } from '../metrics/compute';
import type { ComputedPlanMetrics, ComputedUnitMetrics, Totals } from '../metrics/model';
import type { Decision, Plan } from '../plan/model';
import { indexRoster, isWorkGroup, type Roster, type RosterIndex } from '../roster/model';
import {
  TOTAL_KEYS,
  TOTAL_LABELS,
  type ComparedPlan,
  type GroupDifference,
  type GroupTreatment,
  type PlanComparison,
  type TotalKey,
  type TotalRow,
  type UnitComparison,
  type UnitSide,
} from './model';

const overQuota = (m: ComputedPlanMetrics): number => m.units.filter((u) => !u.compliant).length;

function totalOf(m: ComputedPlanMetrics, key: TotalKey): number {
  if (key === 'unitsOverQuota') return overQuota(m);
  const totals: Totals = m.totals;
  return totals[key];
}

function totalRows(a: ComputedPlanMetrics, b: ComputedPlanMetrics): TotalRow[] {
  return TOTAL_KEYS.map((key) => {
    const va = totalOf(a, key);
    const vb = totalOf(b, key);
    return {
      key,
      label: TOTAL_LABELS[key],
      a: va,
      b: vb,
      kind: key === 'compression' ? 'ratio' : 'count',
      differs: va !== vb,
    };
  });
}

const side = (u: ComputedUnitMetrics | undefined): UnitSide => ({
  after: u?.after ?? 0,
  quota: u?.quota ?? null,
  compliant: u?.compliant ?? true,
});

function unitRows(a: ComputedPlanMetrics, b: ComputedPlanMetrics): UnitComparison[] {
  // Both come from the same roster, so the units are the same and in the same order.
  const bById = new Map(b.units.map((u) => [u.id, u]));
  return a.units.map((u) => {
    const sa = side(u);
    const sb = side(bById.get(u.id));
    return {
      id: u.id,
      name: u.name,
      type: u.type,
      parent: u.parent,
      before: u.before,
      a: sa,
      b: sb,
      differs: sa.after !== sb.after || sa.quota !== sb.quota || sa.compliant !== sb.compliant,
    };
  });
}

/** The same treatment: end state, merge target and 转出 category (not the rule or the wording of the reason). */
function sameTreatment(x: Decision | undefined, y: Decision | undefined): boolean {
  const sx = x?.state ?? 'pending';
  const sy = y?.state ?? 'pending';
  if (sx !== sy) return false;
  if (sx === 'merged') return (x?.targetId ?? null) === (y?.targetId ?? null);
  if (sx === 'reclassified') return (x?.category ?? null) === (y?.category ?? null);
  return true;
}

function treatment(roster: RosterIndex, plan: Plan, d: Decision | undefined): GroupTreatment {
  const state = d?.state ?? 'pending';
  const targetId = state === 'merged' ? (d?.targetId ?? null) : null;
  let targetName: string | null = null;
  let targetCreated = false;
  if (targetId !== null) {
    const created = plan.created.get(targetId);
    targetCreated = created !== undefined;
    targetName = created?.name ?? roster.groupById.get(targetId)?.name ?? targetId;
  }
  return {
    state,
    targetId,
    targetName,
    targetCreated,
    category: state === 'reclassified' ? (d?.category ?? null) : null,
    rule: d?.rule ?? null,
    reason: d?.reason ?? '',
  };
}

function groupDifferences(roster: Roster, index: RosterIndex, a: Plan, b: Plan): GroupDifference[] {
  const unitOrder = new Map(roster.units.map((u, i) => [u.id, i]));
  const out: GroupDifference[] = [];
  roster.groups.forEach((g, groupOrder) => {
    if (!isWorkGroup(g)) return;
    const da = a.decisions.get(g.id);
    const db = b.decisions.get(g.id);
    if (sameTreatment(da, db)) return;
    out.push({
      groupId: g.id,
      code: g.code,
      name: g.name,
      unitId: g.unitId,
      unitName: index.unitById.get(g.unitId)?.name ?? g.unitId,
      platform: g.platform,
      unitOrder: unitOrder.get(g.unitId) ?? roster.units.length,
      groupOrder,
      a: treatment(index, a, da),
      b: treatment(index, b, db),
    });
  });
  // Roster order already groups most rosters by unit; a roll-up of several files may not.
  return out.sort((x, y) => x.unitOrder - y.unitOrder || x.groupOrder - y.groupOrder);
}

/** Two plans of the same roster side by side (plan A on the left). */
export function comparePlans(
  roster: Roster,
  a: ComparedPlan,
  b: ComparedPlan,
  index: RosterIndex = indexRoster(roster),
): PlanComparison {
  const ma = computeMetrics(roster, a.plan, a.policy, index);
  const mb = computeMetrics(roster, b.plan, b.policy, index);
  const units = unitRows(ma, mb);
  return {
    totals: totalRows(ma, mb),
    units,
    unitsDiffering: units.filter((u) => u.differs).length,
    groups: groupDifferences(roster, index, a.plan, b.plan),
  };
}
