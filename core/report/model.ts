/**
 * The report as data: a list of sheets, each a list of typed tables. Any writer (the xlsx writer
 * in main/report, an HTML print preview) renders the same content, so what the clerk previews is
 * what the workbook holds.
 *
 * Rows are walked, not stored: the 成员 sheet of a large district has a million rows, and the
 * roster already holds that data once. A table's rows are a re-iterable view over the roster.
 */
import type { Problem } from '../problems';

/** A cell's value. In a `date` cell it is an ISO date (YYYY-MM-DD) the writer turns into a real date. */
export type CellValue = string | number | boolean | null;

/**
 * How a value is shown. `code` is text that must stay text (群编号, 手机号, 身份证号: Excel would
 * round or drop leading zeros); `boolean` is written 是/否 so that it re-imports.
 */
export type CellKind = 'text' | 'code' | 'integer' | 'decimal' | 'percent' | 'date' | 'boolean';

/** A cell whose kind differs from its column's (the 汇总 table mixes counts and a percentage). */
export interface TypedCell {
  kind: CellKind;
  value: CellValue;
}

export type ReportCell = CellValue | TypedCell;
export type ReportRow = readonly ReportCell[];

export interface ColumnChoices {
  values: readonly string[];
  /** Strict lists refuse other entries; loose ones warn (平台: other platforms are accepted as written). */
  strict: boolean;
}

export interface ReportColumn {
  header: string;
  /** Excel column width in characters; a Chinese character counts as two. */
  width: number;
  kind: CellKind;
  /** Long text (reasons) wraps inside the column instead of running over the next. */
  wrap?: boolean;
  /** A drop-down list on the table's input rows. */
  choices?: ColumnChoices;
}

/** Rows that can be walked more than once without being copied. */
export interface ReportRows extends Iterable<ReportRow> {
  readonly count: number;
}

export interface ReportTable {
  /** A bold line above the table, or null. */
  heading: string | null;
  columns: readonly ReportColumn[];
  rows: ReportRows;
  /** Indices of rows shown bold on a light fill (片区 subtotals). */
  emphasized?: ReadonlySet<number>;
  totals: ReportRow | null;
  /**
   * For sheets a clerk fills in (the template, the roster sheets): how many rows below the header
   * get the drop-down lists, at least rows.count. Bounded: a whole-column validation is slow to
   * open and some readers expand it cell by cell.
   */
  inputRows?: number;
}

export type SheetOrientation = 'portrait' | 'landscape';

export interface ReportSheet {
  name: string;
  /**
   * Lines above the first table; the first is the sheet's title. Empty for the roster sheets,
   * whose header row must be row 1 like the template's.
   */
  titleLines: readonly string[];
  orientation: SheetOrientation;
  /** Print the whole sheet on one page (汇总). */
  onePage?: boolean;
  tables: readonly ReportTable[];
  /** Lines below the tables; an empty string leaves a blank row. */
  noteLines: readonly string[];
  /** The last line, set apart for handwriting: 制表人 / 审核人 / 日期. */
  signatureLine?: string;
}

export interface ReportModel {
  /** The workbook's title, e.g. "岳麓区工作群精简方案"; page headers repeat it. */
  title: string;
  sheets: ReportSheet[];
  /** Warnings found while building (e.g. a 并入 target that cannot be named uniquely). */
  problems: Problem[];
}

/** The report's own sheets, in order. The roster sheets follow under their kind names (单位, 工作群, 成员). */
export const REPORT_SHEET_NAMES = {
  summary: '汇总',
  units: '单位对照',
  actions: '处置清单',
  ledger: '保留群台账',
  burden: '人员负担',
  policy: '规则',
} as const;

/**
 * Sheets of an exported report that are not roster data. Their headers look like a groups sheet
 * (群编号, 群名称, 所属单位 …), so an importer reading a report back must skip them.
 */
export const REPORT_ONLY_SHEET_NAMES: readonly string[] = Object.values(REPORT_SHEET_NAMES);

export const TEMPLATE_INSTRUCTIONS_SHEET = '填表说明';

/**
 * Data rows per sheet. Excel stops at 1,048,576 rows; a longer table (the 成员 list of a very
 * large district) continues on 成员（续1）, 成员（续2）…, names the importer reads as the same kind.
 */
export const MAX_SHEET_ROWS = 1_000_000;

export const continuedSheetName = (name: string, part: number): string =>
  part === 0 ? name : `${name}（续${part}）`;

/** [start, end) ranges of at most MAX_SHEET_ROWS rows; one (possibly empty) range at least. */
export function sheetParts(count: number, max = MAX_SHEET_ROWS): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  for (let start = 0; start < count || parts.length === 0; start += max) {
    parts.push([start, Math.min(count, start + max)]);
  }
  return parts;
}

export function rowsOf(rows: readonly ReportRow[]): ReportRows {
  return { count: rows.length, [Symbol.iterator]: () => rows[Symbol.iterator]() };
}

/** Rows produced on demand, each walk a fresh pass over the source. */
export function lazyRows(count: number, walk: () => Iterator<ReportRow>): ReportRows {
  return { count, [Symbol.iterator]: walk };
}

export const isTypedCell = (cell: ReportCell): cell is TypedCell => typeof cell === 'object' && cell !== null;

/** Width of text in Excel character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    w += code >= 0x1100 && (code <= 0x115f || code >= 0x2e80) ? 2 : 1;
  }
  return w;
}

/**
 * A column width that fits its header and a sample of its values (the first rows are enough to
 * judge, and a million-row sheet is not measured twice), within [min, max].
 */
export function fitWidth(header: string, sample: Iterable<string | null>, min: number, max: number): number {
  let w = displayWidth(header);
  let seen = 0;
  for (const v of sample) {
    if (v !== null) w = Math.max(w, displayWidth(v));
    if (++seen >= 300) break;
  }
  // Exactly 9 is exceljs's default and gets dropped from the file (TOOLCHAIN.md).
  const width = Math.min(max, Math.max(min, w + 2));
  return width === 9 ? 9.01 : width;
}
