/**
 * The rosters the UI benchmark opens, made with the bench's generator (invented data) and cached
 * in bench-output/ui/ by generator version: a district of 20,000 groups (as board-big.test.ts
 * builds it), and a 2,000-group roster whose groups all belong to one department, so that one
 * unit's board holds 2,000 groups.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATOR_VERSION, generateRoster, type SynthRoster } from '../bench/roster';
import { writeRosterXlsx } from '../bench/roster-xlsx';
import type { SizeKey } from './args';

export interface BenchRoster {
  path: string;
  groups: number;
  /** The unit whose board is measured; null: the 全区 view. */
  unit: string | null;
  label: string;
}

/** Every group moved into the first department: one unit of `roster.groups.length` groups. */
export function intoOneUnit(roster: SynthRoster): { roster: SynthRoster; unit: string } {
  const unit = roster.units.find((u) => u.type === '区直部门') ?? roster.units[0];
  if (!unit) throw new Error('the roster has no units');
  return {
    roster: { ...roster, groups: roster.groups.map((g) => ({ ...g, unit: unit.name })) },
    unit: unit.name,
  };
}

async function cached(dir: string, name: string, make: () => SynthRoster): Promise<string> {
  const path = join(dir, name);
  if (existsSync(path)) return path;
  const temp = `${path}.${process.pid}.tmp.xlsx`;
  await writeRosterXlsx(make(), temp);
  renameSync(temp, path);
  return path;
}

export async function benchRoster(root: string, size: SizeKey): Promise<BenchRoster> {
  const dir = join(root, 'bench-output', 'ui');
  mkdirSync(dir, { recursive: true });
  if (size === '20k') {
    const path = await cached(dir, `district-20k-g${GENERATOR_VERSION}.xlsx`, () => generateRoster(20_000));
    return { path, groups: 20_000, unit: null, label: '20,000 groups (全区)' };
  }
  const unit = intoOneUnit(generateRoster(2_000)).unit;
  const path = await cached(
    dir,
    `unit-2k-g${GENERATOR_VERSION}.xlsx`,
    () => intoOneUnit(generateRoster(2_000)).roster,
  );
  return { path, groups: 2_000, unit, label: '2,000 groups (one unit)' };
}
