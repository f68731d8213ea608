/**
 * The benchmark's synthetic roster is what docs/performance.md says it is: the asked number of
 * groups, ~10 members each, the auto-plan's cases present, and a file that re-imports through
 * the product's own reader and importer without errors. No timings here (those are the bench's).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_FIELDS, MEMBER_FIELDS, UNIT_FIELDS } from '../../../core/import/fields';
import { importRoster, type ImportResult } from '../../../core/import/index';
import { sheetRows } from '../../../core/import/grid';
import type { RawWorkbook } from '../../../core/import/raw';
import { normaliseName } from '../../../core/planner/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { readRosterFile } from '../../../main/roster/read-roster-file';
import { parseSize, sizeLabel } from '../../../scripts/bench/args';
import { median } from '../../../scripts/bench/measure';
import { benchPhone } from '../../../scripts/bench/roster-units';
import { BENCH_AS_OF, generateRoster, type SynthRoster } from '../../../scripts/bench/roster';
import { GROUP_KEYS, MEMBER_KEYS, UNIT_KEYS, writeRosterXlsx } from '../../../scripts/bench/roster-xlsx';

const workerPath = join(import.meta.dirname, '..', '..', '..', 'out', 'node', 'roster-worker.js');
const N = 200;
const roster: SynthRoster = generateRoster(N);

describe('generateRoster', () => {
  it('makes exactly the asked number of groups, with unique 群编号', () => {
    for (const n of [1, 37, N, 2500]) expect(generateRoster(n).groups).toHaveLength(n);
    expect(new Set(roster.groups.map((g) => g.code)).size).toBe(N);
  });

  it('averages about 10 members per group, distinct within a group, as 成员 rows', () => {
    const sizes = roster.groups.map((g) => g.members.length);
    const mean = sizes.reduce((a, b) => a + b, 0) / N;
    expect(mean).toBeGreaterThan(8);
    expect(mean).toBeLessThan(12);
    expect(roster.memberRows).toBe(sizes.reduce((a, b) => a + b, 0));
    for (const g of roster.groups) expect(new Set(g.members).size).toBe(g.members.length);
  });

  it('is the same roster for the same size and seed, another for another seed', () => {
    expect(generateRoster(N)).toEqual(roster);
    expect(generateRoster(N, 1).groups.map((g) => g.name)).not.toEqual(roster.groups.map((g) => g.name));
  });

  it('puts every group in a listed unit, and every street’s community under it', () => {
    const units = new Map(roster.units.map((u) => [u.name, u]));
    expect(units.size).toBe(roster.units.length);
    for (const g of roster.groups) expect(units.has(g.unit)).toBe(true);
    for (const u of roster.units) if (u.parent !== null) expect(units.get(u.parent)?.type).toMatch(/街道|镇/);
    const types = new Set(roster.groups.map((g) => units.get(g.unit)?.type));
    expect([...types].sort()).toEqual(['区直部门', '社区', '街道'].sort());
  });

  it('has the cases the auto-plan works on: dead, ended temporary, duplicate names, non-work, other platforms', () => {
    const big = generateRoster(2000);
    const share = (f: (g: SynthRoster['groups'][number]) => boolean): number =>
      big.groups.filter(f).length / big.groups.length;
    const dayMs = 86_400_000;
    const age = (iso: string | null): number =>
      iso === null ? 0 : (Date.parse(BENCH_AS_OF) - Date.parse(iso)) / dayMs;
    expect(share((g) => age(g.lastActive) > 90)).toBeGreaterThan(0.08);
    expect(share((g) => g.temporary && g.endDate !== null && age(g.endDate) > 0)).toBeGreaterThan(0.02);
    expect(share((g) => g.category !== '工作群')).toBeGreaterThan(0.03);
    expect(share((g) => g.platform !== '微信')).toBeGreaterThan(0.1);
    const seen = new Set<string>();
    let duplicates = 0;
    for (const g of big.groups) {
      const key = `${g.unit}|${g.platform}|${normaliseName(g.name)}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
    }
    expect(duplicates / big.groups.length).toBeGreaterThan(0.02);
  });

  it('gives every person an 11-digit phone number, unique', () => {
    const phones = roster.people.map((p) => p.phone);
    for (const p of phones) expect(p).toMatch(/^\d{11}$/);
    expect(new Set(phones).size).toBe(phones.length);
    expect(benchPhone(0)).not.toBe(benchPhone(1));
  });
});

describe('the written roster file', () => {
  let dir = '';
  let workbook: RawWorkbook;
  let imported: ImportResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-roster-'));
    const path = join(dir, 'roster-200.xlsx');
    await writeRosterXlsx(roster, path);
    const read = await readRosterFile({ path }, { workerPath });
    if (!read.ok) throw new Error(read.problem.message);
    workbook = read.workbook;
    imported = importRoster([workbook], { businessLines: YUELU_POLICY.businessLines, policy: YUELU_POLICY });
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the three sheets with canonical headers in row 1', () => {
    const header = (fields: typeof GROUP_FIELDS, keys: readonly string[]): string[] =>
      keys.map((k) => fields.find((f) => f.key === k)?.header ?? '?');
    const byName = new Map(workbook.sheets.map((s) => [s.name, sheetRows(s)]));
    expect(byName.get('单位')?.[0]).toEqual(header(UNIT_FIELDS, UNIT_KEYS));
    expect(byName.get('工作群')?.[0]).toEqual(header(GROUP_FIELDS, GROUP_KEYS));
    expect(byName.get('成员')?.[0]).toEqual(header(MEMBER_FIELDS, MEMBER_KEYS));
    expect(byName.get('工作群')).toHaveLength(N + 1);
    expect(byName.get('成员')).toHaveLength(roster.memberRows + 1);
  });

  it('keeps phone numbers as text cells', () => {
    const members = workbook.sheets.find((s) => s.name === '成员');
    const phones = (members ? sheetRows(members) : []).slice(1).map((r) => r[2]);
    expect(phones.length).toBe(roster.memberRows);
    for (const p of phones) expect(typeof p).toBe('string');
  });

  it('re-imports without errors or warnings, every group, person and membership accounted for', () => {
    expect(imported.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(imported.problems).toEqual([]);
    const r = imported.roster;
    expect(r?.groups).toHaveLength(N);
    expect(r?.memberships).toHaveLength(roster.memberRows);
    const people = new Set(roster.groups.flatMap((g) => g.members));
    expect(r?.people).toHaveLength(people.size);
    const dead = roster.groups.filter((g) => g.lastActive !== null && g.lastActive < '2025-12-31').length;
    expect(r?.groups.filter((g) => g.lastActive !== null && g.lastActive < '2025-12-31')).toHaveLength(dead);
  });
});

describe('bench arguments', () => {
  it.each([
    ['10k', 10_000],
    ['100k', 100_000],
    ['2500', 2500],
    ['1.5m', 1_500_000],
  ])('reads %s as %i groups and labels it back', (text, n) => {
    expect(parseSize(text)).toBe(n);
    expect(parseSize(sizeLabel(n))).toBe(n);
  });

  it('refuses what is not a size', () => {
    for (const bad of ['', 'ten', '-5', '0', '10kk']) expect(() => parseSize(bad)).toThrow();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
