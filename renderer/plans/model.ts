/**
 * Pure shaping for the plans screen: the roster's plans as list rows, the pair compared by
 * default, and how the comparison's numbers are written. Components only draw these.
 */
import type { TotalKey, TotalRow } from '../../core/compare/model';
import { formatDateTime } from '../model/recent';
import type { PlanRecord } from '../store/records';

export interface PlanRow {
  id: string;
  name: string;
  /** 规划日期, ISO. */
  asOf: string;
  policyName: string;
  before: number;
  after: number;
  /** "59.0%". */
  compression: string;
  /** 最近修改, "2026-03-05 14:07". */
  updated: string;
  /** The plan being edited (it cannot be deleted). */
  open: boolean;
}

/** "59.0%": one decimal, so that two close plans still read apart. */
export const percent1 = (x: number): string => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

const compressionOf = (before: number, after: number): number =>
  before === 0 ? 0 : (before - after) / before;

/** The roster's plans in the order they were made (方案一, 方案二, …). */
export function rosterPlanRows(
  plans: readonly PlanRecord[],
  rosterId: string,
  openPlanId: string | null,
): PlanRow[] {
  return plans
    .filter((p) => p.rosterId === rosterId)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((p) => ({
      id: p.id,
      name: p.name,
      asOf: p.asOf,
      policyName: p.policy.name,
      before: p.before,
      after: p.after,
      compression: percent1(compressionOf(p.before, p.after)),
      updated: formatDateTime(p.updatedAt),
      open: p.id === openPlanId,
    }));
}

/**
 * The pair shown when the clerk first compares: the oldest plan (usually the roster's own plan)
 * against the open one; when the open plan is the oldest, against the next. Null with fewer
 * than two plans.
 */
export function defaultPair(rows: readonly PlanRow[]): [string, string] | null {
  const first = rows[0];
  if (!first || rows.length < 2) return null;
  const open = rows.find((r) => r.open);
  if (open && open.id !== first.id) return [first.id, open.id];
  const second = rows[1];
  return second ? [first.id, second.id] : null;
}

/** A pair still valid for these rows (both present and different), else the default. */
export function validPair(rows: readonly PlanRow[], pair: [string, string] | null): [string, string] | null {
  const ids = new Set(rows.map((r) => r.id));
  if (pair && pair[0] !== pair[1] && ids.has(pair[0]) && ids.has(pair[1])) return pair;
  return defaultPair(rows);
}

/** The short column headings of the totals table. */
export const TOTAL_HEADINGS: Record<TotalKey, string> = {
  before: '精简前',
  after: '精简后',
  compression: '压缩率',
  kept: '原群保留',
  created: '新建合并群',
  merged: '合并',
  dissolved: '解散',
  reclassified: '转出',
  pending: '待定',
  membershipsBefore: '成员人次（前）',
  membershipsAfter: '成员人次（后）',
  unitsOverQuota: '超限额单位',
};

const isMemberships = (key: TotalKey): boolean => key === 'membershipsBefore' || key === 'membershipsAfter';

/** One figure as the table prints it: group counts plain (as the board), memberships grouped, ratios in %. */
export function totalText(row: Pick<TotalRow, 'key' | 'kind'>, value: number): string {
  if (row.kind === 'ratio') return percent1(value);
  return isMemberships(row.key) ? value.toLocaleString('zh-CN') : String(value);
}

/** B − A: "+3", "−12", "0"; for a ratio in percentage points ("+4.5 个百分点"). */
export function differenceText(row: Pick<TotalRow, 'key' | 'kind' | 'a' | 'b'>): string {
  const d = row.b - row.a;
  if (row.kind === 'ratio') {
    const points = Math.round(d * 1000) / 10;
    if (points === 0) return '0';
    return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} 个百分点`;
  }
  if (d === 0) return '0';
  const abs = isMemberships(row.key) ? Math.abs(d).toLocaleString('zh-CN') : String(Math.abs(d));
  return `${d > 0 ? '+' : '−'}${abs}`;
}

/** "5" or, when the two plans' policies give different quotas, "5 / 3"; "—" without a quota. */
export function quotaText(a: number | null, b: number | null): string {
  const t = (q: number | null) => (q === null ? '—' : String(q));
  return a === b ? t(a) : `${t(a)} / ${t(b)}`;
}
