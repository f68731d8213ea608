/** The start page's list of recent plans: pure shaping of the stored records. */
import type { PlanRecord, RosterRecord } from '../store/records';

export interface RecentPlan {
  planId: string;
  rosterName: string;
  planName: string;
  /** 规划日期 (the plan date, ISO). */
  asOf: string;
  before: number;
  after: number;
  /** "2026-03-05 14:07", local time. */
  lastOpened: string;
  policyName: string;
}

const two = (n: number): string => String(n).padStart(2, '0');

export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Most recently opened first; a plan whose roster record is missing is still listed. */
export function recentPlans(
  rosters: readonly RosterRecord[],
  plans: readonly PlanRecord[],
  limit = 20,
): RecentPlan[] {
  const names = new Map(rosters.map((r) => [r.id, r.name]));
  return [...plans]
    .sort((a, b) => b.lastOpenedAt - a.lastOpenedAt)
    .slice(0, limit)
    .map((p) => ({
      planId: p.id,
      rosterName: names.get(p.rosterId) ?? '（名单已删除）',
      planName: p.name,
      asOf: p.asOf,
      before: p.before,
      after: p.after,
      lastOpened: formatDateTime(p.lastOpenedAt),
      policyName: p.policy.name,
    }));
}
