/**
 * What a file adapter hands to the core: plain data, no library objects, so it crosses a worker
 * boundary by structured clone and the core never sees SheetJS. The adapter reads cells raw:
 * text stays text (18-digit IDs, leading zeros, "1-2", "=SUM(…)" typed as text), numbers stay
 * numbers (a date cell arrives as its Excel serial), and the core decides by column what a
 * value means.
 */
export type RawCell = string | number | boolean | null;

export interface RawSheet {
  name: string;
  /** Rows top to bottom from row 1; each row from column A. Trailing empties may be cut. */
  rows: RawCell[][];
  /** Merged ranges (0-based, inclusive), used to recognise title rows merged across columns. */
  merges: Array<{ startRow: number; startCol: number; endRow: number; endCol: number }>;
  /** Number formats of numeric cells that look like dates, keyed `row,col` (0-based); sparse. */
  dateCells?: Array<[number, number]>;
  /** True when the workbook hides the sheet (e.g. a lists sheet behind drop-downs). */
  hidden?: boolean;
}

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
