/**
 * Builds the sample district from a seed: units, their work groups with the recorded plan, the
 * non-work groups, and the people in them. Pure and fast (no I/O), so tests can run it.
 */
import { buildSlots, type GroupSlot, type UnitSlots } from './fates';
import { describeGroups, type GroupFacts } from './facts';
import { drawMembers, familyOf, groupSizes, poolFor } from './members';
import { NEW_PREFIX, type SampleDistrict, type SampleGroup } from './model';
import { nonWorkDrafts } from './nonwork';
import { buildPeople, type UnitPeople } from './people';
import { PLAN_DATE, SAMPLE_SEED } from './published';
import { makeRng, type Rng } from './random';
import { dissolvedReason, keptReason, mergedReason } from './reasons';
import { buildShapes } from './shape';
import { ALL_DEAD_UNIT, SHOWCASE_COMMUNITY, SHOWCASE_STREET, buildUnits } from './units';

/** How the showcase secretary's memberships are spread (she ends in 1 + STREET_FINALS groups). */
const STREET_FINALS = 5;
/** Her work groups before the plan: "dozens". */
const SECRETARY_BEFORE = 34;
const DEPARTMENT_DISSOLVED = 5;

export function buildDistrict(seed: number = SAMPLE_SEED): SampleDistrict {
  const rng = makeRng(seed);
  const units = buildUnits(rng);
  const shapes = buildShapes(rng, units);
  const unitSlots = shapes.map((s) => buildSlots(rng, s));
  const facts = unitSlots.map((s) => describeGroups(rng, s, PLAN_DATE));
  const { people, byUnit, secretary } = buildPeople(rng, units);
  const allHeads = [...byUnit.values()].flatMap((p) => p.heads).filter((p) => p !== secretary);
  const secretaryIn = placeSecretary(rng, unitSlots);

  const groups: SampleGroup[] = [];
  const codeAt = (n: number): string => `YL${String(n).padStart(4, '0')}`;
  unitSlots.forEach((slots, ui) => {
    const u = slots.shape.unit;
    const up = byUnit.get(u.name);
    const unitFacts = facts[ui];
    if (!up || !unitFacts) throw new Error(`${u.name}：缺少人员或群信息`);
    const pool = poolFor(rng, u, units, byUnit, allHeads);
    const excluded = new Set(u.name === SHOWCASE_COMMUNITY ? [] : [secretary]);
    const sizes = groupSizes(rng, slots, pool.filter((p) => !excluded.has(p)).length);
    const factOf = new Map<GroupSlot, GroupFacts>();
    slots.groups.forEach((g, i) => {
      const x = unitFacts[i];
      if (x) factOf.set(g, x);
    });
    const sizeOf = new Map(slots.groups.map((g, i) => [g, sizes[i] ?? 0]));

    const order = rowOrder(rng, slots);
    const codeOf = new Map<GroupSlot, string>();
    const finalName = new Map<number, string>();
    const finalCode = new Map<number, string>();
    order.forEach((g, i) => codeOf.set(g, codeAt(groups.length + i + 1)));
    slots.finals.forEach((f, fi) => {
      if (f.kind === 'created') {
        const single = slots.finals.length === 1 && (u.type === 'community' || u.type === 'village');
        finalName.set(fi, single ? `${u.name}工作群` : `${u.name}${f.line}工作群`);
      }
    });
    for (const g of slots.groups) {
      if (g.fate === 'kept' && g.final !== null) {
        finalName.set(g.final, factOf.get(g)?.name ?? '');
        finalCode.set(g.final, codeOf.get(g) ?? '');
      }
    }

    for (const g of order) {
      const f = factOf.get(g);
      if (!f) throw new Error('unreachable: every slot has facts');
      const owner = g.main ? (up.leaders[1] ?? 0) : rng.pick(ownerCandidates(up));
      const forced = [...up.leaders, owner, ...(secretaryIn.has(g) ? [secretary] : [])];
      const members = drawMembers(rng, Math.max(sizeOf.get(g) ?? 0, forced.length), forced, pool, excluded);
      const final = g.final === null ? undefined : slots.finals[g.final];
      let target: string | null = null;
      let reason: string;
      if (g.fate === 'kept') {
        const absorbed = slots.groups.filter((x) => x.fate === 'merged' && x.final === g.final).length;
        reason = keptReason(g, u.name === ALL_DEAD_UNIT, absorbed);
      } else if (g.fate === 'merged' && final && g.final !== null) {
        const name = finalName.get(g.final) ?? '';
        target = final.kind === 'created' ? NEW_PREFIX + name : (finalCode.get(g.final) ?? null);
        reason = mergedReason(g, final, name);
      } else {
        reason = dissolvedReason(f);
      }
      groups.push({
        code: codeOf.get(g) ?? codeAt(groups.length + 1),
        ...f,
        unit: u.name,
        platform: g.platform,
        category: '工作群',
        businessLine: g.line,
        owner: people[owner]?.name ?? '',
        members,
        action: g.fate === 'kept' ? '保留' : g.fate === 'merged' ? '合并' : '解散',
        target,
        reason,
      });
    }
    for (const d of nonWorkDrafts(rng, u, pool.length, PLAN_DATE)) {
      const owner = up.leaders[1] ?? 0;
      groups.push({
        code: codeAt(groups.length + 1),
        name: d.name,
        unit: u.name,
        platform: d.platform,
        category: d.category,
        businessLine: null,
        owner: people[owner]?.name ?? '',
        members: drawMembers(rng, Math.min(d.size, pool.length), [owner], pool, excluded),
        temporary: false,
        endDate: null,
        lastActive: d.lastActive,
        photoRequired: false,
        action: null,
        target: null,
        reason: null,
      });
    }
  });
  return { seed, planDate: PLAN_DATE, units, people, groups, secretary };
}

