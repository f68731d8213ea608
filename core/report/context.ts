/** What every sheet builder needs, computed once per report. */
import type { PlanMetrics } from '../metrics/model';
import type { Decision, Plan } from '../plan/model';
import type { Policy } from '../policy/schema';
import type { Problem } from '../problems';
import type { Roster, RosterIndex } from '../roster/model';
import type { OpenGroup } from '../plan/effective';
import type { PersonCount } from './person-counts';

export interface ResolvedReportOptions {
  title: string;
  maskPersonalNumbers: boolean;
  preparedBy: string | null;
  generatedAt: string;
}

export type LedgerGroup = Omit<OpenGroup, 'members'>;

export interface ReportContext {
  roster: Roster;
  index: RosterIndex;
  plan: Plan;
  policy: Policy;
  metrics: PlanMetrics;
  options: ResolvedReportOptions;
  /** The groups open after the plan, without their member lists (the sheets need only sizes). */
  open: LedgerGroup[];
  /** Per person, work groups before and after; null without member lists. */
  people: PersonCount[] | null;
  /** Position of each unit in the roster, to list groups unit by unit. */
  unitOrder: Map<string, number>;
  problems: Problem[];
}

export function unitName(ctx: ReportContext, unitId: string): string {
  return ctx.index.unitById.get(unitId)?.name ?? unitId;
}

/** A work group without a decision cannot occur in a consistent plan; it is shown as pending, and says so. */
export const MISSING_DECISION: Decision = {
  state: 'pending',
  targetId: null,
  category: null,
  rule: 'board',
  reason: '方案中没有该群的处置，按待定计。',
};

export function decisionOf(ctx: ReportContext, groupId: string): Decision {
  return ctx.plan.decisions.get(groupId) ?? MISSING_DECISION;
}

/** Sorts by the unit's position in the roster; stable, so roster order holds within a unit. */
export function byUnit<T>(ctx: ReportContext, items: readonly T[], unitIdOf: (item: T) => string): T[] {
  const last = ctx.unitOrder.size;
  return items
    .map((item, i) => ({ item, i, u: ctx.unitOrder.get(unitIdOf(item)) ?? last }))
    .sort((a, b) => a.u - b.u || a.i - b.i)
    .map((x) => x.item);
}

/** The two lines under every report sheet's title. */
export function sheetTitleLines(ctx: ReportContext, sheetTitle: string): string[] {
  return [
    `${ctx.options.title}——${sheetTitle}`,
    `方案日期：${ctx.plan.asOf}\u3000\u3000规则：${ctx.policy.name}\u3000\u3000生成日期：${ctx.options.generatedAt}`,
  ];
}
