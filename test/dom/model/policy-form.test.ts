import { describe, expect, it } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { checkPolicyForm, formFromPolicy, type PolicyForm } from '../../../renderer/model/policy-form';

const base = (): PolicyForm => ({ ...formFromPolicy(YUELU_POLICY), name: '本区规则' });

function row<T>(rows: T[], i: number): T {
  const r = rows[i];
  if (r === undefined) throw new Error(`no row ${i}`);
  return r;
}

function edit(change: (f: PolicyForm) => void): ReturnType<typeof checkPolicyForm> {
  const f = structuredClone(base());
  change(f);
  return checkPolicyForm(f);
}

describe('the policy form', () => {
  it('round-trips a policy', () => {
    const { policy, errors } = checkPolicyForm(base());
    expect(errors.size).toBe(0);
    expect(policy).toEqual({ ...YUELU_POLICY, name: '本区规则' });
  });

  it('reads full-width digits, percents and business lines written several ways', () => {
    const { policy } = edit((f) => {
      f.tiers[0] = { unitType: 'department', maxStaff: '２０', quota: '４' };
      f.duplicateOverlap = '75%';
      f.businessLines = '党建、网格化\n政务服务，公共安全\n\n';
      f.inactivityDays = '';
      f.defaultCap = '';
      f.preferredPlatform = '  ';
    });
    expect(policy?.tiers[0]).toEqual({ unitType: 'department', maxStaff: 20, quota: 4 });
    expect(policy?.duplicateOverlap).toBe(0.75);
    expect(policy?.businessLines).toEqual(['党建', '网格化', '政务服务', '公共安全']);
    expect(policy?.inactivityDays).toBeNull();
    expect(policy?.defaultCap).toBeNull();
    expect(policy?.preferredPlatform).toBeNull();
  });

  it.each<[string, (f: PolicyForm) => void, string, string]>([
    [
      'a quota that is not a number',
      (f) => void (row(f.tiers, 0).quota = '三个'),
      'tiers.0.quota',
      '请填写整数（不带单位）',
    ],
    ['a blank quota', (f) => void (row(f.tiers, 1).quota = ' '), 'tiers.1.quota', '请填写数字'],
    ['a negative bound', (f) => void (row(f.tiers, 0).maxStaff = '-5'), 'tiers.0.maxStaff', '不能为负数'],
    [
      'two open tiers of one type',
      (f) => void (row(f.tiers, 1).maxStaff = ''),
      'tiers.2.maxStaff',
      '区直部门已有“无上限”的一档',
    ],
    [
      'a repeated bound',
      (f) => void (row(f.tiers, 1).maxStaff = '20'),
      'tiers.1.maxStaff',
      '区直部门已有上限为 20 人的一档',
    ],
    [
      'no open last tier',
      (f) => void (row(f.tiers, 2).maxStaff = '500'),
      'tiers',
      '区直部门的限额档位缺少“无上限”的最后一档（人数上限留空）',
    ],
    ['no tiers at all', (f) => void (f.tiers = []), 'tiers', '至少需要一个限额档位'],
    ['an empty name', (f) => void (f.name = '  '), 'name', '请填写规则名称（最多 50 个字）'],
    [
      "a preset's name",
      (f) => void (f.name = '岳麓区'),
      'name',
      '“岳麓区”是预设规则的名称，自定义规则请另起名称',
    ],
    [
      'an overlap over 100%',
      (f) => void (f.duplicateOverlap = '150'),
      'duplicateOverlap',
      '应在 1%–100% 之间',
    ],
    ['an overlap of 0', (f) => void (f.duplicateOverlap = '0'), 'duplicateOverlap', '应在 1%–100% 之间'],
    [
      'an overlap in words',
      (f) => void (f.duplicateOverlap = '八成'),
      'duplicateOverlap',
      '请填写 1–100 之间的数字',
    ],
    ['zero days', (f) => void (f.inactivityDays = '0'), 'inactivityDays', '应不小于 1'],
    [
      'an empty keyword',
      (f) => void (row(f.reclassifyWords, 0).word = ' '),
      'reclassifyWords.0.word',
      '请填写关键词',
    ],
    [
      'a repeated platform',
      (f) => void (row(f.platformCaps, 1).platform = '微信'),
      'platformCaps.1.platform',
      '平台“微信”重复',
    ],
    [
      'an empty platform',
      (f) => void (row(f.platformCaps, 0).platform = ''),
      'platformCaps.0.platform',
      '请填写平台名称',
    ],
    ['a zero cap', (f) => void (row(f.platformCaps, 0).cap = '0'), 'platformCaps.0.cap', '应不小于 1'],
  ])('refuses %s, saying so at the field', (_what, change, key, message) => {
    const { policy, errors } = edit(change);
    expect(policy).toBeNull();
    expect(errors.get(key)).toBe(message);
  });
});
