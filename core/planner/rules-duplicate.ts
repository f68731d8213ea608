/**
 * Rule 4: duplicates within a unit and platform merge into the larger, whatever the quota, but
 * never past the platform cap.
 *
 * Two groups are duplicates when their normalised names are equal (normalise-name.ts) or, when
 * both have member lists, their overlap |A∩B| / min(|A|,|B|) reaches policy.duplicateOverlap.
 * Groups are taken largest first (rule 7); each joins the first (largest) earlier open group it
 * is a duplicate of — comparing with that group's own name and members — and that can take it
 * within the cap; otherwise it stays open and later groups may join it.
 *
 * Overlap candidates come from inverted indexes with prefix filtering, not from all pairs: if
 * |A∩B| ≥ k = ⌈t·min⌉ and |A| ≤ |B|, any |A|−k+1 members of A include one of B. So each group
 * is looked up by a short prefix of its rarest members in the index of all heads' members, and
 * by all its members in the index of heads' prefixes (for a head with fewer distinct members,
 * which rank order allows only when a member list repeats a person).
 * Every candidate is then checked exactly, so the prefix only affects speed, never the result.
 * Most buckets hold a handful of groups: those skip the indexes and check every earlier head.
 */
import { platformCap } from '../policy/quota';
import { absorb, binSize, unionSize, type Bin } from './bins';
import { IntList, sortSmall } from './int-list';
import type { PlanMembers } from './members';
import { mergeInto, type PlannerState } from './state';
import { PostingLists } from './postings';
import { compareRank, type Ranked } from './ties';
import { platformLabel } from './text';

/**
 * A group of the bucket, ranked by rule 7 on its own. Its distinct members are its bin's own
 * (bin.ownArray[bin.ownFrom …]); its rarest ones, as many as a lookup by prefix needs, are
 * scratch.prefixes[prefixFrom] … [prefixTo − 1].
 */
interface Item extends Ranked {
  bin: Bin;
  /** Its normalised name; the empty one matches nothing. */
  norm: string;
  prefixFrom: number;
  prefixTo: number;
}

/**
 * Up to this many groups a bucket is searched pair by pair: checking every earlier head finds
 * the same first duplicate as the indexes (a head they do not offer cannot be a duplicate) and
 * costs less than building them.
 */
export const SMALL_BUCKET = 12;

/** Scratch sized to the plan's people, made once per plan and reused by every bucket. */
export class DuplicateScratch {
  /** Heads by member, and heads by prefix member. */
  readonly all: PostingLists;
  readonly byPrefix: PostingLists;
  /** How many of the current bucket's groups each person is in; zeroed again after the bucket. */
  readonly frequency: Int32Array;
  /** The people whose frequency is not zero. */
  readonly counted = new IntList();
  /** The current bucket's items' prefixes, one after another. */
  readonly prefixes = new IntList();
  readonly found = new IntList();
  readonly candidates = new IntList();
  /** seen[head] === round: the head is already a candidate of the current item. */
  seen = new Int32Array(64);
  keys = new Float64Array(16);

  /** `smallBucket`: see SMALL_BUCKET (tests set it to check both ways agree). */
  constructor(
    readonly members: PlanMembers,
    readonly smallBucket = SMALL_BUCKET,
  ) {
    this.all = new PostingLists(members.people);
    this.byPrefix = new PostingLists(members.people);
    this.frequency = new Int32Array(members.people);
  }
}

/** The least overlap count k with k/size ≥ t, exactly as the check below computes it. */
export function overlapNeeded(size: number, t: number): number {
  let k = Math.min(size, Math.ceil(t * size));
  while (k > 1 && (k - 1) / size >= t) k--;
  while (k < size && k / size < t) k++;
  return k;
}

const prefixLength = (size: number, t: number): number => size - overlapNeeded(size, t) + 1;

/** Sorts keys[0..n) ascending: insertion sort for the usual short list, native sort beyond. */
function sortPrefix(keys: Float64Array, n: number): void {
  if (n > 24) {
    keys.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const k = keys[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (keys[j] ?? 0) > k) {
      keys[j + 1] = keys[j] ?? 0;
      j--;
    }
    keys[j + 1] = k;
  }
}

/**
 * Appends the bin's rarest members (ties by number) to scratch.prefixes, sorting
 * frequency·people + number as plain doubles.
 */
function addRarest(scratch: DuplicateScratch, bin: Bin, t: number): void {
  const n = bin.ownTo - bin.ownFrom;
  if (n === 0) return;
  const { frequency, prefixes } = scratch;
  const count = scratch.members.people;
  if (scratch.keys.length < n) scratch.keys = new Float64Array(n * 2);
  const keys = scratch.keys;
  for (let i = 0; i < n; i++) {
    const m = bin.ownArray[bin.ownFrom + i] ?? 0;
    keys[i] = (frequency[m] ?? 0) * count + m;
  }
  sortPrefix(keys, n);
  const p = prefixLength(n, t);
  // `| 0` keeps person numbers small integers (the keys are doubles).
  for (let i = 0; i < p; i++) prefixes.push(((keys[i] ?? 0) % count) | 0);
}

/**
 * Rule 4 on one unit's open groups (as singleton bins, in id order). Merges are recorded in the
 * slots; the bins that absorbed them grow.
 */
