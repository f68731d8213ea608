/** Percentiles of a figure's samples and the verdicts against the UI targets (pure). */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** The p-th percentile (0–100) by linear interpolation between closest ranks; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = s[lo] ?? NaN;
  const b = s[hi] ?? NaN;
  return a + (b - a) * (rank - lo);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.length === 0 ? NaN : Math.max(...samples),
  };
}

export type Statistic = 'median' | 'p95' | 'max';

export interface Target {
  /** What the row says, e.g. "drop → painted board, 20,000 groups". */
  label: string;
  statistic: Statistic;
  /** Upper bound in ms (inclusive). */
  limitMs: number;
}

export type VerdictWord = 'PASS' | 'SHORT' | 'NOT MEASURED';

export interface Verdict {
  target: string;
  measured: string;
  verdict: VerdictWord;
}

export const ms = (x: number): string =>
  Number.isFinite(x) ? `${x < 100 ? x.toFixed(1) : Math.round(x)} ms` : '—';

export function verdict(target: Target, summary: Summary | null): Verdict {
  const label = `${target.label}: ${target.statistic} ≤ ${target.limitMs} ms`;
  if (summary === null || summary.n === 0) return { target: label, measured: '—', verdict: 'NOT MEASURED' };
  const value = summary[target.statistic];
  return {
    target: label,
    measured: ms(value),
    verdict: Number.isFinite(value) && value <= target.limitMs ? 'PASS' : 'SHORT',
  };
}
