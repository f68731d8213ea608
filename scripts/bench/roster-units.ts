/**
 * The synthetic roster's units and their people: districts of departments in all three staff
 * tiers, streets and towns with their communities and villages. Each unit has a pool of people
 * its groups draw members from; a street's groups may also draw its communities' heads.
 */
import type { Rng } from '../samples/random';
import { personName } from '../samples/names';
import {
  COMMUNITY_HEAD_TITLES,
  COMMUNITY_TITLES,
  DEPARTMENT_TITLES,
  DEPARTMENTS,
  DISTRICT_CHARS,
  PLACE_CHARS,
  STREET_TITLES,
  VILLAGE_HEAD_TITLES,
} from './words';

/** 类型 as the 单位 sheet writes it. */
export type SynthUnitType = '区直部门' | '街道' | '镇' | '社区' | '村';

export interface SynthUnit {
  name: string;
  type: SynthUnitType;
  parent: string | null;
  staff: number | null;
}

export interface SynthPerson {
  name: string;
  phone: string;
  unit: string;
  title: string;
}

/** A unit as the group generator sees it: where its members come from and how many groups it has. */
export interface UnitPlan {
  unit: SynthUnit;
  /** People of the unit (indexes into the people list). */
  pool: number[];
  /** A street's or town's community or village heads, whom its groups may include; empty for others. */
  heads: number[];
  /** Community heads of the district, for the few department groups that wrongly pull one in. */
  districtHeads: number[];
  groupCount: number;
}

/**
 * Phone numbers in the 100 block, which no Chinese mobile number uses: 11 digits, unique per
 * index (i ↦ i·7919 mod 10⁸ is a permutation since 7919 is coprime with 10⁸), not in order.
 */
export function benchPhone(i: number): string {
  return `100${String((i * 7919 + 12_345) % 100_000_000).padStart(8, '0')}`;
}

export class UnitFactory {
  readonly units: SynthUnit[] = [];
  readonly people: SynthPerson[] = [];
  private readonly names = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** Two place characters, three when two are taken, then numbered: a name unique in the roster. */
  private uniqueName(chars: readonly string[], suffix: string): string {
    const rng = this.rng;
    for (let attempt = 0; attempt < 40; attempt++) {
      const stem = rng.pick(chars) + rng.pick(chars) + (attempt >= 8 ? rng.pick(chars) : '');
      const name = stem + suffix;
      if (!this.names.has(name) && stem[0] !== stem[1]) {
        this.names.add(name);
        return name;
      }
    }
    for (let n = 2; ; n++) {
      const name = `${rng.pick(chars)}${rng.pick(chars)}${n}${suffix}`;
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
  }

  private addUnit(name: string, type: SynthUnitType, parent: string | null, staff: number | null): SynthUnit {
    const unit = { name, type, parent, staff };
    this.units.push(unit);
    return unit;
  }

  /** `count` people of a unit; the first gets titles[0], the second titles[1], the rest the others. */
  private addPeople(
    unit: string,
    count: number,
    titles: readonly string[],
    headTitles?: readonly string[],
  ): number[] {
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const lead = headTitles ?? titles;
      const title = i < 2 ? (lead[i] ?? titles[0] ?? '') : this.rng.pick(titles.slice(2));
      const index = this.people.length;
      this.people.push({ name: personName(this.rng), phone: benchPhone(index), unit, title });
      out.push(index);
    }
    return out;
  }

  /** One district: its departments, then each street or town followed by its communities or villages. */
  district(): UnitPlan[] {
    const rng = this.rng;
    const district = this.uniqueName(DISTRICT_CHARS, '区');
    const plans: UnitPlan[] = [];
    const districtHeads: number[] = [];

    const areas: UnitPlan[][] = [];
    const areaCount = rng.int(12, 16);
    for (let a = 0; a < areaCount; a++) {
      const town = a >= areaCount - 2;
      const head = this.addUnit(
        this.uniqueName(PLACE_CHARS, town ? '镇' : '街道'),
        town ? '镇' : '街道',
        null,
        null,
      );
      head.staff = rng.int(50, 90);
      const below: UnitPlan[] = [];
      const children = town ? rng.int(5, 10) : rng.int(6, 12);
      for (let c = 0; c < children; c++) {
        const type: SynthUnitType = town ? '村' : '社区';
        const unit = this.addUnit(this.uniqueName(PLACE_CHARS, type), type, head.name, null);
        const pool = this.addPeople(
          unit.name,
          rng.int(12, 24),
          COMMUNITY_TITLES,
          town ? VILLAGE_HEAD_TITLES : COMMUNITY_HEAD_TITLES,
        );
        districtHeads.push(...pool.slice(0, 2));
        below.push({ unit, pool, heads: [], districtHeads, groupCount: rng.int(2, 9) });
      }
      const pool = this.addPeople(
        head.name,
        rng.int(40, 80),
        STREET_TITLES,
        town ? ['党委书记', '镇长'] : ['党工委书记', '办事处主任'],
      );
      const heads = below.flatMap((b) => b.pool.slice(0, 2));
      const groupCount = town ? rng.int(12, 30) : rng.int(15, 45);
      areas.push([{ unit: head, pool, heads, districtHeads, groupCount }, ...below]);
    }

    const departments: UnitPlan[] = [];
    for (const [dept, tier] of DEPARTMENTS) {
      const staff = tier === 0 ? rng.int(8, 20) : tier === 1 ? rng.int(21, 99) : rng.int(100, 400);
      const unit = this.addUnit(`${district}${dept}`, '区直部门', null, staff);
      const pool = this.addPeople(unit.name, Math.min(staff, 150), DEPARTMENT_TITLES);
      const groupCount = tier === 0 ? rng.int(3, 8) : tier === 1 ? rng.int(6, 20) : rng.int(12, 40);
      departments.push({ unit, pool, heads: [], districtHeads, groupCount });
    }
    // Departments and areas take turns, so that a roster cut short still has every kind of unit.
    const perArea = Math.ceil(departments.length / areas.length);
    areas.forEach((area, i) => plans.push(...departments.slice(i * perArea, (i + 1) * perArea), ...area));
    plans.push(...departments.slice(areas.length * perArea));
    return plans;
  }
}
