import { describe, expect, it } from 'vitest';
import { platformCap, quotaFor } from '../../../core/policy/quota';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { buildDistrict } from '../../../scripts/samples/district';
import { isWork } from '../../../scripts/samples/figures';
import { packedCount, type PackItem, type PackOptions } from '../../../scripts/samples/packing';
import { survivingRules1to3 } from '../../../scripts/samples/verify';

const yuelu: PackOptions = {
  cap: (p) => platformCap(YUELU_POLICY, p),
  preferred: YUELU_POLICY.preferredPlatform,
  byLine: false,
};
const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);
const item = (id: string, platform: string, members: number[], line: string | null = null): PackItem => ({
  id,
  platform,
  members,
  line,
});

describe('packedCount (first-fit decreasing under DESIGN §4a rule 5)', () => {
  it.each<[string, PackItem[], number]>([
    [
      'overlapping 微信 groups pack by their union',
      [item('a', '微信', range(0, 300)), item('b', '微信', range(100, 300))],
      1,
    ],
    [
      'a union over the 微信 cap of 500 does not',
      [item('a', '微信', range(0, 300)), item('b', '微信', range(300, 300))],
      2,
    ],
    [
      'a QQ group moves into a larger 微信 group',
      [item('a', '微信', range(0, 100)), item('b', 'QQ', range(50, 60))],
      1,
    ],
    [
      'a 微信 group never moves into a QQ group',
      [item('a', 'QQ', range(0, 100)), item('b', '微信', range(0, 60))],
      2,
    ],
    [
      'QQ groups pack under the QQ cap of 2000',
      [item('a', 'QQ', range(0, 1200)), item('b', 'QQ', range(1200, 700))],
      1,
    ],
    ['钉钉 never moves into QQ', [item('a', 'QQ', range(0, 100)), item('b', '钉钉', range(0, 50))], 2],
  ])('%s', (_label, items, bins) => {
    expect(packedCount(items, yuelu)).toBe(bins);
  });
});

describe('the sample district is feasible for the auto-plan', () => {
  const d = buildDistrict();
  const work = d.groups.filter(isWork);
  const units = d.units.filter((u) => work.some((g) => g.unit === u.name));
  const items = (groups: typeof work): PackItem[] =>
    groups.map((g) => item(g.code, g.platform, g.members, g.businessLine));

  it.each([false, true])('every unit packs into its quota (same business line first: %s)', (byLine) => {
    for (const u of units) {
      const quota = quotaFor(YUELU_POLICY, u)?.quota ?? 0;
      const own = work.filter((g) => g.unit === u.name);
      expect(packedCount(items(own), { ...yuelu, byLine }), u.name).toBeLessThanOrEqual(quota);
      const rest = survivingRules1to3(d, own);
      expect(packedCount(items(rest), { ...yuelu, byLine }), `${u.name}（规则1–3之后）`).toBeLessThanOrEqual(
        quota,
      );
    }
  });

  it('puts mixed-platform units on 微信 for their largest group', () => {
    for (const u of units) {
      const own = work.filter((g) => g.unit === u.name);
      if (new Set(own.map((g) => g.platform)).size < 2) continue;
      const sizes = own.map((g) => g.members.length);
      const largest = own.filter((g) => g.members.length === Math.max(...sizes));
      expect(
        largest.map((g) => g.platform),
        u.name,
      ).toEqual(['微信']);
    }
  });
});
