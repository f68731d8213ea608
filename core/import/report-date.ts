/**
 * 填报日期: the date a roster states in its title rows ("填报日期：2026年3月5日", or the label in
 * one cell and the date, text or Excel serial, in the next) or in its signature line at the
 * bottom. It becomes Roster.reportDate, the default plan date (DESIGN §3).
 */
import { isoDate } from '../dates';
import { columnLetter, type ProblemPlace } from '../problems';
import { cellText, isBlankCell, parseDate, BAD } from './cells';
import type { RawCell } from './raw';
import { hasWideChars } from './text';

export interface FoundDate {
  /** ISO date, or null when the label was there but the date could not be read. */
  iso: string | null;
  text: string;
  place: ProblemPlace;
}

const LABEL =
  /(填报日期|填表日期|报送日期|报表日期|统计日期|填报时间|填表时间|统计时间|统计截止日期|统计截止时间|截止日期|截至日期|截止时间|截至时间|截至|日期)\s*[:：]?\s*/;
const DATE_IN_TEXT = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const COMPACT_IN_TEXT = /(?:^|\D)(\d{4})(\d{2})(\d{2})(?:\D|$)/;

function dateInText(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text) ?? COMPACT_IN_TEXT.exec(text);
  if (!m) return null;
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Quick test before the regular expression: every label contains 日期, 时间 or 截. */
function mayHoldLabel(s: string): boolean {
  return s.includes('日期') || s.includes('时间') || s.includes('截');
}

/**
 * The first date label in the row, with its date. A label followed by nothing readable is
 * returned with iso null only when something with digits follows it (a blank "填报日期：  年  月
 * 日" of an unfilled template is no date and no problem).
 */
export function findDateInRow(
  row: readonly RawCell[],
  date1904: boolean,
  place: { file: string; sheet: string; row: number },
): FoundDate | null {
  for (let c = 0; c < row.length; c++) {
    const v = row[c] ?? null;
    if (typeof v !== 'string' || !mayHoldLabel(v)) continue;
    const text = hasWideChars(v) ? v.normalize('NFKC') : v;
    const m = LABEL.exec(text);
    if (!m) continue;
    const at = { ...place, column: columnLetter(c) };
    const rest = text.slice(m.index + m[0].length).trim();
    if (rest.length > 0) {
      const iso = dateInText(rest);
      if (iso) return { iso, text: rest, place: at };
      if (hasDigit(rest)) return { iso: null, text: rest, place: at };
      continue;
    }
    // The date in the next non-blank cell: text, or an Excel serial.
    for (let d = c + 1; d < row.length; d++) {
      const next = row[d] ?? null;
      if (isBlankCell(next)) continue;
      const nextPlace = { ...place, column: columnLetter(d) };
      const parsed = parseDate(next, date1904);
      if (parsed !== null && parsed !== BAD)
        return { iso: parsed, text: cellText(next) ?? '', place: nextPlace };
      const t = cellText(next) ?? '';
      const iso = dateInText(hasWideChars(t) ? t.normalize('NFKC') : t);
      if (iso) return { iso, text: t, place: nextPlace };
      if (hasDigit(t)) return { iso: null, text: t, place: nextPlace };
      break;
    }
  }
  return null;
}
