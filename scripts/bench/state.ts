/** The imported roster as the first import-full run saved it, and the plan state export starts from. */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { computeMetrics } from '../../core/metrics/compute';
import type { ComputedPlanMetrics } from '../../core/metrics/model';
import type { Plan } from '../../core/plan/model';
import { makePlan } from '../../core/planner/index';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import type { Roster } from '../../core/roster/model';
import { statePath } from './files';
import { BENCH_AS_OF } from './roster';

export function loadRoster(size: number): Roster {
  const value: unknown = deserialize(readFileSync(statePath(size)));
  const r = value as Partial<Roster> | null;
  if (!r || !Array.isArray(r.groups) || !Array.isArray(r.units) || !Array.isArray(r.memberships))
    throw new Error(`${statePath(size)} is not an imported roster`);
  return r as Roster;
}

export interface PlannedState {
  roster: Roster;
  plan: Plan;
  metrics: ComputedPlanMetrics;
}

/** Roster, auto-plan and metrics: what the export tasks start from, built untimed. */
export function loadPlannedState(size: number): PlannedState {
  const roster = loadRoster(size);
  const { plan } = makePlan(roster, YUELU_POLICY, { asOf: BENCH_AS_OF, useClerkPlan: false });
  const metrics = computeMetrics(roster, plan, YUELU_POLICY);
  return { roster, plan, metrics };
}
