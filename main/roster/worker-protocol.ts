/**
 * What crosses between readRosterFile (main thread) and the reader thread. Only plain data: the
 * request is cloned into the worker, the reply's cells travel as transferred typed arrays
 * (roster-wire.ts) so a 100k-row roster costs no structured-clone walk of a million strings.
 */
import type { RawFormat, RawWorkbook } from '../../core/import/raw';
import type { Problem } from '../../core/problems';
import type { ParseLimits } from './roster-limits';

export interface WorkerRequest {
  /** The reader opens the path itself (after the main thread's stat), or gets a private copy. */
  input: { path: string } | { bytes: Uint8Array };
  /** The file name shown in messages. */
  file: string;
  /** Lower-case extension without the dot ('' when none): only names the format, never picks the parser. */
  extension: string;
  limits: Required<ParseLimits>;
}

/** One sheet's cells, row-major, each cell a kind; numbers and string references follow in cell order. */
export interface WireSheet {
  name: string;
  hidden: boolean;
  /** Cells per row after trimming trailing empties (blank rows are 0). */
  rowLengths: Uint32Array;
  /** CELL_* per cell. */
  kinds: Uint8Array;
  /** The value of each CELL_NUMBER cell, in order. */
  numbers: Float64Array;
  /** Each CELL_STRING cell's entry in the sheet's string table, in order. */
  stringRefs: Uint32Array;
  /** End offset in `text` of each string table entry (the start is the previous end). */
  stringEnds: Uint32Array;
  /** The string table: each distinct text of the sheet once, as UTF-16 code units. */
  text: ArrayBuffer;
  /** startRow, startCol, endRow, endCol per merged range. */
  merges: Uint32Array;
  /** row, col pairs of numeric cells with a date number format; null when the format has none. */
  dateCells: Uint32Array | null;
}

export interface WireWorkbook {
  format: RawFormat;
  date1904: boolean;
  encoding?: RawWorkbook['encoding'];
  sheets: WireSheet[];
}

/** The cell kinds of core's RawGrid: the wire's arrays become the grid without a copy. */
export {
  GRID_EMPTY as CELL_EMPTY,
  GRID_NUMBER as CELL_NUMBER,
  GRID_STRING as CELL_STRING,
  GRID_TRUE as CELL_TRUE,
  GRID_FALSE as CELL_FALSE,
} from '../../core/import/raw';

export type WorkerReply =
  { ok: true; workbook: WireWorkbook; warnings: Problem[] } | { ok: false; problem: Problem };