const ownerCandidates = (up: UnitPeople): number[] => {
  const list = [...up.officers, ...up.core, ...up.leaders.slice(1)];
  return list.length ? list : up.leaders;
};

/**
 * The order of a unit's rows: its main group first, the rest shuffled, except that a new
 * group's first source comes before its other sources (an importer may take the new group's
 * platform from the first source it reads).
 */
function rowOrder(rng: Rng, slots: UnitSlots): GroupSlot[] {
  const main = slots.groups.filter((g) => g.main);
  const rest = rng.shuffle(slots.groups.filter((g) => !g.main));
  slots.finals.forEach((f, fi) => {
    if (f.kind !== 'created') return;
    const anchor = slots.groups.find((g) => g.final === fi && g.fate === 'merged');
    if (!anchor || anchor.main) return;
    const first = rest.findIndex((g) => g.final === fi && g.fate === 'merged');
    const at = rest.indexOf(anchor);
    if (first >= 0 && at > first) {
      rest.splice(at, 1);
      rest.splice(first, 0, anchor);
    }
  });
  return [...main, ...rest];
}

/**
 * The showcase secretary: in every group of her community (she is one of its two leaders), in
 * street groups that end in exactly STREET_FINALS of the street's open groups, and in street and
 * department groups that the plan dissolves. So she goes from dozens to 1 + STREET_FINALS.
 */
function placeSecretary(rng: Rng, unitSlots: readonly UnitSlots[]): Set<GroupSlot> {
  const chosen = new Set<GroupSlot>();
  const street = unitSlots.find((s) => s.shape.unit.name === SHOWCASE_STREET);
  if (!street) throw new Error(`缺少${SHOWCASE_STREET}`);
  const eligible = street.finals.flatMap((_, i) => (familyOf(street, i).some((g) => !g.main) ? [i] : []));
  if (eligible.length < STREET_FINALS)
    throw new Error(`${SHOWCASE_STREET}可选的保留群不足 ${STREET_FINALS} 个`);
  for (const fi of rng.sample(eligible, STREET_FINALS)) {
    const family = familyOf(street, fi).filter((g) => !g.main);
    for (const g of rng.sample(family, Math.min(2, family.length))) chosen.add(g);
  }
  // Dissolved street groups make up the rest of her count before the plan.
  const community = unitSlots.find((s) => s.shape.unit.name === SHOWCASE_COMMUNITY)?.groups.length ?? 0;
  const need = SECRETARY_BEFORE - community - DEPARTMENT_DISSOLVED - chosen.size;
  const dissolved = street.groups.filter((g) => g.fate === 'dissolved');
  if (need < 0 || need > dissolved.length)
    throw new Error(`${SHOWCASE_STREET}可解散的群数不足以安排社区书记`);
  for (const g of rng.sample(dissolved, need)) chosen.add(g);
  const departments = rng.shuffle(unitSlots.filter((s) => s.shape.unit.type === 'department'));
  let placed = 0;
  for (const d of departments) {
    if (placed === DEPARTMENT_DISSOLVED) break;
    const g = d.groups.find((x) => x.fate === 'dissolved');
    if (!g) continue;
    chosen.add(g);
    placed++;
  }
  if (placed < DEPARTMENT_DISSOLVED) throw new Error('区直部门中可解散的群不足');
  return chosen;
}
