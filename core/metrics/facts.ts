/**
 * What the metrics need from a roster, by group position and in typed arrays, built once per
 * roster and cached (rosters are read-only input; the dashboard recomputes the metrics on every
 * edit, and a district roster has 100,000 groups and a million memberships). A per-call scan then
 * looks up each group's decision once instead of a dozen Map lookups per group.
 */
import { isWorkGroup, type Roster, type RosterIndex } from '../roster/model';

/** Names numbered in first-met order (units, platforms, business lines, person keys). */
export class Names {
  readonly list: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.list.length;
      this.list.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }

  find(name: string): number | undefined {
    return this.numbers.get(name);
  }
}

export interface RosterFacts {
  groupCount: number;
  /** Group ids by position (roster order). */
  ids: string[];
  positionOf: Map<string, number>;
  work: Uint8Array;
  /** Unit number (units: roster units first, in order, then unknown unit ids as met). */
  unit: Int32Array;
  units: Names;
  /** statedSize (core/plan/size.ts): 成员数, else the list's length, else 0. */
  stated: Float64Array;
  /** Person numbers of each group's list, or null when the group has no list. */
  members: Array<Int32Array | null>;
  persons: Names;
  platform: Int32Array;
  platforms: Names;
  /** Business line number as the roster states it; -1 when none. */
  line: Int32Array;
  lines: Names;
}

interface Cached {
  groups: Roster['groups'];
  units: Roster['units'];
  memberships: Roster['memberships'];
  membershipCount: number;
  facts: RosterFacts;
}

const cache = new WeakMap<Roster, Cached>();

export function rosterFacts(roster: Roster, index: RosterIndex): RosterFacts {
  const hit = cache.get(roster);
  if (
    hit &&
    hit.groups === roster.groups &&
    hit.units === roster.units &&
    hit.memberships === roster.memberships &&
    // Rosters are read-only by contract; the lengths catch an in-place push all the same.
    hit.facts.groupCount === roster.groups.length &&
    hit.membershipCount === roster.memberships.length
  ) {
    return hit.facts;
  }
  const facts = build(roster, index);
  cache.set(roster, {
    groups: roster.groups,
    units: roster.units,
    memberships: roster.memberships,
    membershipCount: roster.memberships.length,
    facts,
  });
  return facts;
}

function build(roster: Roster, index: RosterIndex): RosterFacts {
  const n = roster.groups.length;
  const units = new Names();
  for (const u of roster.units) units.number(u.id);
  const persons = new Names();
  const platforms = new Names();
  const lines = new Names();
  const facts: RosterFacts = {
    groupCount: n,
    ids: roster.groups.map((g) => g.id),
    positionOf: new Map(),
    work: new Uint8Array(n),
    unit: new Int32Array(n),
    units,
    stated: new Float64Array(n),
    members: new Array<Int32Array | null>(n).fill(null),
    persons,
    platform: new Int32Array(n),
    platforms,
    line: new Int32Array(n),
    lines,
  };
  roster.groups.forEach((g, i) => {
    facts.positionOf.set(g.id, i);
    facts.work[i] = isWorkGroup(g) ? 1 : 0;
    facts.unit[i] = units.number(g.unitId);
    facts.platform[i] = platforms.number(g.platform);
    facts.line[i] = g.businessLine === null ? -1 : lines.number(g.businessLine);
    const listed = index.membersByGroup.get(g.id);
    if (listed) {
      const list = new Int32Array(listed.length);
      for (let k = 0; k < listed.length; k++) list[k] = persons.number(listed[k] as string);
      facts.members[i] = list;
    }
    facts.stated[i] = g.memberCount ?? listed?.length ?? 0;
  });
  return facts;
}
