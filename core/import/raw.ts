/**
 * What a file adapter hands to the core: plain data, no library objects, so it crosses a worker
 * boundary or Electron IPC by structured clone and the core never sees SheetJS. The adapter reads
 * cells raw: text stays text (18-digit IDs, leading zeros, "1-2", "=SUM(…)" typed as text), numbers
 * stay numbers (a date cell arrives as its Excel serial), and the core decides by column what a
 * value means.
 */
export type RawCell = string | number | boolean | null;

/**
 * A sheet's cells in compact form, as the isolated reader produces them: a million-row sheet is
 * a few typed arrays and one string instead of a million row arrays (core/import/grid.ts reads
 * it). Cells run row by row, each row from column A; numbers and string references are listed in
 * cell order; each distinct text is stored once, in the sheet's string table.
 */
export interface RawGrid {
  /** Cells per row after trimming trailing empties (a blank row is 0). */
  rowLengths: Uint32Array;
  /** GRID_* per cell. */
  kinds: Uint8Array;
  /** The value of each GRID_NUMBER cell, in cell order. */
  numbers: Float64Array;
  /** Each GRID_STRING cell's entry in the string table, in cell order. */
  stringRefs: Uint32Array;
  /** End offset in `text` of each string table entry (it starts where the previous one ended). */
  stringEnds: Uint32Array;
  /** The string table's texts, concatenated. */
  text: string;
}

export const GRID_EMPTY = 0;
export const GRID_NUMBER = 1;
export const GRID_STRING = 2;
export const GRID_TRUE = 3;
export const GRID_FALSE = 4;

interface RawSheetBase {
  name: string;
  /** Merged ranges (0-based, inclusive), used to recognise title rows merged across columns. */
  merges: Array<{ startRow: number; startCol: number; endRow: number; endCol: number }>;
  /** Numeric cells with a date number format: row, col pairs (0-based), flattened; absent when none is known. */
  dateCells?: Uint32Array;
  /** True when the workbook hides the sheet (e.g. a lists sheet behind drop-downs). */
  hidden?: boolean;
}

/**
 * A sheet's cells come either as row arrays (tests, small adapters) or as a grid (the file
 * reader); exactly one of the two is given. core/import/grid.ts has `sheetRows` for either.
 */
export type RawSheet = RawSheetBase &
  (
    | {
        /** Rows top to bottom from row 1; each row from column A. Trailing empties may be cut. */
        rows: RawCell[][];
        grid?: undefined;
      }
    | { grid: RawGrid; rows?: undefined }
  );

export type RawFormat = 'xlsx' | 'xls' | 'ods' | 'csv' | 'et' | 'html' | 'xml2003';

export interface RawWorkbook {
  /** The file name as the clerk knows it (no directory), used in every message. */
  file: string;
  format: RawFormat;
  /** True when the workbook uses the 1904 date system (Mac Excel). */
  date1904: boolean;
  /** For CSV (and HTML / XML 2003 text): the text encoding that was detected. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
  sheets: RawSheet[];
}
