/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Rosters hold days, not instants, so all arithmetic
 * is done on UTC day numbers: no local time zone can shift a date (the clerks are in
 * Asia/Shanghai, CI is in UTC). A date library would bring time zones back in, so this small
 * module is deliberately hand-written.
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date; NaN when the string is not a real date. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): string {
  const dt = new Date(day * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isoDate(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return Number.isNaN(dayNumber(iso)) ? null : iso;
}

export const daysBetween = (fromIso: string, toIso: string): number => dayNumber(toIso) - dayNumber(fromIso);

export const addDays = (iso: string, days: number): string => isoFromDayNumber(dayNumber(iso) + days);

/**
 * An Excel serial day number to an ISO date. The 1900 system counts from 1899-12-30 for serials
 * after 60 (Excel's fictitious 1900-02-29 is serial 60); the 1904 system from 1904-01-01.
 * Fractions (times of day) are dropped. Returns null outside 1900–9999.
 */
export function isoFromExcelSerial(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > 2_957_003) return null;
    return isoFromDayNumber(dayNumber('1904-01-01') + whole);
  }
  if (whole < 1 || whole > 2_958_465) return null;
  if (whole === 60) return null; // 1900-02-29 does not exist
  const base = dayNumber('1899-12-30') + (whole < 60 ? 1 : 0);
  return isoFromDayNumber(base + whole);
}

export function excelSerialFromIso(iso: string, date1904 = false): number {
  const day = dayNumber(iso);
  if (date1904) return day - dayNumber('1904-01-01');
  const serial = day - dayNumber('1899-12-30');
  return serial <= 60 ? serial - 1 : serial;
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), the clerks' calendar. */
export function todayInShanghai(now: Date = new Date()): string {
  return isoFromDayNumber(Math.floor((now.getTime() + 8 * 3_600_000) / MS_PER_DAY));
}

/**
 * Text dates as clerks type them: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305,
 * optionally followed by a time. Returns null when the text is not one of these or not a real date.
 */
export function parseTextDate(text: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(
    s,
  );
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}
