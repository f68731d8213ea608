import { describe, expect, it } from 'vitest';
import { BURDEN_BUCKETS, bucketLabel, burdenBuckets, dashboardSeries } from '../../../core/dashboard';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { decision, setup } from '../plan/fixtures';

describe('burden buckets', () => {
  it('are 0, 1, 2, 3–5, 6–10, 11–20, 21–50 and more than 50', () => {
    expect(BURDEN_BUCKETS.map(bucketLabel)).toEqual([
      '0 个',
      '1 个',
      '2 个',
      '3–5 个',
      '6–10 个',
      '11–20 个',
      '21–50 个',
      '50 个以上',
    ]);
  });

  it('cover every count exactly once', () => {
    for (let k = 0; k <= 200; k++) {
      const hits = BURDEN_BUCKETS.filter((b) => k >= b.min && (b.max === null || k <= b.max));
      expect(hits.length).toBe(1);
    }
  });

  it.each([
    // [count, bucket index]
    [1, 1],
    [2, 2],
    [3, 3],
    [5, 3],
    [6, 4],
    [10, 4],
    [11, 5],
    [20, 5],
    [21, 6],
    [50, 6],
    [51, 7],
    [400, 7],
  ])('a person in %i groups lands in bucket %i', (count, bucket) => {
    const dist = new Array<number>(count + 1).fill(0);
    dist[count] = 1;
    const buckets = burdenBuckets(dist, [1]);
    expect(buckets.map((b) => b.before)).toEqual(BURDEN_BUCKETS.map((_, i) => (i === bucket ? 1 : 0)));
    expect(buckets.map((b) => b.after)).toEqual(BURDEN_BUCKETS.map((_, i) => (i === 0 ? 1 : 0)));
  });

  it('sum the exact distribution', () => {
    const before = [0, 4, 3, 2, 1, 1, 1, 0, 0, 0, 0, 2];
    const after = [1, 6, 4, 3];
    const buckets = burdenBuckets(before, after);
    expect(buckets.map((b) => b.before)).toEqual([0, 4, 3, 4, 1, 2, 0, 0]);
    expect(buckets.map((b) => b.after)).toEqual([1, 6, 4, 3, 0, 0, 0, 0]);
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(total(buckets.map((b) => b.before))).toBe(total(before));
    expect(total(buckets.map((b) => b.after))).toBe(total(after));
  });

  it('come from the plan: people whose groups all closed are in 0 after', () => {
    const { roster, index, plan } = setup(
      [['D', 'department', null, 10]],
      [
        { id: 'd1', unit: 'D', members: ['a', 'b'] },
        { id: 'd2', unit: 'D', members: ['a', 'c'] },
        { id: 'd3', unit: 'D', members: ['a'] },
      ],
    );
    plan.decisions.set('d1', decision('kept'));
    plan.decisions.set('d2', decision('merged', 'd1'));
    plan.decisions.set('d3', decision('dissolved'));
    const burden = dashboardSeries(roster, index, plan, YUELU_POLICY).burden;
    expect(burden?.people).toBe(3);
    // a: 3 → 1; b: 1 → 1; c: 1 → 1 (through the merge).
    expect(burden?.buckets.slice(0, 4).map((b) => [b.label, b.before, b.after])).toEqual([
      ['0 个', 0, 0],
      ['1 个', 2, 3],
      ['2 个', 0, 0],
      ['3–5 个', 1, 0],
    ]);
    expect(burden?.meanBefore).toBeCloseTo(5 / 3);
    expect(burden?.meanAfter).toBeCloseTo(1);
  });
});