export function mergeDuplicates(
  state: PlannerState,
  unitBins: readonly Bin[],
  scratch: DuplicateScratch,
): void {
  if (unitBins.length < 2) return;
  const t = state.policy.duplicateOverlap;
  // Few platforms per unit: a list beats a Map.
  const platforms: string[] = [];
  const buckets: Bin[][] = [];
  for (const bin of unitBins) {
    const i = platforms.indexOf(bin.head.platform);
    if (i >= 0) buckets[i]?.push(bin);
    else {
      platforms.push(bin.head.platform);
      buckets.push([bin]);
    }
  }
  for (const bins of buckets) {
    if (bins.length < 2) continue;
    const indexed = bins.length > scratch.smallBucket;
    if (indexed) countMembers(scratch, bins);
    scratch.prefixes.clear();
    const items: Item[] = [];
    for (const bin of bins) {
      const prefixFrom = scratch.prefixes.size;
      if (indexed) addRarest(scratch, bin, t);
      items.push({
        id: bin.headId,
        size: binSize(bin),
        lastActive: bin.head.lastActive,
        bin,
        norm: state.normalise(bin.head.name),
        prefixFrom,
        prefixTo: scratch.prefixes.size,
      });
    }
    sortSmall(items, compareRank);
    mergeBucket(state, items, scratch, indexed);
    if (indexed) clearCounts(scratch);
  }
}

/** Counts how many of the bucket's groups each person is in, for addRarest. */
function countMembers(scratch: DuplicateScratch, bins: readonly Bin[]): void {
  const { frequency, counted } = scratch;
  for (const bin of bins) {
    for (let i = bin.ownFrom; i < bin.ownTo; i++) {
      const p = bin.ownArray[i] ?? 0;
      const f = frequency[p] ?? 0;
      if (f === 0) counted.push(p);
      frequency[p] = f + 1;
    }
  }
}

function clearCounts(scratch: DuplicateScratch): void {
  const { frequency, counted } = scratch;
  for (let i = 0; i < counted.size; i++) frequency[counted.items[i] ?? 0] = 0;
  counted.clear();
}

/** The heads the item may duplicate, ascending: same name, or sharing a member (by prefix). */
function collectCandidates(
  item: Item,
  heads: readonly Item[],
  byName: Map<string, number[]>,
  scratch: DuplicateScratch,
  round: number,
): IntList {
  const { all, byPrefix, found, candidates, prefixes } = scratch;
  found.clear();
  if (item.norm !== '') for (const h of byName.get(item.norm) ?? []) found.push(h);
  for (let i = item.prefixFrom; i < item.prefixTo; i++) all.collect(prefixes.items[i] ?? 0, found);
  const { bin } = item;
  for (let i = bin.ownFrom; i < bin.ownTo; i++) byPrefix.collect(bin.ownArray[i] ?? 0, found);
  if (scratch.seen.length < heads.length) scratch.seen = new Int32Array(heads.length * 2);
  const { seen } = scratch;
  candidates.clear();
  for (let i = 0; i < found.size; i++) {
    const h = found.items[i] ?? 0;
    if (seen[h] === round) continue;
    seen[h] = round;
    candidates.push(h);
  }
  candidates.sort();
  return candidates;
}

function mergeBucket(state: PlannerState, items: Item[], scratch: DuplicateScratch, indexed: boolean): void {
  const t = state.policy.duplicateOverlap;
  const { all, byPrefix, prefixes, members } = scratch;
  const { stamp } = members;
  const heads: Item[] = [];
  const byName = indexed ? new Map<string, number[]>() : null;
  for (const item of items) {
    const round = members.nextRound();
    const candidates = byName ? collectCandidates(item, heads, byName, scratch, round) : null;
    const { bin } = item;
    for (let i = bin.ownFrom; i < bin.ownTo; i++) stamp[bin.ownArray[i] ?? 0] = round;
    let refusal: string | null = null;
    let placed = false;
    const count = candidates ? candidates.size : heads.length;
    for (let c = 0; c < count; c++) {
      const head = heads[candidates ? (candidates.items[c] ?? 0) : c];
      if (!head) continue;
      const why = duplicateReason(item, head, stamp, round, t);
      if (why === null) continue;
      const cap = platformCap(state.policy, head.bin.head.platform);
      if (cap !== null && unionSize(head.bin, bin) > cap) {
        refusal ??= `${why}，但合并后将超过${platformLabel(head.bin.head.platform)}上限 ${cap} 人，不合并，保留（规则4）`;
        continue;
      }
      absorb(head.bin, bin);
      mergeInto(bin.slot, head.bin.slot, 'duplicate', `${why}，并入该群（规则4）`);
      placed = true;
      break;
    }
    if (placed) continue;
    if (refusal !== null) bin.slot.note = { rule: 'duplicate', reason: refusal };
    const h = heads.length;
    heads.push(item);
    if (!byName) continue;
    if (item.norm !== '') {
      const list = byName.get(item.norm);
      if (list) list.push(h);
      else byName.set(item.norm, [h]);
    }
    for (let i = bin.ownFrom; i < bin.ownTo; i++) all.add(bin.ownArray[i] ?? 0, h);
    for (let i = item.prefixFrom; i < item.prefixTo; i++) byPrefix.add(prefixes.items[i] ?? 0, h);
  }
  all.clear();
  byPrefix.clear();
}

/** Why `item` duplicates `head` ("与“X”同名…" / "与“X”成员重合 85%"), or null when it does not. */
function duplicateReason(item: Item, head: Item, stamp: Int32Array, round: number, t: number): string | null {
  const name = head.bin.head.name;
  if (item.norm !== '' && item.norm === head.norm) return `与“${name}”同名（规范化后“${head.norm}”）`;
  const own = head.bin;
  const small = Math.min(item.bin.ownTo - item.bin.ownFrom, own.ownTo - own.ownFrom);
  if (small === 0) return null;
  let shared = 0;
  for (let i = own.ownFrom; i < own.ownTo; i++) if (stamp[own.ownArray[i] ?? 0] === round) shared++;
  const ratio = shared / small;
  if (ratio < t) return null;
  return `与“${name}”成员重合 ${Math.floor(ratio * 100 + 1e-9)}%`;
}
