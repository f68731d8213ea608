import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../core/problems';
import {
  ACTION_MESSAGES,
  APP_ERROR_CODES,
  APP_MESSAGES,
  PROBLEM_MESSAGES,
  databaseErrorCode,
  problemText,
} from '../../../renderer/errors/messages';

const chinese = /[\u4e00-\u9fff]/;

describe('the error message table', () => {
  it.each(PROBLEM_CODES.map((c) => [c]))('has a Chinese sentence for problem %s', (code) => {
    expect(PROBLEM_MESSAGES[code]).toMatch(chinese);
  });

  it('has no sentence for a code that does not exist', () => {
    expect(Object.keys(PROBLEM_MESSAGES).sort()).toEqual([...PROBLEM_CODES].sort());
    expect(Object.keys(APP_MESSAGES).sort()).toEqual([...APP_ERROR_CODES].sort());
  });

  it('has a Chinese sentence for every action error and app error', () => {
    // ActionErrorCode is a type: Record<ActionErrorCode, string> makes the compiler check the keys.
    expect(Object.keys(ACTION_MESSAGES).length).toBeGreaterThanOrEqual(15);
    for (const text of [...Object.values(ACTION_MESSAGES), ...Object.values(APP_MESSAGES)])
      expect(text).toMatch(chinese);
  });

  it("prefers a problem's own message, which names the place", () => {
    expect(problemText({ code: 'CELL_BAD_DATE', message: '文件 a.xlsx，第 5 行 C 列：日期有误' })).toBe(
      '文件 a.xlsx，第 5 行 C 列：日期有误',
    );
    expect(problemText({ code: 'CELL_BAD_DATE', message: '  ' })).toBe(PROBLEM_MESSAGES.CELL_BAD_DATE);
  });

  it('tells database failures apart by their standard names, also when Dexie wraps them', () => {
    expect(databaseErrorCode({ name: 'QuotaExceededError' })).toBe('DB_QUOTA_EXCEEDED');
    expect(databaseErrorCode({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
      'DB_QUOTA_EXCEEDED',
    );
    expect(databaseErrorCode(new Error('x'))).toBe('DB_WRITE_FAILED');
    expect(databaseErrorCode(new Error('x'), 'DB_OPEN_FAILED')).toBe('DB_OPEN_FAILED');
  });
});
