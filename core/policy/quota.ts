/** Which quota a unit gets under a policy, and how that tier is described to a clerk. */
import { UNIT_TYPE_LABELS, type Unit, type UnitType } from '../roster/model';
import type { Policy, QuotaTier } from './schema';

export interface UnitQuota {
  quota: number;
  tier: QuotaTier;
  /** True when the unit's 在编人数 is missing and the policy's missingStaffTier was assumed. */
  assumed: boolean;
  /** e.g. "区直部门（在编 21–99 人）限 5 个". */
  label: string;
}

function tiersOf(policy: Policy, type: UnitType): QuotaTier[] {
  return policy.tiers
    .filter((t) => t.unitType === type)
    .sort((a, b) => (a.maxStaff ?? Infinity) - (b.maxStaff ?? Infinity));
}

export function describeTier(policy: Policy, tier: QuotaTier): string {
  const tiers = tiersOf(policy, tier.unitType);
  const type = UNIT_TYPE_LABELS[tier.unitType];
  if (tiers.length <= 1) return `${type}限 ${tier.quota} 个`;
  const i = tiers.indexOf(tier);
  const prev = i > 0 ? tiers[i - 1]?.maxStaff : null;
  const lower = prev == null ? 0 : prev + 1;
  let range: string;
  if (tier.maxStaff === null) range = `≥${lower} 人`;
  else if (lower === 0) range = `≤${tier.maxStaff} 人`;
  else range = `${lower}–${tier.maxStaff} 人`;
  return `${type}（在编 ${range}）限 ${tier.quota} 个`;
}

/**
 * The unit's quota. Returns null when the policy has no tier for the unit's type (a custom
 * policy may leave a type out); callers treat such a unit as unlimited and say so.
 */
export function quotaFor(policy: Policy, unit: Pick<Unit, 'type' | 'staff'>): UnitQuota | null {
  const tiers = tiersOf(policy, unit.type);
  if (tiers.length === 0) return null;
  let tier: QuotaTier | undefined;
  let assumed = false;
  if (unit.staff === null && tiers.length > 1) {
    assumed = true;
    tier = policy.missingStaffTier === 'lowest' ? tiers[0] : tiers[tiers.length - 1];
  } else {
    const staff = unit.staff ?? 0;
    tier = tiers.find((t) => t.maxStaff === null || staff <= t.maxStaff) ?? tiers[tiers.length - 1];
  }
  if (!tier) return null;
  return { quota: tier.quota, tier, assumed, label: describeTier(policy, tier) };
}

/** The platform's member cap under the policy, or null when none is known. */
export function platformCap(policy: Policy, platform: string): number | null {
  const entry = policy.platformCaps.find((c) => c.platform === platform);
  return entry ? entry.cap : policy.defaultCap;
}
