/**
 * One pass of a plan over the roster facts: each work group's end state, the totals, the per-unit
 * and per-category counts, and the open groups after the plan with their sources grouped
 * together (a counting sort by target, so the member pass reads each open group's sources in a
 * row without building a list per group).
 */
import type { CreatedGroup, Decision, Plan } from '../plan/model';
import type { Totals } from './model';
import type { RosterFacts } from './facts';
import { CountTally, UNCATEGORISED } from './categories';
import { emptyUnitTally, type UnitTally } from './units';

export interface PlanScan {
  totals: Totals;
  /** By unit number (RosterFacts.units); a created group of a unit the roster lacks is not counted per unit. */
  unitTallies: UnitTally[];
  lines: CountTally;
  platforms: CountTally;
  /** Open groups: slot i < groupCount is roster group i, slot groupCount + k is created group k. */
  openSlots: number[];
  /** Sources of slot s are order[start[s]] … order[start[s + 1] - 1] (roster positions). */
  start: Int32Array;
  order: Int32Array;
}

const stateOf = (d: Decision | undefined): Decision['state'] => d?.state ?? 'pending';

export function scanPlan(plan: Plan, facts: RosterFacts): PlanScan {
  const n = facts.groupCount;
  const created: CreatedGroup[] = [...plan.created.values()];
  const createdSlot = new Map<string, number>();
  created.forEach((c, k) => createdSlot.set(c.id, n + k));
  const totals: Totals = {
    before: 0,
    after: 0,
    kept: 0,
    pending: 0,
    merged: 0,
    dissolved: 0,
    reclassified: 0,
    created: 0,
    compression: 0,
    nonWork: 0,
    membershipsBefore: 0,
    membershipsAfter: 0,
  };
  const unitTallies = facts.units.list.map(emptyUnitTally);
  const spare = emptyUnitTally();
  const tallyOf = (unit: number | undefined): UnitTally =>
    unit === undefined ? spare : (unitTallies[unit] ?? spare);
  const lines = new CountTally(facts.lines);
  const platforms = new CountTally(facts.platforms);
  const uncategorised = lines.numberOf(UNCATEGORISED);
  const lineOverride = new Map<number, number>();
  for (const [id, edit] of plan.groupEdits) {
    const pos = facts.positionOf.get(id);
    if (pos === undefined || !('businessLine' in edit)) continue;
    lineOverride.set(pos, edit.businessLine == null ? uncategorised : lines.numberOf(edit.businessLine));
  }

  const decisions: Array<Decision | undefined> = new Array<Decision | undefined>(n);
  const open = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tallyOf(facts.unit[i]);
    if (facts.work[i] === 0) {
      totals.nonWork++;
      t.nonWork++;
      continue;
    }
    const d = plan.decisions.get(facts.ids[i] ?? '');
    decisions[i] = d;
    totals.before++;
    t.before++;
    totals.membershipsBefore += facts.stated[i] ?? 0;
    const own = facts.line[i] ?? -1;
    const lineNo =
      (lineOverride.size > 0 ? lineOverride.get(i) : undefined) ?? (own < 0 ? uncategorised : own);
    lines.addBefore(lineNo);
    platforms.addBefore(facts.platform[i] ?? 0);
    const state = stateOf(d);
    if (state === 'kept' || state === 'pending') {
      open[i] = 1;
      totals.kept++;
      t.kept++;
      if (state === 'pending') {
        totals.pending++;
        t.pending++;
      }
      t.after++;
      lines.addAfter(lineNo);
      platforms.addAfter(facts.platform[i] ?? 0);
    } else {
      totals[state]++;
      t[state]++;
    }
  }

  const { start, order } = groupSources(facts, decisions, open, createdSlot, n + created.length);
  const openSlots: number[] = [];
  for (let i = 0; i < n; i++) if (open[i] === 1) openSlots.push(i);
  created.forEach((c, k) => {
    const s = n + k;
    if ((start[s + 1] ?? 0) === (start[s] ?? 0)) return;
    openSlots.push(s);
    totals.created++;
    const t = tallyOf(facts.units.find(c.unitId));
    t.created++;
    t.after++;
    lines.addAfter(c.businessLine === null ? uncategorised : lines.numberOf(c.businessLine));
    platforms.addAfter(platforms.numberOf(c.platform));
  });
  totals.after = totals.kept + totals.created;
  totals.compression = totals.before === 0 ? 0 : (totals.before - totals.after) / totals.before;
  return { totals, unitTallies, lines, platforms, openSlots, start, order };
}

/**
 * Each work group's slot (itself when open, its target when merged into an open group), then a
 * counting sort so that each slot's sources sit together in `order`, in roster order.
 */
function groupSources(
  facts: RosterFacts,
  decisions: Array<Decision | undefined>,
  open: Uint8Array,
  createdSlot: Map<string, number>,
  slots: number,
): { start: Int32Array; order: Int32Array } {
  const n = facts.groupCount;
  const slotOf = new Int32Array(n).fill(-1);
  const start = new Int32Array(slots + 1);
  for (let i = 0; i < n; i++) {
    let s = -1;
    const d = decisions[i];
    if (open[i] === 1) s = i;
    else if (d?.state === 'merged' && d.targetId !== null) {
      const tp = facts.positionOf.get(d.targetId);
      s = tp !== undefined && open[tp] === 1 ? tp : (createdSlot.get(d.targetId) ?? -1);
    }
    slotOf[i] = s;
    if (s >= 0) start[s + 1] = (start[s + 1] ?? 0) + 1;
  }
  for (let s = 0; s < slots; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
  const next = start.slice(0, slots);
  const order = new Int32Array(start[slots] ?? 0);
  for (let i = 0; i < n; i++) {
    const s = slotOf[i] ?? -1;
    if (s < 0) continue;
    order[next[s] ?? 0] = i;
    next[s] = (next[s] ?? 0) + 1;
  }
  return { start, order };
}
