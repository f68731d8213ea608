import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../core/metrics/compute';
import { CREATED_ID_PREFIX } from '../../../core/plan/model';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { decision, emptyPlan, makeRoster, type GroupSpec } from '../plan/fixtures';

/**
 * DESIGN §2: 1784 work groups before; 614 kept; merges create 117 new groups; 1170 merged or
 * dissolved → after 731, compression 59%. Built here as: 614 kept groups, 117 created groups of
 * two sources each (234 merged), 500 more merged into kept groups, 436 dissolved.
 */
describe('DESIGN §2 consistency example', () => {
  it('1784 before, 614 kept, 117 created, 1170 merged or dissolved → 731 after, 59%', () => {
    const groups: GroupSpec[] = Array.from({ length: 1784 }, (_, i) => ({
      id: `g${i}`,
      unit: 'D',
      memberCount: 10,
    }));
    const roster = makeRoster([['D', 'department', null, 200]], groups);
    const plan = emptyPlan(roster);
    let i = 0;
    const next = (): string => `g${i++}`;
    const kept = Array.from({ length: 614 }, next);
    for (const id of kept) plan.decisions.set(id, decision('kept'));
    for (let c = 0; c < 117; c++) {
      const id = `${CREATED_ID_PREFIX}合并群${c}`;
      plan.created.set(id, {
        id,
        name: `合并群${c}`,
        unitId: 'D',
        platform: '微信',
        businessLine: null,
        owner: null,
      });
      plan.decisions.set(next(), decision('merged', id));
      plan.decisions.set(next(), decision('merged', id));
    }
    for (let m = 0; m < 500; m++)
      plan.decisions.set(next(), decision('merged', kept[m % kept.length] ?? 'g0'));
    for (let d = 0; d < 436; d++) plan.decisions.set(next(), decision('dissolved'));
    expect(i).toBe(1784);

    const t = computeMetrics(roster, plan, YUELU_POLICY).totals;
    expect(t.before).toBe(1784);
    expect(t.kept).toBe(614);
    expect(t.created).toBe(117);
    expect(t.merged + t.dissolved).toBe(1170);
    expect(t.after).toBe(731);
    expect(t.compression).toBeCloseTo(1053 / 1784, 12); // 0.5902…
    expect(Math.round(t.compression * 100)).toBe(59);
    expect(t.pending).toBe(0);
  });
});
