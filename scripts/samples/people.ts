/**
 * The people of each unit, with 职务 as clerks write them. A community's or village's 书记 and
 * 主任 are its heads (DESIGN §3); 楼栋长, 村民小组长 and volunteers are residents who sit in the
 * community's own groups but not in the street's.
 */
import { fakePhone, personName } from './names';
import type { SamplePerson } from './model';
import type { Rng } from './random';
import { SHOWCASE_COMMUNITY, type DistrictUnit } from './units';

export interface UnitPeople {
  /** Every person of the unit (indexes into the people list). */
  all: number[];
  /** The unit's top two, in every group of the unit. */
  leaders: number[];
  /** Community or village 书记/主任. */
  heads: number[];
  /** Community or village staff who also sit in the street's groups (heads, 委员, 网格员). */
  core: number[];
  /** Department and street staff who can act as liaison (科长, 科员). */
  officers: number[];
}

function leaderTitles(u: DistrictUnit): [string, string, string] {
  const n = u.name;
  if (u.type === 'street') return ['党工委书记', '办事处主任', '党工委副书记'];
  if (u.type === 'town') return ['党委书记', '镇长', '党委副书记'];
  if (u.type === 'community') return ['党总支书记', '居委会主任', '党总支副书记'];
  if (u.type === 'village') return ['村党支部书记', '村委会主任', '村委会副主任'];
  if (n.endsWith('局') || n.endsWith('分局')) return ['局长', '副局长', '副局长'];
  if (n.endsWith('部')) return ['部长', '副部长', '副部长'];
  if (n.startsWith('团') || n.includes('纪委')) return ['书记', '副书记', '副书记'];
  if (n.endsWith('联') || n.endsWith('会')) return ['主席', '副主席', '副主席'];
  if (n.endsWith('馆')) return ['馆长', '副馆长', '副馆长'];
  if (n.endsWith('党校')) return ['常务副校长', '副校长', '副校长'];
  return ['主任', '副主任', '副主任'];
}

/** How many of a unit's people appear in the sample (a department's 在编人数 may be in the hundreds). */
function headcount(rng: Rng, u: DistrictUnit): number {
  if (u.type === 'department') return Math.min(u.staff ?? 10, rng.int(90, 110));
  if (u.type === 'street' || u.type === 'town') return u.staff ?? 60;
  return 0;
}

export function buildPeople(
  rng: Rng,
  units: readonly DistrictUnit[],
): {
  people: SamplePerson[];
  byUnit: Map<string, UnitPeople>;
  secretary: number;
} {
  const people: SamplePerson[] = [];
  const byUnit = new Map<string, UnitPeople>();
  let secretary = -1;
  const add = (unit: string, title: string): number => {
    people.push({ name: personName(rng), phone: fakePhone(people.length), unit, title });
    return people.length - 1;
  };
  for (const u of units) {
    const [top, second, deputy] = leaderTitles(u);
    const leaders = [add(u.name, top), add(u.name, second)];
    const entry: UnitPeople = { all: [...leaders], leaders, heads: [], core: [], officers: [] };
    const push = (title: string, n: number, ...lists: number[][]): void => {
      for (let i = 0; i < n; i++) {
        const p = add(u.name, title);
        entry.all.push(p);
        for (const l of lists) l.push(p);
      }
    };
    if (u.type === 'community' || u.type === 'village') {
      entry.heads.push(...leaders);
      entry.core.push(...leaders);
      push(deputy, 1, entry.core);
      push(u.type === 'community' ? '居委会委员' : '村委会委员', rng.int(2, 4), entry.core);
      push('网格员', rng.int(2, 6), entry.core);
      if (u.type === 'community') {
        push('楼栋长', rng.int(8, 24));
        push('志愿者', rng.int(0, 8));
      } else {
        push('村民小组长', rng.int(5, 10));
      }
      if (u.name === SHOWCASE_COMMUNITY) secretary = leaders[0] ?? -1;
    } else {
      const n = headcount(rng, u);
      push(deputy, 2);
      push(u.type === 'department' ? '科长' : '党工委委员', Math.max(1, Math.round(n / 8)), entry.officers);
      if (u.type !== 'department') push('科长', Math.round(n / 10), entry.officers);
      push(u.type === 'department' ? '副科长' : '网格员', Math.round(n / 10));
      push('科员', Math.max(1, n - entry.all.length), entry.officers);
    }
    byUnit.set(u.name, entry);
  }
  if (secretary < 0) throw new Error(`缺少${SHOWCASE_COMMUNITY}党总支书记`);
  return { people, byUnit, secretary };
}
