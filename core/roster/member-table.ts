/**
 * Builds RosterIndex.members (MemberTable): the roster's memberships as numbers. One pass over
 * the membership rows, with a Map lookup per row for the person and one per run of rows for the
 * group (a group's rows usually come together); everything else is typed arrays.
 */
import type { MemberTable, Person, Roster } from './model';

export function buildMemberTable(roster: Roster): MemberTable {
  const { groups, people: records, memberships } = roster;
  const groupIds: string[] = [];
  const groupNumber = new Map<string, number>();
  const groupList = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g === undefined) {
      groupList[i] = -1;
      continue;
    }
    let n = groupNumber.get(g.id);
    if (n === undefined) {
      n = groupIds.length;
      groupNumber.set(g.id, n);
      groupIds.push(g.id);
    }
    groupList[i] = n;
  }

  const personKeys: string[] = [];
  const personNumber = new Map<string, number>();
  const personRecords: Array<Person | null> = [];
  for (const p of records) {
    const n = personNumber.get(p.key);
    if (n === undefined) {
      personNumber.set(p.key, personKeys.length);
      personKeys.push(p.key);
      personRecords.push(p);
    } else personRecords[n] = p; // the last record of a key wins, as in personByKey
  }

  // The rows' people in row order, and the runs of rows that share a group.
  const people = new Int32Array(memberships.length);
  let rows = 0;
  const runList: number[] = [];
  const runStart: number[] = [];
  let runId: string | null = null;
  for (let i = 0; i < memberships.length; i++) {
    const m = memberships[i];
    if (m === undefined) continue;
    if (m.groupId !== runId) {
      runId = m.groupId;
      let g = groupNumber.get(runId);
      if (g === undefined) {
        g = groupIds.length;
        groupNumber.set(runId, g);
        groupIds.push(runId);
      }
      runList.push(g);
      runStart.push(rows);
    }
    let p = personNumber.get(m.personKey);
    if (p === undefined) {
      p = personKeys.length;
      personNumber.set(m.personKey, p);
      personKeys.push(m.personKey);
      personRecords.push(null);
    }
    people[rows++] = p;
  }
  runStart.push(rows);

  const lists = groupIds.length;
  const from = new Int32Array(lists);
  const to = new Int32Array(lists);
  const seen = new Uint8Array(lists);
  const order: number[] = [];
  let scattered = false;
  for (let r = 0; r < runList.length; r++) {
    const n = runList[r] ?? 0;
    if (seen[n] === 1) {
      scattered = true;
      continue;
    }
    seen[n] = 1;
    order.push(n);
    from[n] = runStart[r] ?? 0;
    to[n] = runStart[r + 1] ?? 0;
  }
  const table = scattered ? gather(people, runList, runStart, lists) : { from, to, people };

  const communityHead = new Uint8Array(personKeys.length);
  for (let n = 0; n < personRecords.length; n++) if (personRecords[n]?.isCommunityHead) communityHead[n] = 1;
  const communityHeads = new Int32Array(lists);
  for (let n = 0; n < lists; n++) {
    let heads = 0;
    for (let i = table.from[n] ?? 0, end = table.to[n] ?? 0; i < end; i++)
      heads += communityHead[table.people[i] ?? 0] ?? 0;
    communityHeads[n] = heads;
  }
  return {
    personKeys,
    personNumber,
    personRecords,
    communityHead,
    groupIds,
    groupNumber,
    groupList,
    from: table.from,
    to: table.to,
    people: table.people,
    communityHeads,
    listOrder: Int32Array.from(order),
  };
}

/** When a group's rows come in several runs: its rows moved together, still in row order. */
function gather(
  rowPeople: Int32Array,
  runList: readonly number[],
  runStart: readonly number[],
  lists: number,
): { from: Int32Array; to: Int32Array; people: Int32Array } {
  const from = new Int32Array(lists);
  const to = new Int32Array(lists);
  for (let r = 0; r < runList.length; r++) {
    const n = runList[r] ?? 0;
    to[n] = (to[n] ?? 0) + (runStart[r + 1] ?? 0) - (runStart[r] ?? 0);
  }
  let at = 0;
  for (let n = 0; n < lists; n++) {
    const size = to[n] ?? 0;
    from[n] = at;
    to[n] = at;
    at += size;
  }
  const people = new Int32Array(at);
  for (let r = 0; r < runList.length; r++) {
    const n = runList[r] ?? 0;
    let end = to[n] ?? 0;
    for (let i = runStart[r] ?? 0, stop = runStart[r + 1] ?? 0; i < stop; i++)
      people[end++] = rowPeople[i] ?? 0;
    to[n] = end;
  }
  return { from, to, people };
}

/** membersByGroup from the table: each group's person keys, groups in the order rows name them. */
export function memberLists(table: MemberTable): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const { listOrder, from, to, people, personKeys, groupIds } = table;
  for (const n of listOrder) {
    const start = from[n] ?? 0;
    const list = new Array<string>(Math.max(0, (to[n] ?? 0) - start));
    for (let i = 0; i < list.length; i++) list[i] = personKeys[people[start + i] ?? 0] ?? '';
    out.set(groupIds[n] ?? '', list);
  }
  return out;
}
