import { describe, expect, it } from 'vitest';
import { percentile, summarize, verdict, type Target } from '../../../scripts/bench-ui/stats';

describe('percentile', () => {
  it.each([
    [[], 50, NaN],
    [[7], 95, 7],
    [[3, 1, 2], 50, 2],
    [[1, 2, 3, 4], 50, 2.5],
    [[10, 20, 30, 40, 50], 0, 10],
    [[10, 20, 30, 40, 50], 100, 50],
    [[10, 20, 30, 40, 50], 75, 40],
    [[10, 20, 30, 40, 50], 95, 48],
  ])('%j at %d is %d', (samples, p, want) => {
    expect(percentile(samples, p)).toBe(want);
  });

  it('leaves the samples unsorted', () => {
    const xs = [3, 1, 2];
    percentile(xs, 50);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives the count, median, p95 and max', () => {
    const xs = Array.from({ length: 21 }, (_, i) => 20 - i);
    expect(summarize(xs)).toEqual({ n: 21, median: 10, p95: 19, max: 20 });
  });
});

describe('verdict', () => {
  const target: Target = { label: 'drop → painted board, 2,000 groups', statistic: 'median', limitMs: 33 };
  it.each([
    [[10, 33, 90], 'PASS', '33.0 ms'],
    [[10, 34, 90], 'SHORT', '34.0 ms'],
    [[150, 250, 90], 'SHORT', '150 ms'],
  ])('%j → %s', (samples, word, measured) => {
    const v = verdict(target, summarize(samples));
    expect(v.verdict).toBe(word);
    expect(v.measured).toBe(measured);
    expect(v.target).toBe('drop → painted board, 2,000 groups: median ≤ 33 ms');
  });

  it('judges by the statistic the target names', () => {
    const frames = [...Array<number>(39).fill(16.7), 33.4];
    expect(verdict({ label: 'drag', statistic: 'p95', limitMs: 17 }, summarize(frames)).verdict).toBe('PASS');
    expect(verdict({ label: 'drag', statistic: 'max', limitMs: 17 }, summarize(frames)).verdict).toBe(
      'SHORT',
    );
  });

  it('says NOT MEASURED without samples', () => {
    expect(verdict(target, summarize([])).verdict).toBe('NOT MEASURED');
    expect(verdict(target, null).measured).toBe('—');
  });
});
