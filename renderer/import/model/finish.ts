/**
 * The 完成 step: what the roster holds (units, work and non-work groups, members, 填报日期), the
 * names and plan date the clerk may change, and their checks.
 */
import { parseTextDate } from '../../../core/dates';
import { isWorkGroup, type Roster } from '../../../core/roster/model';
import { rosterNameFromFiles } from '../../store/plans';

export interface RosterSummary {
  units: number;
  workGroups: number;
  nonWorkGroups: number;
  people: number;
  memberships: number;
  reportDate: string | null;
  files: string[];
}

export function rosterSummary(roster: Roster): RosterSummary {
  const work = roster.groups.filter(isWorkGroup).length;
  return {
    units: roster.units.length,
    workGroups: work,
    nonWorkGroups: roster.groups.length - work,
    people: roster.people.length,
    memberships: roster.memberships.length,
    reportDate: roster.reportDate,
    files: roster.files.slice(),
  };
}

export interface FinishForm {
  rosterName: string;
  planName: string;
  /** The plan date as typed: 2026-03-05, 2026/3/5 or 2026年3月5日. */
  asOf: string;
}

export const DEFAULT_PLAN_NAME = '方案一';

/** The plan date: the roster's 填报日期, else today. */
export function defaultFinishForm(roster: Roster, today: string): FinishForm {
  return {
    rosterName: rosterNameFromFiles(roster.files),
    planName: DEFAULT_PLAN_NAME,
    asOf: roster.reportDate ?? today,
  };
}

export const NAME_MAX = 100;

export interface FinishErrors {
  rosterName?: string;
  planName?: string;
  asOf?: string;
}

function nameError(name: string, what: string): string | undefined {
  if (name.trim() === '') return `请填写${what}`;
  if (name.trim().length > NAME_MAX) return `${what}不能超过 ${NAME_MAX} 个字`;
  return undefined;
}

/** The plan date typed, as an ISO date; null when it is not a date. */
export const planDate = (text: string): string | null => parseTextDate(text);

export function finishErrors(form: FinishForm): FinishErrors {
  const errors: FinishErrors = {};
  const roster = nameError(form.rosterName, '名单名称');
  const plan = nameError(form.planName, '方案名称');
  if (roster) errors.rosterName = roster;
  if (plan) errors.planName = plan;
  if (planDate(form.asOf) === null) errors.asOf = '请填写有效的日期，如 2026-03-05';
  return errors;
}

export const hasFinishErrors = (e: FinishErrors): boolean =>
  e.rosterName !== undefined || e.planName !== undefined || e.asOf !== undefined;
