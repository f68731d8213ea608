/**
 * Cell values as clerks write them, normalised by what the column means (fields.ts ValueType).
 * Each parser returns the value, null for a blank cell, or the BAD marker (the caller reports the
 * cell). They run once per cell of big sheets, so the common shapes (a plain number, plain
 * digits, an ASCII word) are handled by a cheap check before any regular expression or NFKC.
 */
import { excelSerialFromIso, isoFromExcelSerial, parseTextDate } from '../dates';
import type { RawCell } from './raw';
import { fold, hasWideChars, squeeze } from './text';

export const BAD = Symbol('bad-value');
export type Bad = typeof BAD;
/** A code column holding a number Excel has already rounded (≥ 1e15, or 4.30104E+17 as text). */
export const PRECISION_LOST = Symbol('precision-lost');
export type PrecisionLost = typeof PRECISION_LOST;

/** Dashes and slashes clerks put in cells that have no value. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['-', '--', '—', '——', '–', '/', '_', '无数据']);

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x200b && c <= 0x200d);
}

export function isBlankCell(c: RawCell): boolean {
  if (c === null) return true;
  if (typeof c !== 'string') return false;
  if (c.length === 0) return true;
  if (!isSpaceCode(c.charCodeAt(0))) return false;
  return squeeze(c).length === 0;
}

/** A number as text, never with an exponent or a trailing ".0" for integers Excel can hold. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

/** The cell as trimmed text, or null when blank. */
export function cellText(c: RawCell): string | null {
  if (c === null) return null;
  if (typeof c === 'string') {
    if (c.length === 0) return null;
    const first = c.charCodeAt(0);
    const last = c.charCodeAt(c.length - 1);
    const s =
      isSpaceCode(first) || isSpaceCode(last)
        ? c.trim().replace(/^[\u200b-\u200d\ufeff]+|[\u200b-\u200d\ufeff]+$/g, '')
        : c;
    return s.length === 0 ? null : s;
  }
  if (typeof c === 'number') return Number.isFinite(c) ? numberText(c) : null;
  return c ? 'TRUE' : 'FALSE';
}

const COUNT_RE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?(?:人|名|个|位|户)?$/;

/** Non-negative whole numbers: 35, "35", "35人", "35 人", "３５", "1,200". */
export function parseInteger(c: RawCell): number | null | Bad {
  if (c === null) return null;
  if (typeof c === 'number') return Number.isSafeInteger(c) && c >= 0 ? c : BAD;
  if (typeof c === 'boolean') return BAD;
  const n = c.length;
  if (n > 0 && n <= 15) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const ch = c.charCodeAt(i);
      if (ch < 48 || ch > 57) break;
      v = v * 10 + ch - 48;
    }
    if (i === n) return v;
  }
  const s = fold(c);
  if (s.length === 0 || PLACEHOLDERS.has(s)) return null;
  const m = COUNT_RE.exec(s);
  if (!m || m[1] === undefined) return BAD;
  const v = Number(m[1].replace(/,/g, ''));
  return Number.isSafeInteger(v) ? v : BAD;
}

/** Serials outside 1980–2100 are not dates of chat groups: a "90" in 最近活跃 is not 1900-03-30. */
const SERIAL_RANGE = {
  d1900: [excelSerialFromIso('1980-01-01'), excelSerialFromIso('2100-12-31')] as const,
  d1904: [excelSerialFromIso('1980-01-01', true), excelSerialFromIso('2100-12-31', true)] as const,
};

function dateFromNumber(n: number, date1904: boolean): string | Bad {
  if (!Number.isFinite(n)) return BAD;
  // 20260305 typed as a number
  if (Number.isInteger(n) && n >= 19800101 && n <= 21001231) return parseTextDate(String(n)) ?? BAD;
  const [lo, hi] = date1904 ? SERIAL_RANGE.d1904 : SERIAL_RANGE.d1900;
  if (n < lo || n >= hi + 1) return BAD;
  return isoFromExcelSerial(n, date1904) ?? BAD;
}

function isDecimalText(s: string): boolean {
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 46) {
      if (++dots > 1 || i === 0) return false;
    } else if (ch < 48 || ch > 57) return false;
  }
  return s.length > 0;
}

