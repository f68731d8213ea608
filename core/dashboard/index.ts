/** The 模拟看板's series (see model.ts): shaped here, drawn by renderer/dashboard. */
export type {
  BigNumbers,
  BurdenBucket,
  BurdenSeries,
  DashboardSeries,
  InfeasibleUnit,
  UnitBar,
  UnitSeries,
} from './model';
export { bigNumbers, dashboardFromMetrics, dashboardSeries, percentText, unitSeries } from './series';
export {
  BURDEN_BUCKETS,
  bucketLabel,
  burdenBuckets,
  burdenSeries,
  type BucketBounds,
} from './burden-buckets';
export { infeasibleUnits, plannerReason } from './infeasible';
