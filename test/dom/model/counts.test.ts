import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../core/metrics/compute';
import { planAction, type PlanAction } from '../../../core/plan/actions';
import { applyPatch } from '../../../core/plan/model';
import { makePlan } from '../../../core/planner/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { indexRoster } from '../../../core/roster/model';
import { afterDelta, planCounts } from '../../../renderer/model/counts';
import { testRoster } from '../helpers';

const ACTIONS: PlanAction[] = [
  { type: 'merge', sourceIds: ['a'], targetId: 'b' },
  { type: 'mergeNew', sourceIds: ['b', 'c'], name: '街道综合群' },
  { type: 'dissolve', groupIds: ['e'] },
  { type: 'unmerge', groupIds: ['d'] },
  { type: 'reclassify', groupIds: ['d2'], category: null },
  { type: 'setPending', groupIds: ['c'] },
  { type: 'keep', groupIds: ['e'] },
];

describe('the start page counts', () => {
  it('follow every action and its undo exactly as computeMetrics counts', () => {
    const roster = testRoster();
    const index = indexRoster(roster);
    const plan = makePlan(roster, YUELU_POLICY, { asOf: '2026-03-05', useClerkPlan: true, index }).plan;
    let after = planCounts(roster, plan).after;
    const metricsAfter = () => computeMetrics(roster, plan, YUELU_POLICY, index).totals.after;
    expect(planCounts(roster, plan).before).toBe(
      computeMetrics(roster, plan, YUELU_POLICY, index).totals.before,
    );
    expect(after).toBe(metricsAfter());
    for (const action of ACTIONS) {
      const r = planAction(roster, index, plan, YUELU_POLICY, action);
      if (!r.ok) throw new Error(r.message);
      after += afterDelta(plan, r.patch);
      applyPatch(plan, r.patch);
      expect([action.type, after]).toEqual([action.type, metricsAfter()]);
      // Undo and redo move the count back and forth the same way.
      after += afterDelta(plan, r.inverse);
      applyPatch(plan, r.inverse);
      expect([action.type, 'undo', after]).toEqual([action.type, 'undo', metricsAfter()]);
      after += afterDelta(plan, r.patch);
      applyPatch(plan, r.patch);
    }
  });
});
