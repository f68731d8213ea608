/**
 * The policy screen's form, as plain text fields (a clerk types "9" before "90"), turned into a
 * Policy and checked on every change: first what the form itself can tell (not a whole number,
 * a duplicate bound or platform, a name taken by a preset), then core's validatePolicy. Every
 * message is Chinese and attached to the field it is about (keys like "tiers.2.quota").
 */
import { POLICY_PRESETS, validatePolicy } from '../../core/policy/presets';
import type { Policy } from '../../core/policy/schema';
import {
  NON_WORK_CATEGORIES,
  UNIT_TYPE_LABELS,
  type NonWorkCategory,
  type UnitType,
} from '../../core/roster/model';

export interface TierRow {
  unitType: UnitType;
  /** Blank: no upper bound (the last tier of a type). */
  maxStaff: string;
  quota: string;
}

export interface WordRow {
  word: string;
  category: NonWorkCategory;
}

export interface CapRow {
  platform: string;
  cap: string;
}

export interface PolicyForm {
  name: string;
  description: string;
  tiers: TierRow[];
  missingStaffTier: 'lowest' | 'highest';
  /** One business line per line. */
  businessLines: string;
  reclassifyWords: WordRow[];
  dissolveEndedTemporary: boolean;
  /** Blank turns rule 3 (dead groups) off. */
  inactivityDays: string;
  /** Percent, 1–100. */
  duplicateOverlap: string;
  platformCaps: CapRow[];
  /** Blank: no cap for platforms not listed. */
  defaultCap: string;
  /** Blank: merges stay within their platform. */
  preferredPlatform: string;
}

/** Field key → Chinese message. '_form' holds what belongs to no single field. */
export type FormErrors = Map<string, string>;

export function formFromPolicy(p: Policy): PolicyForm {
  return {
    name: p.name,
    description: p.description,
    tiers: p.tiers.map((t) => ({
      unitType: t.unitType,
      maxStaff: t.maxStaff === null ? '' : String(t.maxStaff),
      quota: String(t.quota),
    })),
    missingStaffTier: p.missingStaffTier,
    businessLines: p.businessLines.join('\n'),
    reclassifyWords: p.reclassifyWords.map((w) => ({ ...w })),
    dissolveEndedTemporary: p.dissolveEndedTemporary,
    inactivityDays: p.inactivityDays === null ? '' : String(p.inactivityDays),
    duplicateOverlap: String(Math.round(p.duplicateOverlap * 1000) / 10),
    platformCaps: p.platformCaps.map((c) => ({ platform: c.platform, cap: String(c.cap) })),
    defaultCap: p.defaultCap === null ? '' : String(p.defaultCap),
    preferredPlatform: p.preferredPlatform ?? '',
  };
}

const INTEGER = /^-?\d+$/;

/** A whole number (full-width digits accepted), null for blank, NaN for anything else. */
function parseWhole(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  if (t === '') return null;
  return INTEGER.test(t) ? Number(t) : NaN;
}

