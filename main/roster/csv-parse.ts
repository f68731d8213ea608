/**
 * CSV read the way Excel shows it, but without Excel's guessing: every field stays the exact text
 * of the file (18-digit IDs, 007, 1-2, 3/5, =1+1 are strings), empty fields are null, a quoted
 * field may span lines, and rows are records, so rows[i] is the row Excel shows as i + 1.
 * SheetJS's text reader was not used because it also sniffs SYLK, DIF and fixed-width layouts
 * from the first bytes, which a roster's first line could trip.
 */
import type { RawCell } from '../../core/import/raw';
import { RosterFileFailure } from './file-problems';
import { EXCEL_MAX_ROWS } from './roster-limits';

export interface CsvResult {
  rows: RawCell[][];
  delimiter: ',' | '\t';
  /** 1-based row where a quote opened and never closed (the rest of the file became one field). */
  unclosedQuoteRow: number | null;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const COMMA = 0x2c;
const TAB = 0x09;

/**
 * Tab when the first lines hold more tabs than commas outside quotes (Excel's “Unicode 文本” and
 * copy-pasted tables), else comma.
 */
export function detectDelimiter(text: string): ',' | '\t' {
  let commas = 0;
  let tabs = 0;
  let lines = 0;
  let quoted = false;
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end && lines < 20; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (ch === COMMA) commas++;
    else if (ch === TAB) tabs++;
    else if (ch === LF) lines++;
  }
  return tabs > commas ? '\t' : ',';
}

export function parseCsv(text: string, maxCells: number): CsvResult {
  const delimiter = detectDelimiter(text);
  const sep = delimiter.charCodeAt(0);
  const rows: RawCell[][] = [];
  let row: RawCell[] = [];
  let cells = 0;
  let unclosedQuoteRow: number | null = null;
  const n = text.length;
  let i = 0;

  const pushField = (value: string): void => {
    if (value === '') row.push(null);
    else {
      row.push(value);
      if (++cells > maxCells) throw new RosterFileFailure('FILE_TOO_MANY_CELLS', { limitCells: maxCells });
    }
  };
  const endRow = (): void => {
    let len = row.length;
    while (len > 0 && row[len - 1] === null) len--;
    row.length = len;
    rows.push(row);
    row = [];
    if (rows.length > EXCEL_MAX_ROWS)
      throw new RosterFileFailure('FILE_TOO_MANY_CELLS', { limitRows: EXCEL_MAX_ROWS });
  };

  while (i < n) {
    // One field starts at i.
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          unclosedQuoteRow ??= rows.length + 1;
          parts.push(text.slice(from));
          i = n;
          break;
        }
        parts.push(text.slice(from, q));
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts.push('"');
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Excel keeps text after a closing quote as part of the field ("ab"c → abc).
      let j = i;
      while (j < n) {
        const ch = text.charCodeAt(j);
        if (ch === sep || ch === CR || ch === LF) break;
        j++;
      }
      if (j > i) parts.push(text.slice(i, j));
      i = j;
      value = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
    } else {
      let j = i;
      while (j < n) {
        const ch = text.charCodeAt(j);
        if (ch === sep || ch === CR || ch === LF) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    pushField(value);
    if (i >= n) break;
    const ch = text.charCodeAt(i);
    if (ch === sep) {
      i++;
      // A delimiter at the very end still opens one (empty) field.
      if (i >= n) pushField('');
      continue;
    }
    // CR, LF or CRLF ends the record.
    i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRow();
  }
  if (row.length > 0) endRow();
  return { rows, delimiter, unclosedQuoteRow };
}
