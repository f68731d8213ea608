/**
 * The benchmark's seeded synthetic roster (invented data, not a real roster): N work-group rows
 * over districts of departments, streets and communities, ~10 members per group drawn from each
 * unit's pool, with the share of dead, temporary, duplicate-named and mislabelled groups that
 * makes the auto-plan do real work. The same size and seed give the same roster.
 */
import { addDays } from '../../core/dates';
import { makeRng, type Rng } from '../samples/random';
import { UnitFactory, type SynthPerson, type SynthUnit, type UnitPlan } from './roster-units';
import {
  ASPECTS,
  COMMUNITY_TOPICS,
  DEPARTMENT_TOPICS,
  DUPLICATE_BRACKETS,
  DUPLICATE_QUN,
  NON_WORK,
  RECLASSIFY_NAMES,
  STREET_TOPICS,
  type Topic,
} from './words';

export type { SynthPerson, SynthUnit } from './roster-units';

/** Bump when the generator's output changes: cached files are keyed by it. */
export const GENERATOR_VERSION = 2;
export const BENCH_SEED = 20260331;
/** The plan date the roster's dates are drawn around. */
export const BENCH_AS_OF = '2026-03-31';

export interface SynthGroup {
  code: string;
  name: string;
  unit: string;
  platform: string;
  category: string;
  businessLine: string | null;
  owner: string | null;
  temporary: boolean;
  endDate: string | null;
  lastActive: string | null;
  photoRequired: boolean;
  /** Indexes into the people list, distinct. 成员数 is their count. */
  members: number[];
}

export interface SynthRoster {
  asOf: string;
  units: SynthUnit[];
  people: SynthPerson[];
  groups: SynthGroup[];
  /** Rows of the 成员 sheet (the sum of the groups' member counts). */
  memberRows: number;
}

function platformOf(rng: Rng): string {
  const r = rng.next();
  return r < 0.78 ? '微信' : r < 0.88 ? 'QQ' : r < 0.95 ? '钉钉' : '政务微信';
}

function topicsOf(plan: UnitPlan): readonly Topic[] {
  switch (plan.unit.type) {
    case '区直部门':
      return DEPARTMENT_TOPICS;
    case '街道':
    case '镇':
      return STREET_TOPICS;
    default:
      return COMMUNITY_TOPICS;
  }
}

/** k distinct items of a small list (partial Fisher–Yates on a copy). */
function sample(rng: Rng, items: readonly number[], k: number): number[] {
  const a = items.slice();
  const n = Math.min(k, a.length);
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, a.length - 1);
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
  return a.slice(0, n);
}

/** Mostly 2–16 members, a few large groups of 25–65: about 10 on average. */
function membersOf(rng: Rng, plan: UnitPlan): number[] {
  const size = rng.chance(0.03) ? rng.int(25, 65) : rng.int(2, 16);
  const pool = plan.heads.length > 0 && rng.chance(0.5) ? [...plan.pool, ...plan.heads] : plan.pool;
  const members = sample(rng, pool, size);
  // Rule 6's case: a department's group that pulled in a community head.
  if (plan.unit.type === '区直部门' && plan.districtHeads.length > 0 && rng.chance(0.03))
    members.push(rng.pick(plan.districtHeads));
  return members;
}

function duplicateName(rng: Rng, name: string): string {
  return name.endsWith('群')
    ? name.slice(0, -1) + rng.pick(DUPLICATE_QUN)
    : name + rng.pick(DUPLICATE_BRACKETS);
}

class GroupMaker {
  readonly groups: SynthGroup[] = [];
  memberRows = 0;

  constructor(
    private readonly rng: Rng,
    private readonly people: readonly SynthPerson[],
    private readonly asOf: string,
  ) {}

  private dates(): Pick<SynthGroup, 'temporary' | 'endDate' | 'lastActive'> {
    const rng = this.rng;
    const temporary = rng.chance(0.08);
    let endDate: string | null = null;
    if (temporary && rng.chance(0.8))
      endDate = addDays(this.asOf, rng.chance(0.55) ? -rng.int(1, 300) : rng.int(1, 200));
    let lastActive: string | null = null;
    if (rng.chance(0.9))
      lastActive = addDays(this.asOf, rng.chance(0.14) ? -rng.int(91, 700) : -rng.int(0, 89));
    return { temporary, endDate, lastActive };
  }

  /** The unit's groups, up to `limit` of them. */
  unit(plan: UnitPlan, limit: number): void {
    const rng = this.rng;
    const short = plan.unit.type === '区直部门' ? plan.unit.name.replace(/^.+?区/, '') : plan.unit.name;
    const topics = topicsOf(plan);
    const pairs = sample(
      rng,
      Array.from({ length: topics.length * ASPECTS.length }, (_, i) => i),
      plan.groupCount,
    );
    const mine: SynthGroup[] = [];
    for (let i = 0; i < Math.min(limit, plan.groupCount); i++) {
      const pair = pairs[i % pairs.length] ?? 0;
      const [topic, line] = topics[Math.floor(pair / ASPECTS.length)] ?? ['工作', null];
      let name = `${short}${topic}${ASPECTS[pair % ASPECTS.length] ?? '群'}`;
      let platform = platformOf(rng);
      let category = '工作群';
      let businessLine = rng.chance(0.8) ? line : null;
      const r = rng.next();
      const original = mine.length > 0 ? rng.pick(mine) : null;
      if (r < 0.05 && original) {
        name = duplicateName(rng, original.name);
        platform = original.platform;
        businessLine = original.businessLine;
      } else if (r < 0.08) {
        name = `${short}${rng.pick(RECLASSIFY_NAMES)}`;
        businessLine = null;
      } else if (r < 0.14) {
        category = rng.pick(NON_WORK);
        name = `${short}${category}`;
        businessLine = null;
      }
      const members = membersOf(rng, plan);
      this.memberRows += members.length;
      const ownerIndex = members[0];
      const group: SynthGroup = {
        code: `QJ${String(this.groups.length + 1).padStart(7, '0')}`,
        name,
        unit: plan.unit.name,
        platform,
        category,
        businessLine,
        owner: ownerIndex === undefined ? null : (this.people[ownerIndex]?.name ?? null),
        ...this.dates(),
        photoRequired: rng.chance(0.03),
        members,
      };
      mine.push(group);
      this.groups.push(group);
    }
  }
}

/** A roster of exactly `groupCount` groups (work and non-work rows of the 工作群 sheet). */
export function generateRoster(groupCount: number, seed: number = BENCH_SEED): SynthRoster {
  if (!Number.isInteger(groupCount) || groupCount < 1) throw new Error(`group count ${groupCount}`);
  const rng = makeRng(seed);
  const factory = new UnitFactory(rng);
  const maker = new GroupMaker(rng, factory.people, BENCH_AS_OF);
  while (maker.groups.length < groupCount) {
    for (const plan of factory.district()) {
      const left = groupCount - maker.groups.length;
      if (left <= 0) break;
      maker.unit(plan, left);
    }
  }
  return {
    asOf: BENCH_AS_OF,
    units: factory.units,
    people: factory.people,
    groups: maker.groups,
    memberRows: maker.memberRows,
  };
}
