/**
 * How many work groups each unit has before the plan, and how many it keeps and creates after:
 * the numbers the recorded plan must add up to (1784 → 614 kept + 117 created = 731), with
 * every unit within its quota and the showcase street at 127 → 16.
 */
import { quotaFor } from '../../core/policy/quota';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import type { Rng } from './random';
import { ALL_DEAD_UNIT, MESSY_STREET, SHOWCASE_COMMUNITY, SHOWCASE_STREET, type DistrictUnit } from './units';
import {
  PUBLISHED,
  SHOWCASE_COMMUNITY_GROUPS,
  SHOWCASE_STREET_CREATED,
  SHOWCASE_STREET_GROUPS,
} from './published';

export interface UnitShape {
  unit: DistrictUnit;
  quota: number;
  /** Work groups before the plan. */
  before: number;
  /** Open groups after: kept + created. */
  after: number;
  created: number;
  /** Fixed by the published outcome or a deliberate feature: never adjusted to fit the totals. */
  fixed: boolean;
}

/** Units whose counts the small departments are deliberately far over (rule 5). */
const FAR_OVER_QUOTA = new Map([
  ['团区委', 12],
  ['区妇联', 10],
]);

function initialBefore(rng: Rng, u: DistrictUnit, quota: number): number {
  if (u.type === 'community') return rng.pick([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
  if (u.type === 'village') return rng.int(1, 4);
  if (u.type === 'street' || u.type === 'town') return rng.int(24, 40);
  const far = FAR_OVER_QUOTA.get(u.name);
  if (far !== undefined) return far;
  if (quota >= 10) return rng.int(12, 24);
  if (quota >= 5) return rng.int(4, 12);
  return rng.int(2, 6);
}

function showcaseShape(
  u: DistrictUnit,
  communities: string[],
): Pick<UnitShape, 'before' | 'after' | 'created'> | null {
  if (u.name === SHOWCASE_STREET)
    return { before: SHOWCASE_STREET_GROUPS, after: 10, created: SHOWCASE_STREET_CREATED };
  const i = communities.indexOf(u.name);
  if (i < 0) return null;
  const before = SHOWCASE_COMMUNITY_GROUPS[i];
  if (before === undefined) throw new Error(`示例街道的社区数与预设不符：${u.name}`);
  return { before, after: 1, created: u.name === SHOWCASE_COMMUNITY ? 1 : i % 2 };
}

export function buildShapes(rng: Rng, units: readonly DistrictUnit[]): UnitShape[] {
  const showcaseCommunities = units.filter((u) => u.parent === SHOWCASE_STREET).map((u) => u.name);
  const shapes: UnitShape[] = units.map((unit) => {
    const q = quotaFor(YUELU_POLICY, unit);
    if (!q) throw new Error(`岳麓区预设没有 ${unit.type} 的限额`);
    const fixedShape = showcaseShape(unit, showcaseCommunities);
    if (fixedShape) return { unit, quota: q.quota, ...fixedShape, fixed: true };
    const before = unit.name === ALL_DEAD_UNIT ? 4 : initialBefore(rng, unit, q.quota);
    const fixed = unit.name === ALL_DEAD_UNIT || unit.parent === MESSY_STREET || unit.name === MESSY_STREET;
    return { unit, quota: q.quota, before, after: 0, created: 0, fixed };
  });
  fitBefore(rng, shapes);
  fitAfter(rng, shapes);
  fitCreated(rng, shapes);
  return shapes;
}

/** Streets and large departments absorb the difference so that exactly 1784 work groups exist. */
function fitBefore(rng: Rng, shapes: UnitShape[]): void {
  const adjustable = shapes.filter(
    (s) => !s.fixed && (s.unit.type === 'street' || s.unit.type === 'town' || s.quota >= 5),
  );
  let total = shapes.reduce((n, s) => n + s.before, 0);
  while (total !== PUBLISHED.before) {
    const step = total < PUBLISHED.before ? 1 : -1;
    // Shrinking stops short of the quota: these units stay over it, or the plan would have nothing to do.
    const open = step > 0 ? adjustable : adjustable.filter((s) => s.before > s.quota + 2);
    if (open.length === 0) throw new Error(`无法把工作群总数调整为 ${PUBLISHED.before}`);
    rng.pick(open).before += step;
    total += step;
  }
}

function fitAfter(rng: Rng, shapes: UnitShape[]): void {
  for (const s of shapes) {
    if (s.fixed && s.after > 0) continue;
    s.after = s.unit.name === ALL_DEAD_UNIT ? 1 : Math.min(s.quota, s.before);
  }
  let total = shapes.reduce((n, s) => n + s.after, 0);
  if (total < PUBLISHED.after) throw new Error(`限额不足以容纳 ${PUBLISHED.after} 个精简后的群（${total}）`);
  // Some departments and streets end below their quota; communities keep their one group.
  const reducible = shapes.filter(
    (s) => !s.fixed && s.unit.type !== 'community' && s.unit.type !== 'village',
  );
  while (total > PUBLISHED.after) {
    const open = reducible.filter((s) => s.after > Math.ceil(s.quota / 2));
    if (open.length === 0) throw new Error(`无法把精简后的群数调整为 ${PUBLISHED.after}`);
    const s = rng.pick(open);
    s.after -= 1;
    total -= 1;
  }
}

/** Per type, the most new consolidated groups a unit creates (each needs two sources of its own). */
const CREATED_CAP: Record<DistrictUnit['type'], number> = {
  department: 2,
  street: 3,
  town: 3,
  community: 1,
  village: 1,
};

function fitCreated(rng: Rng, shapes: UnitShape[]): void {
  let total = shapes.reduce((n, s) => n + s.created, 0);
  const room = (s: UnitShape): number =>
    Math.min(CREATED_CAP[s.unit.type], s.after, s.before - s.after) - s.created;
  const candidates = shapes.filter(
    (s) =>
      !(s.fixed && s.unit.parent === SHOWCASE_STREET) &&
      s.unit.name !== SHOWCASE_STREET &&
      s.unit.name !== ALL_DEAD_UNIT,
  );
  while (total < PUBLISHED.created) {
    const open = candidates.filter((s) => room(s) > 0);
    if (open.length === 0) throw new Error('没有足够的单位容纳新建合并群');
    const s = rng.pick(open);
    s.created += 1;
    total += 1;
  }
  if (total > PUBLISHED.created) throw new Error('固定的新建合并群已超过发布数');
}
