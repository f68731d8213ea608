/** buildReport: the before/after report of a plan as a ReportModel (DESIGN §3). */
import { todayInShanghai } from '../dates';
import type { PlanMetrics } from '../metrics/model';
import { openGroupsAfter } from '../plan/effective';
import type { Plan } from '../plan/model';
import { findPreset } from '../policy/presets';
import type { Policy } from '../policy/schema';
import { indexRoster, type Roster, type RosterIndex } from '../roster/model';
import { burdenSheets } from './burden';
import { personCounts } from './person-counts';
import type { ReportContext } from './context';
import { actionsSheet, ledgerSheet } from './groups';
import type { ReportModel, ReportSheet } from './model';
import { rosterSheets } from './roster-sheets';
import { policySheet, summarySheet } from './summary';
import { unitsSheet } from './units';

export interface ReportOptions {
  /** Default: "<片区>工作群精简方案" for a single area, "<preset>工作群精简方案" under a district preset. */
  title?: string;
  /** Mask phone and ID numbers (138****1234); the roster sheets then carry no numbers at all. */
  maskPersonalNumbers: boolean;
  /** 制表人 on the signature line; blank for a handwritten name when absent. */
  preparedBy?: string;
  /** ISO date printed as 生成日期; today in Asia/Shanghai when absent. */
  generatedAt?: string;
}

/**
 * The title when the caller gives none. One area (a street with its communities, or a single
 * department) names itself; a preset policy is named after its district (岳麓区); otherwise the
 * title stays generic rather than guessing a place.
 */
export function defaultReportTitle(policy: Policy, metrics: PlanMetrics): string {
  const areas = metrics.areas.filter((a) => a.before > 0);
  const only = areas.length === 1 ? areas[0] : undefined;
  if (only) return `${only.name}工作群精简方案`;
  if (findPreset(policy.name)) return `${policy.name}工作群精简方案`;
  return '工作群精简方案';
}

/**
 * The large tables (工作群, 成员, 处置清单 …) are views that walk the roster and plan when a
 * writer reads them, so nothing is copied: write the model before changing either.
 */
export function buildReport(
  roster: Roster,
  plan: Plan,
  policy: Policy,
  metrics: PlanMetrics,
  options: ReportOptions,
  /** The roster's index when the caller already has one (a large roster takes a while to index). */
  index: RosterIndex = indexRoster(roster),
): ReportModel {
  const open = openGroupsAfter(roster, index, plan);
  const ctx: ReportContext = {
    roster,
    index,
    plan,
    policy,
    metrics,
    options: {
      title: options.title?.trim() || defaultReportTitle(policy, metrics),
      maskPersonalNumbers: options.maskPersonalNumbers,
      preparedBy: options.preparedBy?.trim() || null,
      generatedAt: options.generatedAt ?? todayInShanghai(),
    },
    // Member lists dropped once counted: they would stay in memory for the whole (long) write.
    open: open.map(({ members: _members, ...group }) => group),
    people: roster.memberships.length > 0 ? personCounts(roster, index, plan, open) : null,
    unitOrder: new Map(roster.units.map((u, i) => [u.id, i])),
    problems: [],
  };
  // The roster sheets first: they find the problems the 汇总 mentions.
  const rosterPart = rosterSheets(ctx);
  const sheets: ReportSheet[] = [
    unitsSheet(ctx),
    actionsSheet(ctx),
    ledgerSheet(ctx),
    ...burdenSheets(ctx),
    policySheet(ctx),
  ];
  return {
    title: ctx.options.title,
    sheets: [summarySheet(ctx), ...sheets, ...rosterPart],
    problems: ctx.problems,
  };
}
