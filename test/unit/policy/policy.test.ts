import { describe, expect, it } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { findPreset, parsePolicyJson, validatePolicy } from '../../../core/policy/presets';
import { describeTier, platformCap, quotaFor } from '../../../core/policy/quota';
import type { UnitType } from '../../../core/roster/model';

describe('岳麓区 preset quotas (DESIGN §1)', () => {
  const cases: Array<{
    type: UnitType;
    staff: number | null;
    quota: number;
    assumed: boolean;
    label: string;
  }> = [
    { type: 'department', staff: 1, quota: 3, assumed: false, label: '区直部门（在编 ≤20 人）限 3 个' },
    { type: 'department', staff: 20, quota: 3, assumed: false, label: '区直部门（在编 ≤20 人）限 3 个' },
    { type: 'department', staff: 21, quota: 5, assumed: false, label: '区直部门（在编 21–99 人）限 5 个' },
    { type: 'department', staff: 99, quota: 5, assumed: false, label: '区直部门（在编 21–99 人）限 5 个' },
    { type: 'department', staff: 100, quota: 10, assumed: false, label: '区直部门（在编 ≥100 人）限 10 个' },
    { type: 'department', staff: 2000, quota: 10, assumed: false, label: '区直部门（在编 ≥100 人）限 10 个' },
    { type: 'department', staff: null, quota: 3, assumed: true, label: '区直部门（在编 ≤20 人）限 3 个' },
    { type: 'street', staff: null, quota: 10, assumed: false, label: '街道限 10 个' },
    { type: 'street', staff: 300, quota: 10, assumed: false, label: '街道限 10 个' },
    { type: 'town', staff: 80, quota: 10, assumed: false, label: '镇限 10 个' },
    { type: 'community', staff: 12, quota: 1, assumed: false, label: '社区限 1 个' },
    { type: 'village', staff: null, quota: 1, assumed: false, label: '村限 1 个' },
  ];
  for (const c of cases) {
    it(`${c.type} with ${c.staff ?? 'unknown'} staff → ${c.quota}`, () => {
      const q = quotaFor(YUELU_POLICY, { type: c.type, staff: c.staff });
      expect(q).not.toBeNull();
      expect(q?.quota).toBe(c.quota);
      expect(q?.assumed).toBe(c.assumed);
      expect(q?.label).toBe(c.label);
    });
  }

  it('names the platform caps and treats unknown platforms as uncapped', () => {
    expect(platformCap(YUELU_POLICY, '微信')).toBe(500);
    expect(platformCap(YUELU_POLICY, 'QQ')).toBe(2000);
    expect(platformCap(YUELU_POLICY, '钉钉')).toBe(3000);
    expect(platformCap(YUELU_POLICY, '飞书')).toBeNull();
  });

  it('is found by name and is itself a valid policy', () => {
    expect(findPreset('岳麓区')).toBe(YUELU_POLICY);
    expect(findPreset('不存在')).toBeNull();
    expect(validatePolicy(YUELU_POLICY)).toEqual({ ok: true, policy: YUELU_POLICY });
  });

  it('describes a tier on its own', () => {
    const tier = YUELU_POLICY.tiers[1];
    expect(tier && describeTier(YUELU_POLICY, tier)).toBe('区直部门（在编 21–99 人）限 5 个');
  });
});

describe('custom policies from JSON', () => {
  it('fills defaults for a minimal custom policy', () => {
    const r = parsePolicyJson(
      JSON.stringify({ name: '某区', tiers: [{ unitType: 'department', maxStaff: null, quota: 2 }] }),
      '某区.json',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.inactivityDays).toBe(90);
    expect(r.policy.duplicateOverlap).toBe(0.8);
    expect(r.policy.preferredPlatform).toBeNull();
    expect(r.policy.missingStaffTier).toBe('lowest');
    // A type the policy leaves out has no quota.
    expect(quotaFor(r.policy, { type: 'street', staff: null })).toBeNull();
  });

  const bad: Array<{ name: string; text: string; mentions: string }> = [
    { name: 'not JSON', text: '{name: 1', mentions: '不是有效的 JSON' },
    { name: 'a missing name', text: JSON.stringify({ tiers: [] }), mentions: 'name' },
    {
      name: 'a negative quota',
      text: JSON.stringify({ name: 'x', tiers: [{ unitType: 'street', maxStaff: null, quota: -1 }] }),
      mentions: 'tiers.0.quota',
    },
    {
      name: 'an unknown unit type',
      text: JSON.stringify({ name: 'x', tiers: [{ unitType: '科室', maxStaff: null, quota: 1 }] }),
      mentions: 'tiers.0.unitType',
    },
    {
      name: 'an unknown key',
      text: JSON.stringify({
        name: 'x',
        tiers: [{ unitType: 'street', maxStaff: null, quota: 1 }],
        quotas: 3,
      }),
      mentions: 'quotas',
    },
    {
      name: 'tiers without an open upper bound',
      text: JSON.stringify({ name: 'x', tiers: [{ unitType: 'department', maxStaff: 20, quota: 3 }] }),
      mentions: '无上限',
    },
    {
      name: 'an overlap above 1',
      text: JSON.stringify({
        name: 'x',
        tiers: [{ unitType: 'street', maxStaff: null, quota: 1 }],
        duplicateOverlap: 1.5,
      }),
      mentions: 'duplicateOverlap',
    },
  ];
  for (const b of bad) {
    it(`rejects ${b.name} with a Chinese message naming the file`, () => {
      const r = parsePolicyJson(b.text, '规则.json');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems.length).toBeGreaterThan(0);
      for (const p of r.problems) {
        expect(p.code).toBe('POLICY_INVALID');
        expect(p.level).toBe('error');
        expect(p.file).toBe('规则.json');
        expect(p.message).toContain('规则文件 规则.json');
      }
      expect(r.problems.map((p) => p.message).join('\n')).toContain(b.mentions);
    });
  }

  it('does not let a "__proto__" key pollute anything', () => {
    const r = parsePolicyJson(
      '{"name":"x","tiers":[{"unitType":"street","maxStaff":null,"quota":1}],"__proto__":{"polluted":true}}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok).toBe(false);
  });
});
