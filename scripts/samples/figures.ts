/**
 * The sample's figures, computed from the generated model with DESIGN §2's definitions, so the
 * generator can check itself before the importer, planner and metrics exist: before, kept,
 * merged, dissolved, created, after, the showcase area, and a person's group count before and
 * after (distinct open groups containing the person once merges are applied).
 */
import { NEW_PREFIX, type SampleDistrict, type SampleGroup } from './model';

export interface SampleFigures {
  before: number;
  kept: number;
  merged: number;
  dissolved: number;
  reclassified: number;
  created: number;
  after: number;
  compression: number;
  nonWork: number;
  /** Rows of the 成员 sheet (work and non-work groups). */
  memberRows: number;
  /** People in at least one work group before the plan. */
  people: number;
}

export const isWork = (g: SampleGroup): boolean => g.category === '工作群';

/** The open group a work group ends in: its own code, its target, or `新建:名称`; null if dissolved. */
export function finalOf(g: SampleGroup): string | null {
  if (g.action === '保留') return g.code;
  if (g.action === '合并') return g.target;
  return null;
}

export function districtFigures(d: SampleDistrict): SampleFigures {
  const work = d.groups.filter(isWork);
  const count = (a: SampleGroup['action']): number => work.filter((g) => g.action === a).length;
  const created = new Set(work.flatMap((g) => (g.target?.startsWith(NEW_PREFIX) ? [g.target] : [])));
  const kept = count('保留');
  const after = kept + created.size;
  const people = new Set(work.flatMap((g) => g.members));
  return {
    before: work.length,
    kept,
    merged: count('合并'),
    dissolved: count('解散'),
    // The recorded plan never reclassifies (转出 is not among SampleAction's values).
    reclassified: 0,
    created: created.size,
    after,
    compression: work.length === 0 ? 0 : (work.length - after) / work.length,
    nonWork: d.groups.length - work.length,
    memberRows: d.groups.reduce((n, g) => n + g.members.length, 0),
    people: people.size,
  };
}

/** Work groups before and open groups after, for a set of units (an area). */
export function areaFigures(
  d: SampleDistrict,
  unitNames: ReadonlySet<string>,
): { before: number; after: number } {
  const work = d.groups.filter((g) => isWork(g) && unitNames.has(g.unit));
  const finals = new Set(
    work.flatMap((g) => {
      const f = finalOf(g);
      return f === null ? [] : [f];
    }),
  );
  return { before: work.length, after: finals.size };
}

/** The street or town with its communities and villages. */
export function areaUnits(d: SampleDistrict, head: string): Set<string> {
  return new Set(d.units.filter((u) => u.name === head || u.parent === head).map((u) => u.name));
}

/** The members of each open group after the plan: the union of the groups that end in it. */
export function membersAfter(d: SampleDistrict): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const g of d.groups) {
    if (!isWork(g)) continue;
    const f = finalOf(g);
    if (f === null) continue;
    const set = out.get(f) ?? new Set<number>();
    for (const p of g.members) set.add(p);
    out.set(f, set);
  }
  return out;
}

/** A person's work groups before and open groups after. */
export function personBurden(d: SampleDistrict, person: number): { before: number; after: number } {
  const before = d.groups.filter((g) => isWork(g) && g.members.includes(person)).length;
  let after = 0;
  for (const members of membersAfter(d).values()) if (members.has(person)) after++;
  return { before, after };
}
