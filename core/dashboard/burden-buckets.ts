/**
 * The per-person burden histogram: computeMetrics' exact distribution (distribution[k] = people
 * in k work groups) folded into a few readable buckets. 0 is its own bucket: only the after side
 * can have people there (every group they were in was closed).
 */
import type { ComputedBurdenMetrics } from '../metrics/model';
import type { BurdenBucket, BurdenSeries } from './model';

export interface BucketBounds {
  min: number;
  max: number | null;
}

export const BURDEN_BUCKETS: readonly BucketBounds[] = [
  { min: 0, max: 0 },
  { min: 1, max: 1 },
  { min: 2, max: 2 },
  { min: 3, max: 5 },
  { min: 6, max: 10 },
  { min: 11, max: 20 },
  { min: 21, max: 50 },
  { min: 51, max: null },
];

export function bucketLabel(b: BucketBounds): string {
  if (b.max === null) return `${b.min - 1} 个以上`;
  return b.min === b.max ? `${b.min} 个` : `${b.min}–${b.max} 个`;
}

/** Sum of distribution[k] for k in the bucket. */
function sumIn(distribution: readonly number[], b: BucketBounds): number {
  const hi = b.max === null ? distribution.length - 1 : Math.min(b.max, distribution.length - 1);
  let sum = 0;
  for (let k = b.min; k <= hi; k++) sum += distribution[k] ?? 0;
  return sum;
}

export function burdenBuckets(
  distributionBefore: readonly number[],
  distributionAfter: readonly number[],
  bounds: readonly BucketBounds[] = BURDEN_BUCKETS,
): BurdenBucket[] {
  return bounds.map((b) => ({
    label: bucketLabel(b),
    min: b.min,
    max: b.max,
    before: sumIn(distributionBefore, b),
    after: sumIn(distributionAfter, b),
  }));
}

export function burdenSeries(burden: ComputedBurdenMetrics | null): BurdenSeries | null {
  if (burden === null) return null;
  return {
    people: burden.people,
    meanBefore: burden.meanBefore,
    meanAfter: burden.meanAfter,
    buckets: burdenBuckets(burden.distributionBefore, burden.distributionAfter),
  };
}
