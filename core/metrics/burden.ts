/**
 * Member counts after the plan and the per-person burden (DESIGN §2), in one pass over integer
 * person numbers: a district roster has a million memberships, and the dashboard recomputes on
 * every drop. Person keys are numbered once per roster (facts.ts).
 *
 * A person's count before is the number of work groups listing them; after, the number of
 * distinct open groups listing them once merges and planned removals are applied (closed groups
 * no longer count). An open group's size is mergedSize of its sources (core/plan/size.ts): the
 * union of the lists when every source has one, else the sum of stated sizes. The same rule is
 * implemented here on numbers instead of strings; tests check the two agree.
 */
import type { Roster, RosterIndex } from '../roster/model';
import { parseRemovalKey, type Plan } from '../plan/model';
import type { ComputedBurdenMetrics, PersonBurden } from './model';
import type { RosterFacts } from './facts';
import type { PlanScan } from './scan';

export interface MemberTally {
  membershipsAfter: number;
  /** Per person number (see keys): work groups before / open groups after. Null without member lists. */
  before: Int32Array | null;
  after: Int32Array | null;
  keys: string[];
}

/** Planned removals by group position, as person numbers. */
function removalsByPosition(plan: Plan, facts: RosterFacts): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const key of plan.removals) {
    const { groupId, personKey } = parseRemovalKey(key);
    const pos = facts.positionOf.get(groupId);
    const person = facts.persons.find(personKey);
    if (pos === undefined || person === undefined) continue;
    const set = out.get(pos);
    if (set) set.add(person);
    else out.set(pos, new Set([person]));
  }
  return out;
}

export function tallyMembers(plan: Plan, facts: RosterFacts, scan: PlanScan): MemberTally {
  const persons = facts.persons.list.length;
  const removed = removalsByPosition(plan, facts);
  const before = persons > 0 ? new Int32Array(persons) : null;
  const after = persons > 0 ? new Int32Array(persons) : null;
  // stamp[p] = the last group (or open group) that counted p: counts each person once per group.
  const stamp = new Int32Array(persons).fill(-1);
  const n = facts.groupCount;
  if (before) {
    for (let i = 0; i < n; i++) {
      const list = facts.members[i];
      if (!list || facts.work[i] === 0) continue;
      for (const p of list) {
        if (stamp[p] === i) continue;
        stamp[p] = i;
        before[p] = (before[p] ?? 0) + 1;
      }
    }
  }
  stamp.fill(-1);
  let membershipsAfter = 0;
  const { start, order } = scan;
  for (const slot of scan.openSlots) {
    let union = 0;
    let stated = 0;
    let allListed = true;
    const end = start[slot + 1] ?? 0;
    for (let k = start[slot] ?? 0; k < end; k++) {
      const pos = order[k] ?? 0;
      stated += facts.stated[pos] ?? 0;
      const list = facts.members[pos];
      if (!list) {
        allListed = false;
        continue;
      }
      const gone = removed.get(pos);
      for (const p of list) {
        if (stamp[p] === slot || (gone !== undefined && gone.has(p))) continue;
        stamp[p] = slot;
        union++;
        if (after) after[p] = (after[p] ?? 0) + 1;
      }
    }
    membershipsAfter += allListed ? union : stated;
  }
  return { membershipsAfter, before, after, keys: facts.persons.list };
}

function personBurden(index: RosterIndex, tally: MemberTally, p: number): PersonBurden {
  const key = tally.keys[p] ?? '';
  const person = index.personByKey.get(key);
  return {
    key,
    name: person?.name ?? key,
    unit: person?.unitName ?? null,
    before: tally.before?.[p] ?? 0,
    after: tally.after?.[p] ?? 0,
  };
}

/** Null when the roster has no memberships at all (DESIGN §2: burden needs member lists). */
export function burdenMetrics(
  roster: Roster,
  index: RosterIndex,
  tally: MemberTally,
): ComputedBurdenMetrics | null {
  if (roster.memberships.length === 0) return null;
  const { before, after } = tally;
  let people = 0;
  let maxBefore = 0;
  let maxAfter = 0;
  let sumBefore = 0;
  let sumAfter = 0;
  let top = -1;
  const n = before?.length ?? 0;
  for (let p = 0; p < n; p++) {
    const b = before?.[p] ?? 0;
    if (b === 0) continue;
    const a = after?.[p] ?? 0;
    people++;
    sumBefore += b;
    sumAfter += a;
    if (b > maxBefore) maxBefore = b;
    if (a > maxAfter) maxAfter = a;
    const tb = top < 0 ? -1 : (before?.[top] ?? 0);
    if (b > tb || (b === tb && a > (after?.[top] ?? 0))) top = p;
  }
  const distributionBefore = new Array<number>(maxBefore + 1).fill(0);
  const distributionAfter = new Array<number>(maxAfter + 1).fill(0);
  for (let p = 0; p < n; p++) {
    const b = before?.[p] ?? 0;
    if (b === 0) continue;
    const a = after?.[p] ?? 0;
    distributionBefore[b] = (distributionBefore[b] ?? 0) + 1;
    distributionAfter[a] = (distributionAfter[a] ?? 0) + 1;
  }
  return {
    people,
    maxBefore,
    maxAfter,
    meanBefore: people === 0 ? 0 : sumBefore / people,
    meanAfter: people === 0 ? 0 : sumAfter / people,
    distributionBefore,
    distributionAfter,
    mostBurdened: top < 0 ? null : personBurden(index, tally, top),
  };
}

/** Every person in at least one work group before, most burdened first (before, then after, descending). */
export function personBurdenList(index: RosterIndex, tally: MemberTally): PersonBurden[] {
  const out: PersonBurden[] = [];
  const n = tally.before?.length ?? 0;
  for (let p = 0; p < n; p++) {
    if ((tally.before?.[p] ?? 0) > 0) out.push(personBurden(index, tally, p));
  }
  return out.sort((x, y) => y.before - x.before || y.after - x.after);
}
