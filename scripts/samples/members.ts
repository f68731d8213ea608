/**
 * Who is in each group. Each unit's groups draw from a bounded pool of people (its own, plus
 * liaisons, and for a street its communities' staff), so any merge of a unit's groups stays
 * under the 微信 cap of 500 and the auto-plan can always pack a unit into its quota. The unit's
 * main group is strictly its largest, and a new consolidated group's first source is the largest
 * of its sources, so "the largest absorbs the rest" never has to move a group off 微信.
 */
import type { GroupSlot, UnitSlots } from './fates';
import type { UnitPeople } from './people';
import type { Rng } from './random';
import type { DistrictUnit } from './units';

/** No unit's pool may exceed this: the 微信 cap is 500. */
export const POOL_LIMIT = 450;

export function poolFor(
  rng: Rng,
  u: DistrictUnit,
  units: readonly DistrictUnit[],
  byUnit: ReadonlyMap<string, UnitPeople>,
  allHeads: readonly number[],
): number[] {
  const own = byUnit.get(u.name)?.all ?? [];
  const extra: number[] = [];
  if (u.type === 'community' || u.type === 'village') {
    const parent = u.parent ? byUnit.get(u.parent) : undefined;
    if (parent) extra.push(...rng.sample(parent.officers, rng.int(1, 2)));
  } else if (u.type === 'street' || u.type === 'town') {
    for (const c of units) if (c.parent === u.name) extra.push(...(byUnit.get(c.name)?.core ?? []));
  } else {
    // One liaison per street and town; some departments also pull in community heads (rule 6).
    for (const s of units) {
      if (s.type !== 'street' && s.type !== 'town') continue;
      extra.push(...rng.sample(byUnit.get(s.name)?.officers ?? [], 1));
    }
    if (rng.chance(0.4)) extra.push(...rng.sample(allHeads, rng.int(5, 20)));
  }
  const pool = [...new Set([...own, ...extra])];
  if (pool.length > POOL_LIMIT) throw new Error(`${u.name}：成员范围 ${pool.length} 人，超过 ${POOL_LIMIT}`);
  return pool;
}

/**
 * Target sizes per group of the unit: skewed towards small groups, main strictly largest, a
 * created group's first source strictly larger than its other sources.
 */
export function groupSizes(rng: Rng, slots: UnitSlots, available: number): number[] {
  const lo = Math.min(6, available);
  const hi = Math.max(lo, Math.floor(available * 0.6));
  const sizes = slots.groups.map(() => lo + Math.floor((hi - lo) * rng.next() ** 1.6));
  const mainIndex = slots.groups.findIndex((g) => g.main);
  const others = sizes.filter((_, i) => i !== mainIndex);
  const mainSize = Math.min(available, Math.max(lo, ...others) + rng.int(3, 12));
  sizes.forEach((s, i) => {
    if (i !== mainIndex) sizes[i] = Math.min(s, mainSize - 1);
  });
  if (mainIndex >= 0) sizes[mainIndex] = mainSize;
  slots.finals.forEach((f, fi) => {
    if (f.kind !== 'created') return;
    const family = slots.groups.flatMap((g, i) => (g.final === fi && g.fate === 'merged' ? [i] : []));
    const [anchor, ...rest] = family;
    if (anchor === undefined || anchor === mainIndex) return;
    const top = Math.max(0, ...rest.map((i) => sizes[i] ?? 0));
    if ((sizes[anchor] ?? 0) > top) return;
    sizes[anchor] = Math.min(top + 1, mainSize - 1);
    for (const i of rest) sizes[i] = Math.min(sizes[i] ?? 0, (sizes[anchor] ?? 1) - 1);
  });
  return sizes;
}

/** Draws `size` members: the forced ones first, then from the pool without the excluded. */
export function drawMembers(
  rng: Rng,
  size: number,
  forced: readonly number[],
  pool: readonly number[],
  excluded: ReadonlySet<number>,
): number[] {
  const chosen = new Set(forced);
  const candidates = pool.filter((p) => !chosen.has(p) && !excluded.has(p));
  for (const p of rng.sample(candidates, size - chosen.size)) chosen.add(p);
  return [...chosen];
}

export const familyOf = (slots: UnitSlots, final: number): GroupSlot[] =>
  slots.groups.filter((g) => g.final === final && g.fate !== 'dissolved');
