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
 */
import { platformCap } from '../policy/quota';
import { absorb, binSize, unionSize, type Bin, type PersonNumbers } from './bins';
import { mergeInto, type PlannerState } from './state';
import { PostingLists } from './postings';
import { compareRank, type Ranked } from './ties';
import { platformLabel } from './text';

/** A group of the bucket, ranked by rule 7 on its own. */
interface Item extends Ranked {
  bin: Bin;
  norm: string;
  /** Distinct members (bin.own); empty when the group has no list. */
  members: readonly number[];
  /** The rarest members, as many as a lookup by prefix needs. */
  prefix: number[];
}

/** Scratch shared by the buckets of one run. */
interface Scratch {
  all: PostingLists;
  prefixes: PostingLists;
  /** stamp[person] === round marks the current item's members. */
  stamp: Uint32Array;
  round: number;
  found: number[];
  candidates: number[];
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
 * Rule 4 on one unit's open groups (as singleton bins, in id order, numbered by `numbers`).
 * Merges are recorded in the slots; the bins that absorbed them grow.
 */
export function mergeDuplicates(state: PlannerState, unitBins: readonly Bin[], numbers: PersonNumbers): void {
  const t = state.policy.duplicateOverlap;
  const count = numbers.count;
  const frequency = new Uint32Array(count);
  for (const bin of unitBins) for (const p of bin.own ?? []) frequency[p] = (frequency[p] ?? 0) + 1;
  let keys = new Float64Array(16);
  /** The rarest members (ties by number), sorting frequency·count + number as plain doubles. */
  const rarest = (members: readonly number[]): number[] => {
    const n = members.length;
    if (n === 0) return [];
    if (keys.length < n) keys = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const m = members[i] ?? 0;
      keys[i] = (frequency[m] ?? 0) * count + m;
    }
    sortPrefix(keys, n);
    const p = prefixLength(n, t);
    const out: number[] = [];
    // `| 0` keeps person numbers small integers (the keys are doubles).
    for (let i = 0; i < p; i++) out.push(((keys[i] ?? 0) % count) | 0);
    return out;
  };
  const buckets = new Map<string, Bin[]>();
  for (const bin of unitBins) {
    const list = buckets.get(bin.head.platform);
    if (list) list.push(bin);
    else buckets.set(bin.head.platform, [bin]);
  }
  let scratch: Scratch | null = null;
  for (const bins of buckets.values()) {
    if (bins.length < 2) continue;
    scratch ??= {
      all: new PostingLists(count),
      prefixes: new PostingLists(count),
      stamp: new Uint32Array(count),
      round: 0,
      found: [],
      candidates: [],
    };
    const items = bins
      .map((bin): Item => ({
        id: bin.headId,
        size: binSize(bin),
        lastActive: bin.head.lastActive,
        bin,
        norm: state.normalise(bin.head.name),
        members: bin.own ?? [],
        prefix: rarest(bin.own ?? []),
      }))
      .sort(compareRank);
    mergeBucket(state, items, scratch);
  }
}

function mergeBucket(state: PlannerState, items: Item[], scratch: Scratch): void {
  const t = state.policy.duplicateOverlap;
  const { all, prefixes, stamp, found } = scratch;
  const heads: Item[] = [];
  const byName = new Map<string, number[]>();
  const seen: number[] = [];
  for (const item of items) {
    found.length = 0;
    if (item.norm !== '') for (const h of byName.get(item.norm) ?? []) found.push(h);
    for (const m of item.prefix) all.collect(m, found);
    for (const m of item.members) prefixes.collect(m, found);
    const round = ++scratch.round;
    for (const m of item.members) stamp[m] = round;
    let refusal: string | null = null;
    let placed = false;
    const candidates = scratch.candidates;
    candidates.length = 0;
    for (const h of found) {
      if (seen[h] === round) continue;
      seen[h] = round;
      candidates.push(h);
    }
    candidates.sort((a, b) => a - b);
    for (const h of candidates) {
      const head = heads[h];
      if (!head) continue;
      const why = duplicateReason(item, head, stamp, round, t);
      if (why === null) continue;
      const cap = platformCap(state.policy, head.bin.head.platform);
      if (cap !== null && unionSize(head.bin, item.bin) > cap) {
        refusal ??= `${why}，但合并后将超过${platformLabel(head.bin.head.platform)}上限 ${cap} 人，不合并，保留（规则4）`;
        continue;
      }
      absorb(head.bin, item.bin);
      mergeInto(item.bin.slot, head.bin.slot, 'duplicate', `${why}，并入该群（规则4）`);
      placed = true;
      break;
    }
    if (placed) continue;
    if (refusal !== null) item.bin.slot.note = { rule: 'duplicate', reason: refusal };
    const h = heads.length;
    heads.push(item);
    seen.push(0);
    if (item.norm !== '') {
      const list = byName.get(item.norm);
      if (list) list.push(h);
      else byName.set(item.norm, [h]);
    }
    for (const m of item.members) all.add(m, h);
    for (const m of item.prefix) prefixes.add(m, h);
  }
  all.clear();
  prefixes.clear();
}

/** Why `item` duplicates `head` ("与“X”同名…" / "与“X”成员重合 85%"), or null when it does not. */
function duplicateReason(
  item: Item,
  head: Item,
  stamp: Uint32Array,
  round: number,
  t: number,
): string | null {
  const name = head.bin.head.name;
  if (item.norm !== '' && item.norm === head.norm) return `与“${name}”同名（规范化后“${head.norm}”）`;
  const small = Math.min(item.members.length, head.members.length);
  if (small === 0) return null;
  let shared = 0;
  for (const m of head.members) if (stamp[m] === round) shared++;
  const ratio = shared / small;
  if (ratio < t) return null;
  return `与“${name}”成员重合 ${Math.floor(ratio * 100 + 1e-9)}%`;
}
