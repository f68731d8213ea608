/**
 * Which people each group already has, for the duplicate check on a million 成员 rows. A group's
 * rows usually come together: while they do, a person is in the group exactly when their stamp
 * is the group's serial (two array reads, no map per group). A group met again later (its rows
 * split, or listed in a second file) gets a map of its members, built once from its chain of
 * memberships, so no order of rows makes the check slower than linear.
 */
import { IntList } from './number-list';

interface GroupMembers {
  serial: number;
  count: number;
  /** The group's latest membership; earlier ones follow through `previous`. */
  last: number;
  /** Person → membership, once the group has been met a second time. */
  map: Map<number, number> | null;
}

export class GroupMemberSets<G> {
  private readonly groups = new Map<G, GroupMembers>();
  private current: GroupMembers | null = null;
  private serial = 0;
  /** Per person: the serial of the group that stamped them last, and their membership there. */
  private readonly stamp = new IntList();
  private readonly stampedAt = new IntList();
  /** Per membership: its person, and the same group's previous membership (−1 at the first). */
  private readonly personOf = new IntList();
  private readonly previous = new IntList();

  /** Rows of `group` follow. */
  enter(group: G): void {
    let g = this.groups.get(group);
    if (g === undefined) {
      g = { serial: ++this.serial, count: 0, last: -1, map: null };
      this.groups.set(group, g);
    } else if (g.map === null) {
      const map = new Map<number, number>();
      for (let m = g.last; m >= 0; m = this.previous.at(m, -1)) map.set(this.personOf.at(m, -1), m);
      g.map = map;
    }
    this.current = g;
  }

  /** A new person (indexes are 0, 1, 2, … in order). */
  addPerson(): void {
    this.stamp.push(0);
    this.stampedAt.push(-1);
  }

  /** The current group's membership of `person`, or −1. */
  find(person: number): number {
    const g = this.current;
    if (g === null) return -1;
    if (g.map !== null) return g.map.get(person) ?? -1;
    return this.stamp.at(person, 0) === g.serial ? this.stampedAt.at(person, -1) : -1;
  }

  /** Records membership number `membership` of `person` in the current group. */
  add(person: number, membership: number): void {
    const g = this.current;
    if (g === null) return;
    if (g.map !== null) g.map.set(person, membership);
    else {
      this.stamp.set(person, g.serial);
      this.stampedAt.set(person, membership);
    }
    this.personOf.push(person);
    this.previous.push(g.last);
    g.last = membership;
    g.count++;
  }

  /** How many people a group has; undefined when no row named it. */
  size(group: G): number | undefined {
    return this.groups.get(group)?.count;
  }
}
