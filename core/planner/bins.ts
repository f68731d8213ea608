/**
 * A bin is an open group together with everything merged into it so far. Its size is kept up
 * to date as groups join, with exactly the meaning of mergedSize (core/plan/size.ts): the union
 * of the member lists when every group has one, else the sum of the stated sizes. Recomputing
 * mergedSize from scratch for every fit test would make packing quadratic in the bin's members,
 * so the planner tracks the same quantity incrementally (the tests check the two agree).
 *
 * A bin's people are a plain array of person numbers; unions are counted against marks in one
 * array sized to the plan's people (BinMarks), not in a Set per bin, which kept the collector busy.
 */
import type { Group } from '../roster/model';
import type { PlanMembers } from './members';
import type { Slot } from './state';

/**
 * mark[person] === round: the person is in `bin`. One bin is marked at a time; it stays marked
 * while it grows (absorb marks what it adds), so packing into the same bin again is cheap.
 */
export class BinMarks {
  private readonly mark: Int32Array;
  private round = 0;
  private bin: Bin | null = null;

  constructor(people: number) {
    this.mark = new Int32Array(people);
  }

  isMarked(bin: Bin): boolean {
    return this.bin === bin;
  }

  get current(): number {
    return this.round;
  }

  /** Starts marking `bin`: every earlier mark is void. */
  start(bin: Bin): number {
    this.bin = bin;
    return ++this.round;
  }

  has(person: number, round: number): boolean {
    return this.mark[person] === round;
  }

  add(person: number, round: number): void {
    this.mark[person] = round;
  }
}

export interface Bin {
  /** The head's slot: merges are recorded there. */
  readonly slot: Slot;
  readonly headId: string;
  readonly head: Group;
  readonly marks: BinMarks;
  /** The groups merged into the head so far (null: none yet). */
  merged: string[] | null;
  /** True while every group in the bin has a member list. */
  allListed: boolean;
  /** Sum of statedSize over the bin's groups. */
  statedSum: number;
  /** The head's list length: mergedSize counts a single list as it stands. */
  readonly ownLength: number;
  /** The head's distinct members: ownArray[ownFrom] … ownArray[ownTo − 1] (none when unlisted). */
  readonly ownArray: Int32Array;
  readonly ownFrom: number;
  readonly ownTo: number;
  /** Once the bin has grown (while all listed): its distinct members. */
  people: number[] | null;
}

const NO_MEMBERS: Int32Array = new Int32Array(0);

export function singletonBin(members: PlanMembers, marks: BinMarks, slot: Slot): Bin {
  const head = slot.group;
  const n = slot.listNumber;
  let ownArray: Int32Array = NO_MEMBERS;
  let ownFrom = 0;
  let ownTo = 0;
  if (n >= 0) {
    members.distinctRun(head.id, n);
    ownArray = members.runArray;
    ownFrom = members.runFrom;
    ownTo = members.runTo;
  }
  return {
    slot,
    headId: head.id,
    head,
    marks,
    merged: null,
    allListed: n >= 0,
    statedSum: members.statedSize(head, n),
    ownLength: n >= 0 ? members.ownSize(head, n) : 0,
    ownArray,
    ownFrom,
    ownTo,
    people: null,
  };
}

/** The head and every group merged into it. */
export const groupIdsOf = (bin: Bin): string[] => [bin.headId, ...(bin.merged ?? [])];

export function binSize(bin: Bin): number {
  if (!bin.allListed) return bin.statedSum;
  return bin.people === null ? bin.ownLength : bin.people.length;
}

/** How many distinct people the bin has (when all listed). */
const distinctCount = (bin: Bin): number =>
  bin.people === null ? bin.ownTo - bin.ownFrom : bin.people.length;

/** Marks the bin's distinct people (unless it is marked already); returns the round. */
function markOf(bin: Bin): number {
  const { marks } = bin;
  if (marks.isMarked(bin)) return marks.current;
  const round = marks.start(bin);
  if (bin.people !== null) for (const p of bin.people) marks.add(p, round);
  else for (let i = bin.ownFrom; i < bin.ownTo; i++) marks.add(bin.ownArray[i] ?? 0, round);
  return round;
}

/** mergedSize of the two bins' groups together. */
export function unionSize(target: Bin, source: Bin): number {
  if (!target.allListed || !source.allListed) return target.statedSum + source.statedSum;
  const round = markOf(target);
  const { marks } = target;
  let size = distinctCount(target);
  if (source.people !== null) {
    for (const p of source.people) if (!marks.has(p, round)) size++;
  } else {
    for (let i = source.ownFrom; i < source.ownTo; i++)
      if (!marks.has(source.ownArray[i] ?? 0, round)) size++;
  }
  return size;
}

/** Merges `source` into `target`; `source` must not be used afterwards. */
export function absorb(target: Bin, source: Bin): void {
  const merged = (target.merged ??= []);
  merged.push(source.headId);
  if (source.merged !== null) for (const id of source.merged) merged.push(id);
  target.statedSum += source.statedSum;
  if (!target.allListed || !source.allListed) {
    target.allListed = false;
    target.people = null;
    return;
  }
  const round = markOf(target);
  const { marks } = target;
  let people = target.people;
  if (people === null) {
    people = [];
    for (let i = target.ownFrom; i < target.ownTo; i++) people.push(target.ownArray[i] ?? 0);
    target.people = people;
  }
  if (source.people !== null) {
    for (const p of source.people) {
      if (marks.has(p, round)) continue;
      marks.add(p, round);
      people.push(p);
    }
    return;
  }
  for (let i = source.ownFrom; i < source.ownTo; i++) {
    const p = source.ownArray[i] ?? 0;
    if (marks.has(p, round)) continue;
    marks.add(p, round);
    people.push(p);
  }
}
