/**
 * Showing a sheet's rows as Excel does: row numbers, column letters, the header row marked, the
 * title rows above it dimmed, and the clerk's corrections laid over the cells as read.
 */
import type { CellEdit } from '../../../core/import/types';
import type { RawCell } from '../../../core/import/raw';
import { columnLetter } from '../../../core/problems';

/** A cell as text: what the sheet holds, as read (a date cell shows its Excel serial number). */
export function cellText(v: RawCell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export type RowRole = 'title' | 'header' | 'data';

/** A 1-based row's part in a sheet whose header starts at `headerRow` and spans `headerRows`. */
export function rowRole(row: number, headerRow: number | null, headerRows = 1): RowRole {
  if (headerRow === null) return 'data';
  if (row < headerRow) return 'title';
  if (row < headerRow + Math.max(1, headerRows)) return 'header';
  return 'data';
}

/** Column letters A, B, … for the widest of `rows` (at least `min`). */
export function gridLetters(rows: readonly (readonly RawCell[])[], min = 1): string[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), min);
  return Array.from({ length: width }, (_, c) => columnLetter(c));
}

export interface GridCell {
  text: string;
  /** The clerk typed this value in the wizard. */
  edited: boolean;
}

export interface GridRow {
  /** 1-based, as Excel shows it. */
  row: number;
  cells: GridCell[];
}

/**
 * Rows `firstRow`… of one sheet with the clerk's corrections of that sheet laid over them, each
 * cell as text, `width` cells wide.
 */
export function gridRows(
  rows: readonly (readonly RawCell[])[],
  firstRow: number,
  edits: readonly CellEdit[],
  width: number,
): GridRow[] {
  return rows.map((raw, i) => {
    const row = firstRow + i;
    const cells: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const edit = edits.find((e) => e.row === row && e.column === c);
      cells.push(
        edit
          ? { text: cellText(edit.value), edited: true }
          : { text: cellText(raw[c] ?? null), edited: false },
      );
    }
    return { row, cells };
  });
}

/** 'A' → 0, 'AB' → 27; null for anything that is not a column letter. */
export function columnIndex(letter: string | null): number | null {
  if (letter === null || !/^[A-Z]{1,3}$/.test(letter)) return null;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** What a typed value is stored as: the text, or nothing for an empty field. */
export const typedValue = (text: string): string | null => (text.trim() === '' ? null : text.trim());
