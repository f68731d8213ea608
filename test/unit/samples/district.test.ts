import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates';
import { quotaFor } from '../../../core/policy/quota';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { buildDistrict } from '../../../scripts/samples/district';
import {
  areaFigures,
  areaUnits,
  districtFigures,
  isWork,
  membersAfter,
  personBurden,
} from '../../../scripts/samples/figures';
import { NEW_PREFIX } from '../../../scripts/samples/model';
import { PUBLISHED, SAMPLE_SEED } from '../../../scripts/samples/published';
import { ALL_DEAD_UNIT, SHOWCASE_COMMUNITY, SHOWCASE_STREET } from '../../../scripts/samples/units';
import { verifyDistrict } from '../../../scripts/samples/verify';

const d = buildDistrict();
const f = districtFigures(d);
const work = d.groups.filter(isWork);

describe('the published figures (DESIGN §1, §2)', () => {
  it.each([
    ['before', f.before, 1784],
    ['merged + dissolved', f.merged + f.dissolved, 1170],
    ['kept (原群保留)', f.kept, 614],
    ['created (新建合并群)', f.created, 117],
    ['after (精简后合计)', f.after, 731],
    ['reclassified', f.reclassified, 0],
    [
      'kept + merged + dissolved + reclassified = before',
      f.kept + f.merged + f.dissolved + f.reclassified,
      f.before,
    ],
  ])('%s', (_label, actual, wanted) => {
    expect(actual).toBe(wanted);
  });

  it('compresses by 59% to two places', () => {
    expect(f.compression.toFixed(2)).toBe('0.59');
  });

  it(`${SHOWCASE_STREET} with its communities goes 127 → 16, all on 微信 and QQ`, () => {
    const area = areaUnits(d, SHOWCASE_STREET);
    expect(area.has(SHOWCASE_COMMUNITY)).toBe(true);
    expect(areaFigures(d, area)).toEqual({ before: 127, after: 16 });
    const platforms = new Set(work.filter((g) => area.has(g.unit)).map((g) => g.platform));
    expect([...platforms].sort()).toEqual(['QQ', '微信']);
  });

  it(`the party secretary of ${SHOWCASE_COMMUNITY} goes from dozens of work groups to 6`, () => {
    const person = d.people[d.secretary];
    expect(person?.unit).toBe(SHOWCASE_COMMUNITY);
    expect(person?.title).toContain('书记');
    const b = personBurden(d, d.secretary);
    expect(b.before).toBeGreaterThanOrEqual(30);
    expect(b.before).toBeLessThanOrEqual(40);
    expect(b.after).toBe(PUBLISHED.secretaryAfter);
  });

  it('counts a person once in a group that absorbed two of their groups', () => {
    const after = membersAfter(d);
    const merged = work.filter((g) => g.action === '合并' && g.members.includes(d.secretary));
    const finals = new Set(merged.map((g) => g.target));
    expect(merged.length).toBeGreaterThan(finals.size);
    for (const t of finals) expect(after.get(t ?? '')?.has(d.secretary)).toBe(true);
  });

  it('passes every check of the generator', () => {
    expect(verifyDistrict(d)).toEqual([]);
  });
});

