/**
 * Per unit (its own groups, against its own quota) and per area (a street or town with its
 * communities and villages; a department, or a community or village without a street, on its
 * own). Units keep roster order; unitsOverQuotaFirst is the ordering for "what needs work".
 */
import type { Roster, RosterIndex, Unit } from '../roster/model';
import type { Policy } from '../policy/schema';
import { quotaFor } from '../policy/quota';
import type { AreaMetrics, ComputedUnitMetrics } from './model';

/** Counts gathered for one unit while scanning the plan. */
export interface UnitTally {
  before: number;
  after: number;
  kept: number;
  pending: number;
  merged: number;
  dissolved: number;
  reclassified: number;
  created: number;
  nonWork: number;
}

export const emptyUnitTally = (): UnitTally => ({
  before: 0,
  after: 0,
  kept: 0,
  pending: 0,
  merged: 0,
  dissolved: 0,
  reclassified: 0,
  created: 0,
  nonWork: 0,
});

export function unitMetrics(
  roster: Roster,
  index: RosterIndex,
  policy: Policy,
  tallies: Map<string, UnitTally>,
): ComputedUnitMetrics[] {
  return roster.units.map((u) => {
    const t = tallies.get(u.id) ?? emptyUnitTally();
    const q = quotaFor(policy, u);
    const parent = u.parentId === null ? null : (index.unitById.get(u.parentId)?.name ?? null);
    return {
      id: u.id,
      name: u.name,
      type: u.type,
      parent,
      quota: q ? q.quota : null,
      quotaLabel: q ? q.label : null,
      quotaAssumed: q ? q.assumed : false,
      compliant: q === null || t.after <= q.quota,
      ...t,
    };
  });
}

const isGrassroots = (u: Unit): boolean => u.type === 'community' || u.type === 'village';
const headsArea = (u: Unit): boolean => u.type === 'street' || u.type === 'town';

/** The unit that heads u's area: its street or town for a community or village that has one, else itself. */
export function areaHeadOf(index: RosterIndex, u: Unit): string {
  if (!isGrassroots(u) || u.parentId === null) return u.id;
  const parent = index.unitById.get(u.parentId);
  return parent && headsArea(parent) ? parent.id : u.id;
}

export function areaMetrics(roster: Roster, index: RosterIndex, units: ComputedUnitMetrics[]): AreaMetrics[] {
  const byId = new Map(units.map((m) => [m.id, m]));
  const areas = new Map<string, AreaMetrics>();
  for (const u of roster.units) {
    const head = areaHeadOf(index, u);
    if (head !== u.id) continue;
    areas.set(u.id, { id: u.id, name: u.name, unitIds: [u.id], before: 0, after: 0 });
  }
  for (const u of roster.units) {
    const head = areaHeadOf(index, u);
    const area = areas.get(head);
    const m = byId.get(u.id);
    if (!area || !m) continue;
    if (head !== u.id) area.unitIds.push(u.id);
    area.before += m.before;
    area.after += m.after;
  }
  return [...areas.values()];
}

/**
 * Units over their quota first (most over first), then the rest; roster order within each.
 * Returns a new array.
 */
export function unitsOverQuotaFirst<T extends { quota: number | null; after: number; compliant: boolean }>(
  units: readonly T[],
): T[] {
  const excess = (u: T): number => (u.compliant || u.quota === null ? 0 : u.after - u.quota);
  return units
    .map((u, i) => ({ u, i, e: excess(u) }))
    .sort((a, b) => b.e - a.e || a.i - b.i)
    .map((x) => x.u);
}