/**
 * ISO dates from Excel serials (1900 or 1904 system), serials written as text (a CSV pasted from
 * Excel), 20260305, and the text forms of parseTextDate (2026-03-05, 2026/3/5, 2026.3.5,
 * 2026年3月5日, optionally with a time).
 */
export function parseDate(c: RawCell, date1904: boolean): string | null | Bad {
  if (c === null) return null;
  if (typeof c === 'number') return dateFromNumber(c, date1904);
  if (typeof c === 'boolean') return BAD;
  let s = c.trim();
  if (s.length === 0) return null;
  if (hasWideChars(s)) s = s.normalize('NFKC').trim();
  if (PLACEHOLDERS.has(s)) return null;
  if (isDecimalText(s))
    return s.length === 8 && !s.includes('.')
      ? (parseTextDate(s) ?? BAD)
      : dateFromNumber(Number(s), date1904);
  return parseTextDate(s) ?? BAD;
}

const YES: ReadonlySet<string> = new Set([
  '是',
  '√',
  '✓',
  '✔',
  '☑',
  'y',
  'yes',
  'true',
  '1',
  '有',
  '是的',
  '对',
]);
const NO: ReadonlySet<string> = new Set([
  '否',
  '×',
  '✗',
  '✘',
  'n',
  'no',
  'false',
  '0',
  '无',
  '空',
  '不是',
  '没有',
]);

/** 是/否, √/×, ✓/✔, Y/N, yes/no, true/false, 1/0, 有/无/空. */
export function parseBoolean(c: RawCell): boolean | null | Bad {
  if (c === null) return null;
  if (typeof c === 'boolean') return c;
  if (typeof c === 'number') return c === 1 ? true : c === 0 ? false : BAD;
  let s = c;
  if (s.length !== 1) s = fold(s).toLowerCase();
  else if (s.charCodeAt(0) < 128) s = s.toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  if (s.length === 0) return null;
  s = fold(s).toLowerCase();
  if (s.length === 0 || PLACEHOLDERS.has(s)) return null;
  return YES.has(s) ? true : NO.has(s) ? false : BAD;
}

const EXPONENT_RE = /^[+-]?\d+(?:\.\d+)?e\+?\d+$/i;
const TRAILING_ZERO_FRACTION_RE = /^(\d+)\.0+$/;

/**
 * Codes (群编号, 手机号, 身份证号): exact text. Numbers below 1e15 are exact as digits; at or
 * above it Excel has already dropped digits, and so has a CSV that wrote "4.30104E+17".
 */
export function parseCode(c: RawCell): string | null | PrecisionLost {
  if (c === null) return null;
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) return null;
    return Math.abs(c) >= 1e15 ? PRECISION_LOST : numberText(c);
  }
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  // Fast path: printable ASCII without '.', 'e' or 'E' (a phone number, a 群编号 like G1001).
  const n = c.length;
  if (n > 3) {
    let plain = true;
    for (let i = 0; i < n; i++) {
      const ch = c.charCodeAt(i);
      if (ch <= 32 || ch >= 127 || ch === 46 || ch === 69 || ch === 101) {
        plain = false;
        break;
      }
    }
    if (plain) return c;
  }
  let s = c.trim();
  if (s.length === 0) return null;
  if (hasWideChars(s)) s = s.normalize('NFKC').trim();
  if (PLACEHOLDERS.has(s)) return null;
  const last = s.charCodeAt(s.length - 1);
  if (last >= 48 && last <= 57 && (s.includes('E') || s.includes('e')) && EXPONENT_RE.test(s))
    return PRECISION_LOST;
  if (last === 48 && s.includes('.')) {
    const m = TRAILING_ZERO_FRACTION_RE.exec(s);
    if (m && m[1] !== undefined) return m[1];
  }
  return s;
}

/** The digits of a phone number; +86 / 0086 before a mobile number is dropped. Null when none. */
export function phoneDigits(s: string): string | null {
  let d = '';
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) continue;
    plain = false;
    break;
  }
  if (plain) d = s;
  else
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (ch >= 48 && ch <= 57) d += s[i];
    }
  if (d.length === 0) return null;
  if (d.length === 13 && d.startsWith('861')) return d.slice(2);
  if (d.length === 15 && d.startsWith('00861')) return d.slice(4);
  return d;
}