function parseDecimal(text: string): number | null {
  const t = text.normalize('NFKC').trim().replace(/%$/, '');
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/** Field-specific wording for core's checks, by the last segment of the issue's path. */
const FIELD_MESSAGES: Record<string, string> = {
  name: '请填写规则名称（最多 50 个字）',
  description: '说明最多 500 个字',
  tiers: '至少需要一个限额档位',
  quota: '限额应为 0 或正整数',
  maxStaff: '人数上限应为 0 或正整数，留空表示无上限',
  businessLines: '业务条线不能为空',
  word: '请填写关键词',
  inactivityDays: '天数应为正整数，留空表示不按活跃时间判断',
  duplicateOverlap: '应在 1%–100% 之间',
  platform: '请填写平台名称',
  cap: '人数上限应为正整数',
  defaultCap: '人数上限应为正整数，留空表示不限',
  preferredPlatform: '请填写平台名称，或留空',
};

function issueKey(detail: string | undefined): string | null {
  if (!detail) return null;
  try {
    const issue = JSON.parse(detail) as { path?: unknown };
    if (!Array.isArray(issue.path) || issue.path.length === 0) return null;
    return issue.path.map(String).join('.');
  } catch {
    return null;
  }
}

const setOnce = (errors: FormErrors, key: string, message: string): void => {
  if (!errors.has(key)) errors.set(key, message);
};

/** The policy the form describes, or null with the reasons per field. */
export function checkPolicyForm(form: PolicyForm): { policy: Policy | null; errors: FormErrors } {
  const errors: FormErrors = new Map();
  const whole = (key: string, text: string, blankOk: boolean, min = 0): number | null => {
    const n = parseWhole(text);
    if (n === null) {
      if (!blankOk) setOnce(errors, key, '请填写数字');
      return null;
    }
    if (Number.isNaN(n)) setOnce(errors, key, '请填写整数（不带单位）');
    else if (n < min) setOnce(errors, key, min === 0 ? '不能为负数' : `应不小于 ${min}`);
    return n;
  };

  const name = form.name.trim();
  if (POLICY_PRESETS.some((p) => p.name === name))
    setOnce(errors, 'name', `“${name}”是预设规则的名称，自定义规则请另起名称`);

  const tiers = form.tiers.map((t, i) => ({
    unitType: t.unitType,
    maxStaff: whole(`tiers.${i}.maxStaff`, t.maxStaff, true),
    quota: whole(`tiers.${i}.quota`, t.quota, false) ?? 0,
  }));
  checkTierBounds(tiers, errors);

  const overlapPercent = parseDecimal(form.duplicateOverlap);
  if (overlapPercent === null || Number.isNaN(overlapPercent))
    setOnce(errors, 'duplicateOverlap', '请填写 1–100 之间的数字');
  const caps = form.platformCaps.map((c, i) => ({
    platform: c.platform.trim(),
    cap: whole(`platformCaps.${i}.cap`, c.cap, false, 1) ?? 0,
  }));
  const seenPlatforms = new Set<string>();
  caps.forEach((c, i) => {
    if (c.platform && seenPlatforms.has(c.platform))
      setOnce(errors, `platformCaps.${i}.platform`, `平台“${c.platform}”重复`);
    seenPlatforms.add(c.platform);
  });

  const candidate = {
    name,
    description: form.description,
    tiers,
    missingStaffTier: form.missingStaffTier,
    businessLines: form.businessLines
      .split(/[\n、，,；;]/)
      .map((s) => s.trim())
      .filter(Boolean),
    reclassifyWords: form.reclassifyWords.map((w) => ({ word: w.word.trim(), category: w.category })),
    dissolveEndedTemporary: form.dissolveEndedTemporary,
    inactivityDays: whole('inactivityDays', form.inactivityDays, true, 1),
    duplicateOverlap: overlapPercent === null || Number.isNaN(overlapPercent) ? 0.8 : overlapPercent / 100,
    platformCaps: caps,
    defaultCap: whole('defaultCap', form.defaultCap, true, 1),
    preferredPlatform: form.preferredPlatform.trim() || null,
  };

  const checked = validatePolicy(candidate);
  if (!checked.ok) {
    for (const p of checked.problems) {
      const key = issueKey(p.detail);
      if (key === null) continue; // the missing open tier: checkTierBounds already named it
      const last =
        key
          .split('.')
          .filter((s) => !/^\d+$/.test(s))
          .pop() ?? key;
      setOnce(errors, key, FIELD_MESSAGES[last] ?? '此项填写有误');
    }
    if (errors.size === 0) setOnce(errors, '_form', checked.problems[0]?.message ?? '规则设置有误');
  }
  return { policy: checked.ok && errors.size === 0 ? checked.policy : null, errors };
}

/** Each unit type needs one open last tier, and two tiers of a type cannot share a bound. */
function checkTierBounds(
  tiers: Array<{ unitType: UnitType; maxStaff: number | null }>,
  errors: FormErrors,
): void {
  const types = new Set(tiers.map((t) => t.unitType));
  for (const type of types) {
    const seen = new Set<number | null>();
    tiers.forEach((t, i) => {
      if (t.unitType !== type || Number.isNaN(t.maxStaff)) return;
      if (seen.has(t.maxStaff))
        setOnce(
          errors,
          `tiers.${i}.maxStaff`,
          t.maxStaff === null
            ? `${UNIT_TYPE_LABELS[type]}已有“无上限”的一档`
            : `${UNIT_TYPE_LABELS[type]}已有上限为 ${t.maxStaff} 人的一档`,
        );
      seen.add(t.maxStaff);
    });
    if (!seen.has(null))
      setOnce(errors, 'tiers', `${UNIT_TYPE_LABELS[type]}的限额档位缺少“无上限”的最后一档（人数上限留空）`);
  }
}

export const UNIT_TYPES = Object.keys(UNIT_TYPE_LABELS) as UnitType[];
export { NON_WORK_CATEGORIES };
