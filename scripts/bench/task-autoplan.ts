/**
 * Task `autoplan`: the imported roster loaded untimed, then makePlan(--auto) timed. The headline
 * is makePlan with the roster's index given, as the app and the CLI call it (they index a roster
 * once and plan with it); makePlan building the index itself is timed in the same rounds
 * (`indexBuiltInside`), and so are indexRoster alone and the two maps the index builds on first
 * use (`lazyMaps`: membersByGroup and personByKey, which metrics and the report read and the
 * planner does not). One cold run (index built inside) and one warm-up first, then 5 rounds.
 */
import { computeMetrics } from '../../core/metrics/compute';
import { makePlan } from '../../core/planner/index';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { indexRoster, type RosterIndex } from '../../core/roster/model';
import { collectGarbage, median, peakRssMb, round, rssMb, type TaskResult } from './measure';
import { BENCH_AS_OF } from './roster';
import { loadRoster } from './state';

const TIMED_RUNS = 5;

export function autoplanTask(size: number): TaskResult {
  const roster = loadRoster(size);
  collectGarbage();
  const rssBefore = rssMb();
  const options = { asOf: BENCH_AS_OF, useClerkPlan: false };
  const plan = (index?: RosterIndex): number => {
    const t0 = performance.now();
    makePlan(roster, YUELU_POLICY, index ? { ...options, index } : options);
    return performance.now() - t0;
  };
  const cold = plan();
  plan();
  const index = indexRoster(roster);
  const times: number[] = [];
  const inside: number[] = [];
  const indexing: number[] = [];
  const lazy: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    times.push(plan(index));
    inside.push(plan());
    const t0 = performance.now();
    const fresh = indexRoster(roster);
    const t1 = performance.now();
    void fresh.membersByGroup;
    void fresh.personByKey;
    indexing.push(t1 - t0);
    lazy.push(performance.now() - t1);
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
      indexBuiltInsideMs: round(median(inside), 1),
      indexRosterMs: round(median(indexing), 1),
      lazyMapsMs: round(median(lazy), 1),
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
