/**
 * The dashboard's series at district scale: 20,000 work groups in 600 units with 300,000
 * memberships, auto-planned. Logs the time of a recompute (what the dashboard does per edit);
 * no timing assertions (speed is for benchmarks), only that the series are whole.
 */
import { describe, expect, it } from 'vitest';
import { dashboardFromMetrics, dashboardSeries } from '../../../core/dashboard';
import { computeMetrics } from '../../../core/metrics/compute';
import { makePlan } from '../../../core/planner';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { indexRoster } from '../../../core/roster/model';
import { makeRoster, type GroupSpec, type UnitSpec } from '../plan/fixtures';

function district(groups: number) {
  let seed = 20261128;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  const units: UnitSpec[] = [];
  for (let s = 0; s < 20; s++) {
    units.push([`街道${s}`, 'street']);
    for (let c = 0; c < 20; c++) units.push([`街道${s}社区${c}`, 'community', `街道${s}`]);
  }
  for (let d = 0; d < 180; d++) units.push([`部门${d}`, 'department', null, 10 + rand(120)]);
  const lines = ['党建', '网格化', '政务服务', '公共安全', null];
  const platforms = ['微信', '微信', '微信', 'QQ', '钉钉'];
  const specs: GroupSpec[] = [];
  for (let i = 0; i < groups; i++) {
    const unit = units[rand(units.length)]?.[0] ?? '部门0';
    const members = new Set<string>();
    const size = 5 + rand(20);
    while (members.size < size) members.add(`p${rand(40_000)}`);
    specs.push({
      id: `g${i}`,
      unit,
      name: `${unit}工作群${i}`,
      platform: platforms[rand(platforms.length)],
      businessLine: lines[rand(lines.length)] ?? null,
      members: [...members],
      lastActive: '2026-02-01',
    });
  }
  return makeRoster(units, specs);
}

const ms = (start: number): string => `${(performance.now() - start).toFixed(1)} ms`;

describe('dashboard series at district scale', () => {
  it('are shaped from one computeMetrics per edit (times logged)', () => {
    const roster = district(20_000);
    const index = indexRoster(roster);
    const { plan, problems } = makePlan(roster, YUELU_POLICY, {
      asOf: '2026-03-05',
      useClerkPlan: false,
      index,
    });
    let t = performance.now();
    const first = dashboardSeries(roster, index, plan, YUELU_POLICY, problems);
    const firstTime = ms(t);
    const times: string[] = [];
    for (let k = 0; k < 5; k++) {
      t = performance.now();
      dashboardSeries(roster, index, plan, YUELU_POLICY, problems);
      times.push(ms(t));
    }
    const metrics = computeMetrics(roster, plan, YUELU_POLICY, index);
    t = performance.now();
    dashboardFromMetrics(metrics, index, problems);
    const shapeOnly = ms(t);
    console.log(
      `20,000 groups, ${roster.memberships.length} memberships: first ${firstTime} (roster facts built), ` +
        `then ${times.join(', ')}; shaping alone (metrics given) ${shapeOnly}`,
    );
    expect(first.big.before).toBe(20_000);
    expect(first.units.units.length + first.units.withoutGroups).toBe(600);
    expect(first.burden?.buckets.reduce((a, b) => a + b.before, 0)).toBe(first.burden?.people);
  }, 120_000);
});
