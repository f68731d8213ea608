/**
 * The planner's view of member lists: the index's MemberTable (people and groups as numbers,
 * every list a slice of one Int32Array) with the plan's removals applied, plus scratch arrays
 * sized to the people, made once per plan. Sizes mean exactly what core/plan/size.ts says; the
 * planner only reads them faster (tests check the two agree).
 */
import { removalKey, type Plan } from '../plan/model';
import type { Group, MemberTable, RosterIndex } from '../roster/model';

export class PlanMembers {
  readonly table: MemberTable;
  /** People numbered by the table; scratch arrays below have this length. */
  readonly people: number;
  /**
   * stamp[person] === round marks a set of people; a new round clears every mark at once.
   * One at a time: a user takes a round with nextRound() and is done with it before the next.
   */
  readonly stamp: Int32Array;
  private round = 0;
  private readonly removals: Plan['removals'];
  /** Groups with at least one planned removal: only their lists need filtering. */
  private readonly trimmed: ReadonlySet<string>;

  constructor(index: RosterIndex, removals: Plan['removals'], trimmed: ReadonlySet<string>) {
    this.table = index.members;
    this.people = index.members.personKeys.length;
    this.stamp = new Int32Array(this.people);
    this.removals = removals;
    this.trimmed = removals.size === 0 ? new Set() : trimmed;
  }

  nextRound(): number {
    return ++this.round;
  }

  /** The list number of roster.groups[position], or −1 when the group has no member list. */
  listAt(position: number): number {
    const n = this.table.groupList[position] ?? -1;
    return n >= 0 && this.listLength(n) > 0 ? n : -1;
  }

  /** statedSize: 成员数, else the list's length (before removals), else 0. */
  statedSize(g: Group, n: number): number {
    if (g.memberCount != null) return g.memberCount;
    return n < 0 ? 0 : this.listLength(n);
  }

  private listLength(n: number): number {
    return (this.table.to[n] ?? 0) - (this.table.from[n] ?? 0);
  }

  /** mergedSize of the group alone: its remaining list's length, else its stated size. */
  ownSize(g: Group, n: number): number {
    if (n < 0) return this.statedSize(g, n);
    if (!this.trimmed.has(g.id)) return this.listLength(n);
    return this.remaining(g.id, n).length;
  }

  /** The remaining members (repeats kept), for a group with planned removals. */
  private remaining(groupId: string, n: number): number[] {
    const { from, to, people, personKeys } = this.table;
    const out: number[] = [];
    for (let i = from[n] ?? 0, end = to[n] ?? 0; i < end; i++) {
      const p = people[i] ?? 0;
      if (!this.removals.has(removalKey(groupId, personKeys[p] ?? ''))) out.push(p);
    }
    return out;
  }

  /**
   * The distinct remaining members of a listed group (n ≥ 0), in list order, as
   * runArray[runFrom] … runArray[runTo − 1] (read them before the next call): the table's own
   * slice when the list repeats nobody and loses nobody to a removal, else a copy in a pool.
   */
  distinctRun(groupId: string, n: number): void {
    const round = this.nextRound();
    const { stamp } = this;
    const { people } = this.table;
    const from = this.table.from[n] ?? 0;
    const to = this.table.to[n] ?? 0;
    if (!this.trimmed.has(groupId)) {
      let i = from;
      for (; i < to; i++) {
        const p = people[i] ?? 0;
        if (stamp[p] === round) break;
        stamp[p] = round;
      }
      if (i === to) {
        this.runArray = people;
        this.runFrom = from;
        this.runTo = to;
        return;
      }
    }
    const list = this.trimmed.has(groupId)
      ? this.remaining(groupId, n)
      : Array.from(people.subarray(from, to));
    const at = this.reserve(list.length);
    const pool = this.pool;
    const again = this.nextRound();
    let end = at;
    for (const p of list) {
      if (stamp[p] === again) continue;
      stamp[p] = again;
      pool[end++] = p;
    }
    this.poolSize = end;
    this.runArray = pool;
    this.runFrom = at;
    this.runTo = end;
  }

  runArray: Int32Array = new Int32Array(0);
  runFrom = 0;
  runTo = 0;
  /** Distinct lists of groups with repeats or removals (rare), appended for the whole plan. */
  private pool = new Int32Array(0);
  private poolSize = 0;

  private reserve(n: number): number {
    if (this.poolSize + n > this.pool.length) {
      const grown = new Int32Array(Math.max(1024, (this.poolSize + n) * 2));
      grown.set(this.pool.subarray(0, this.poolSize));
      this.pool = grown;
    }
    return this.poolSize;
  }

  /** The community heads among the group's remaining members, as person numbers (repeats kept). */
  communityHeadsOf(groupId: string, n: number): number[] {
    const { from, to, people, personKeys, communityHead, communityHeads } = this.table;
    const out: number[] = [];
    if (n < 0 || (communityHeads[n] ?? 0) === 0) return out;
    const trimmed = this.trimmed.has(groupId);
    for (let i = from[n] ?? 0, end = to[n] ?? 0; i < end; i++) {
      const p = people[i] ?? 0;
      if (communityHead[p] !== 1) continue;
      if (trimmed && this.removals.has(removalKey(groupId, personKeys[p] ?? ''))) continue;
      out.push(p);
    }
    return out;
  }
}
