/**
 * Task `autoplan`: the imported roster loaded untimed, then makePlan(--auto) timed: one cold run,
 * one more to warm up, then the median of 5. indexRoster, which makePlan does first, is also
 * timed on its own, and makePlan with the index given (as the app can) three times, so its share
 * shows.
 */
import { computeMetrics } from '../../core/metrics/compute';
import { makePlan } from '../../core/planner/index';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { indexRoster } from '../../core/roster/model';
import { collectGarbage, median, peakRssMb, round, rssMb, type TaskResult } from './measure';
import { BENCH_AS_OF } from './roster';
import { loadRoster } from './state';

const TIMED_RUNS = 5;

export function autoplanTask(size: number): TaskResult {
  const roster = loadRoster(size);
  collectGarbage();
  const rssBefore = rssMb();
  const options = { asOf: BENCH_AS_OF, useClerkPlan: false };
  const plan = (): number => {
    const t0 = performance.now();
    makePlan(roster, YUELU_POLICY, options);
    return performance.now() - t0;
  };
  const cold = plan();
  plan();
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) times.push(plan());
  const tIndex = performance.now();
  const index = indexRoster(roster);
  const indexMs = performance.now() - tIndex;
  // The app keeps the roster's index; with it given, makePlan skips indexRoster.
  const withIndex: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    makePlan(roster, YUELU_POLICY, { ...options, index });
    withIndex.push(performance.now() - t0);
  }

  const result = makePlan(roster, YUELU_POLICY, { ...options, index });
  const m = computeMetrics(roster, result.plan, YUELU_POLICY, index);
  const overQuota = m.units.filter((u) => !u.compliant).length;
  return {
    ms: round(median(times), 1),
    peakRssMb: round(peakRssMb()),
    rssBeforeMb: round(rssBefore),
    phases: {
      coldMs: round(cold, 1),
      minMs: round(Math.min(...times), 1),
      maxMs: round(Math.max(...times), 1),
      indexRosterMs: round(indexMs, 1),
      withIndexGivenMs: round(median(withIndex), 1),
    },
    info: {
      before: m.totals.before,
      after: m.totals.after,
      kept: m.totals.kept,
      merged: m.totals.merged,
      dissolved: m.totals.dissolved,
      reclassified: m.totals.reclassified,
      compression: round(m.totals.compression * 100, 1),
      unitsOverQuota: overQuota,
      problems: result.problems.length,
    },
  };
}