describe('the recorded plan', () => {
  it('plans every work group and no non-work group', () => {
    expect(d.groups.filter((g) => (g.action === null) === isWork(g)).map((g) => g.code)).toEqual([]);
    expect(f.nonWork).toBeGreaterThanOrEqual(100);
    expect(f.nonWork).toBeLessThanOrEqual(200);
  });

  it('leaves every unit within its quota, and the quotas can hold the outcome', () => {
    let quotas = 0;
    for (const u of d.units) {
      const q = quotaFor(YUELU_POLICY, u)?.quota ?? 0;
      quotas += q;
      const open = new Set(
        work
          .filter((g) => g.unit === u.name && g.action !== '解散')
          .map((g) => (g.action === '保留' ? g.code : g.target)),
      );
      expect(open.size, u.name).toBeLessThanOrEqual(q);
    }
    expect(quotas).toBeGreaterThanOrEqual(PUBLISHED.after);
  });

  it('gives each new consolidated group at least two sources of one unit', () => {
    const sources = new Map<string, Set<string>>();
    const counts = new Map<string, number>();
    for (const g of work) {
      if (!g.target?.startsWith(NEW_PREFIX)) continue;
      sources.set(g.target, (sources.get(g.target) ?? new Set()).add(g.unit));
      counts.set(g.target, (counts.get(g.target) ?? 0) + 1);
    }
    expect(sources.size).toBe(117);
    for (const [t, units] of sources) {
      expect(units.size, t).toBe(1);
      expect(counts.get(t), t).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every decision a reason', () => {
    expect(work.filter((g) => !/\S/.test(g.reason ?? '')).map((g) => g.code)).toEqual([]);
  });
});

describe('what the auto-plan rules find in the data (DESIGN §4a)', () => {
  const words = YUELU_POLICY.reclassifyWords.map((w) => w.word);
  const dead = addDays(d.planDate, -90);
  const departments = new Set(d.units.filter((u) => u.type === 'department').map((u) => u.name));
  const heads = new Set(
    d.people.flatMap((p, i) => (/书记|主任/.test(p.title) && /(社区|村)$/.test(p.unit) ? [i] : [])),
  );
  it.each([
    [
      'rule 1: work groups named like chat, party-member or service groups',
      work.filter((g) => words.some((w) => g.name.includes(w))),
    ],
    [
      'rule 2: ended temporary groups',
      work.filter((g) => g.temporary && g.endDate !== null && g.endDate < d.planDate),
    ],
    ['rule 2: temporary groups without an end date', work.filter((g) => g.temporary && g.endDate === null)],
    ['rule 3: groups inactive for more than 90 days', work.filter((g) => g.lastActive < dead)],
    [
      'rule 4: numbered twins (1群/2群, （一）/（二）)',
      work.filter((g) => /(\d群|（[一二三四五六七八九十]）)$/.test(g.name)),
    ],
    [
      'rule 6: kept department groups with community heads',
      work.filter(
        (g) => departments.has(g.unit) && g.action === '保留' && g.members.some((m) => heads.has(m)),
      ),
    ],
    ['晒照片 flags', work.filter((g) => g.photoRequired)],
  ])('%s', (_label, found) => {
    expect(found.length).toBeGreaterThanOrEqual(5);
  });

  it(`has a unit whose groups are all dead (${ALL_DEAD_UNIT})`, () => {
    const groups = work.filter((g) => g.unit === ALL_DEAD_UNIT);
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) expect(g.lastActive < dead).toBe(true);
  });

  it('has units far over quota', () => {
    const far = d.units.filter((u) => {
      const n = work.filter((g) => g.unit === u.name).length;
      return n >= 3 * (quotaFor(YUELU_POLICY, u)?.quota ?? Infinity);
    });
    expect(far.map((u) => u.type)).toEqual(expect.arrayContaining(['department', 'street', 'community']));
  });
});

describe('people', () => {
  it('have unique, obviously fake 11-digit phone numbers', () => {
    const phones = d.people.map((p) => p.phone);
    expect(new Set(phones).size).toBe(phones.length);
    expect(phones.filter((p) => !/^139000\d{5}$/.test(p))).toEqual([]);
  });
});

describe('determinism', () => {
  it('builds the same district from the same seed, and another from another seed', () => {
    expect(buildDistrict(SAMPLE_SEED)).toEqual(d);
    expect(buildDistrict(SAMPLE_SEED + 1).groups.map((g) => g.name)).not.toEqual(d.groups.map((g) => g.name));
  });

  it.each([1, 2, 42, 99, 2024])('reproduces the published figures from seed %i too', (seed) => {
    expect(verifyDistrict(buildDistrict(seed))).toEqual([]);
  });
});
