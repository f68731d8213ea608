/**
 * Making new rosters and plans (scenarios): the records the start page lists, and the plan
 * itself from the planner. Several plans may share one roster; each has its own entries,
 * history and view.
 */
import { makePlan } from '../../core/planner/index';
import type { Plan } from '../../core/plan/model';
import type { Policy } from '../../core/policy/schema';
import type { Problem } from '../../core/problems';
import { isWorkGroup, type Roster, type RosterIndex } from '../../core/roster/model';
import { planCounts } from '../model/counts';
import type { PlanRecord, RosterDataRow, RosterRecord } from './records';

/** "示例-岳麓区" for one file, "望月湖街道 等 3 个文件" for several. */
export function rosterNameFromFiles(files: readonly string[]): string {
  const base = (f: string) => f.replace(/\.[^.]+$/, '');
  const first = files[0];
  if (first === undefined) return '未命名名单';
  return files.length === 1 ? base(first) : `${base(first)} 等 ${files.length} 个文件`;
}

export function newRosterRows(
  id: string,
  name: string,
  roster: Roster,
  now: number,
): { record: RosterRecord; data: RosterDataRow } {
  const work = roster.groups.filter(isWorkGroup).length;
  return {
    record: {
      id,
      name,
      createdAt: now,
      updatedAt: now,
      files: roster.files.slice(),
      reportDate: roster.reportDate,
      units: roster.units.length,
      workGroups: work,
      nonWork: roster.groups.length - work,
      people: roster.people.length,
    },
    data: { id, roster },
  };
}

export interface NewPlan {
  record: PlanRecord;
  plan: Plan;
}

/** The clerk's own plan (拟处置/并入) where the roster has one, the auto-plan for the rest. */
export function newPlan(
  ids: { planId: string; rosterId: string },
  roster: Roster,
  index: RosterIndex,
  policy: Policy,
  asOf: string,
  name: string,
  now: number,
): NewPlan {
  const made = makePlan(roster, policy, { asOf, useClerkPlan: true, index });
  const counts = planCounts(roster, made.plan);
  const problems: Problem[] = made.problems;
  return {
    plan: made.plan,
    record: {
      id: ids.planId,
      rosterId: ids.rosterId,
      name,
      createdAt: now,
      updatedAt: now,
      lastOpenedAt: now,
      asOf,
      policy,
      problems,
      suggestions: made.plan.suggestions,
      historyPointer: 0,
      before: counts.before,
      after: counts.after,
    },
  };
}

/** A name not yet used by the roster's plans: 方案一, 方案二, … */
export function nextPlanName(existing: readonly string[]): string {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  for (let i = 0; ; i++) {
    const name = `方案${numerals[i] ?? String(i + 1)}`;
    if (!existing.includes(name)) return name;
  }
}

/** The longest plan name (it shows in the top bar and in report file names). */
export const MAX_PLAN_NAME = 30;

export type PlanNameCheck = { ok: true; name: string } | { ok: false; message: string };

/**
 * A plan name as the clerk typed it, checked: trimmed, not empty, no control characters, at most
 * MAX_PLAN_NAME characters, and unlike the roster's other plans (`others`, without the plan
 * being renamed).
 */
export function checkPlanName(typed: string, others: readonly string[]): PlanNameCheck {
  const name = typed.trim();
  if (name === '') return { ok: false, message: '请填写方案名称。' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return { ok: false, message: '方案名称不能含控制字符。' };
  if ([...name].length > MAX_PLAN_NAME)
    return { ok: false, message: `方案名称不能超过 ${MAX_PLAN_NAME} 个字。` };
  if (others.includes(name)) return { ok: false, message: `本名单已有名为“${name}”的方案，请另起名称。` };
  return { ok: true, name };
}

/** The names of a roster's plans, optionally without one of them. */
export function planNamesOf(
  plans: readonly PlanRecord[],
  rosterId: string,
  except: string | null = null,
): string[] {
  return plans.filter((p) => p.rosterId === rosterId && p.id !== except).map((p) => p.name);
}

/** The record of a copy of `source`: same decisions, policy and counts; a fresh undo history. */
export function copiedPlanRecord(source: PlanRecord, id: string, name: string, now: number): PlanRecord {
  return {
    ...source,
    id,
    name,
    createdAt: now,
    updatedAt: now,
    lastOpenedAt: now,
    problems: source.problems.slice(),
    suggestions: source.suggestions.slice(),
    historyPointer: 0,
  };
}
