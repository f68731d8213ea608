/**
 * A bin is an open group together with everything merged into it so far. Its size is kept up
 * to date as groups join, with exactly the meaning of mergedSize (core/plan/size.ts): the union
 * of the member lists when every group has one, else the sum of the stated sizes. Recomputing
 * mergedSize from scratch for every fit test would make packing quadratic in the bin's members,
 * so the planner tracks the same quantity incrementally (the tests check the two agree).
 */
import { remainingMembers, statedSize, type SizeContext } from '../plan/size';
import type { Group } from '../roster/model';
import type { Slot } from './state';

/** Person keys as small integers, so that unions and overlaps work on numbers. */
export class PersonNumbers {
  private readonly numbers = new Map<string, number>();

  of(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(key, n);
    }
    return n;
  }

  get count(): number {
    return this.numbers.size;
  }
}

export interface Bin {
  /** The head's slot: merges are recorded there. */
  readonly slot: Slot;
  readonly headId: string;
  readonly head: Group;
  /** The head and every group merged into it. */
  readonly groupIds: string[];
  /** True while every group in the bin has a member list. */
  allListed: boolean;
  /** Sum of statedSize over the bin's groups. */
  statedSum: number;
  /** The head's list length: mergedSize counts a single list as it stands. */
  readonly ownLength: number;
  /** The head's distinct members, until `people` takes over. */
  own: number[] | null;
  /** Once the bin has grown (or a union was asked for): its distinct members. */
  people: Set<number> | null;
}

export function singletonBin(ctx: SizeContext, numbers: PersonNumbers, slot: Slot): Bin {
  const head = slot.group;
  const listed = remainingMembers(ctx, head.id);
  let own: number[] | null = null;
  if (listed !== null) {
    own = listed.map((key) => numbers.of(key));
    if (hasRepeats(own)) own = [...new Set(own)];
  }
  return {
    slot,
    headId: head.id,
    head,
    groupIds: [head.id],
    allListed: listed !== null,
    statedSum: statedSize(ctx, head.id),
    ownLength: listed === null ? 0 : listed.length,
    own,
    people: null,
  };
}

/** Lists are short and rarely repeat anyone: a pairwise scan beats building a Set per group. */
function hasRepeats(list: readonly number[]): boolean {
  if (list.length > 32) return new Set(list).size !== list.length;
  for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return true;
  return false;
}

export function binSize(bin: Bin): number {
  if (!bin.allListed) return bin.statedSum;
  if (bin.groupIds.length === 1 || bin.people === null) return bin.ownLength;
  return bin.people.size;
}

function peopleOf(bin: Bin): Set<number> {
  if (bin.people === null) {
    bin.people = new Set(bin.own ?? []);
    bin.own = null;
  }
  return bin.people;
}

function distinctMembers(bin: Bin): Iterable<number> {
  return bin.people ?? bin.own ?? [];
}

/** mergedSize of the two bins' groups together. */
export function unionSize(target: Bin, source: Bin): number {
  if (!target.allListed || !source.allListed) return target.statedSum + source.statedSum;
  const people = peopleOf(target);
  let size = people.size;
  for (const p of distinctMembers(source)) if (!people.has(p)) size++;
  return size;
}

/** Merges `source` into `target`; `source` must not be used afterwards. */
export function absorb(target: Bin, source: Bin): void {
  for (const id of source.groupIds) target.groupIds.push(id);
  target.statedSum += source.statedSum;
  if (target.allListed && source.allListed) {
    const people = peopleOf(target);
    for (const p of distinctMembers(source)) people.add(p);
  } else {
    target.allListed = false;
    target.people = null;
    target.own = null;
  }
}
