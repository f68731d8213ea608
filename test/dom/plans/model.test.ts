import { describe, expect, it } from 'vitest';
import type { TotalRow } from '../../../core/compare/model';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import {
  defaultPair,
  differenceText,
  percent1,
  quotaText,
  rosterPlanRows,
  totalText,
  validPair,
} from '../../../renderer/plans/model';
import type { PlanRecord } from '../../../renderer/store/records';

const record = (id: string, rosterId: string, createdAt: number, after = 731): PlanRecord => ({
  id,
  rosterId,
  name: `方案${id}`,
  createdAt,
  updatedAt: createdAt,
  lastOpenedAt: createdAt,
  asOf: '2026-03-05',
  policy: YUELU_POLICY,
  problems: [],
  suggestions: [],
  historyPointer: 0,
  before: 1784,
  after,
});

describe('rosterPlanRows', () => {
  it("lists the roster's plans in the order they were made, with the open one marked", () => {
    const plans = [record('b', 'r1', 3, 743), record('x', 'r2', 1), record('a', 'r1', 2)];
    const rows = rosterPlanRows(plans, 'r1', 'b');
    expect(rows.map((r) => [r.id, r.open, r.compression])).toEqual([
      ['a', false, '59.0%'],
      ['b', true, '58.4%'],
    ]);
    expect(rows[0]).toMatchObject({ before: 1784, after: 731, policyName: '岳麓区', asOf: '2026-03-05' });
  });
});

describe('the compared pair', () => {
  const rows = (open: string) =>
    rosterPlanRows([record('1', 'r', 1), record('2', 'r', 2), record('3', 'r', 3)], 'r', open);

  it('is the oldest plan against the open one, or against the next when the oldest is open', () => {
    expect(defaultPair(rows('3'))).toEqual(['1', '3']);
    expect(defaultPair(rows('1'))).toEqual(['1', '2']);
    expect(defaultPair(rosterPlanRows([record('1', 'r', 1)], 'r', '1'))).toBeNull();
  });

  it('keeps a chosen pair while both plans exist and differ', () => {
    expect(validPair(rows('1'), ['3', '2'])).toEqual(['3', '2']);
    expect(validPair(rows('1'), ['3', 'gone'])).toEqual(['1', '2']);
    expect(validPair(rows('1'), ['2', '2'])).toEqual(['1', '2']);
  });
});

describe('numbers', () => {
  const row = (key: TotalRow['key'], a: number, b: number): TotalRow => ({
    key,
    label: '',
    a,
    b,
    kind: key === 'compression' ? 'ratio' : 'count',
    differs: a !== b,
  });

  it.each([
    [row('after', 731, 743), '731', '+12'],
    [row('merged', 732, 666), '732', '−66'],
    [row('before', 1784, 1784), '1784', '0'],
    [row('membershipsAfter', 29651, 28093), '29,651', '−1,558'],
    [row('compression', 1053 / 1784, 1041 / 1784), '59.0%', '−0.7 个百分点'],
    [row('compression', 0.5, 0.5), '50.0%', '0'],
  ])('%o → %s, %s', (r, value, difference) => {
    expect(totalText(r, r.a)).toBe(value);
    expect(differenceText(r)).toBe(difference);
  });

  it('writes ratios with one decimal and quotas that differ as a / b', () => {
    expect(percent1(0)).toBe('0.0%');
    expect(percent1(0.59024)).toBe('59.0%');
    expect(quotaText(5, 5)).toBe('5');
    expect(quotaText(5, 3)).toBe('5 / 3');
    expect(quotaText(null, null)).toBe('—');
    expect(quotaText(1, null)).toBe('1 / —');
  });
});
