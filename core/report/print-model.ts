/**
 * The printed report (打印 / 另存为 PDF) as data, taken from the same ReportModel the workbook is
 * written from, so the paper and the 汇总 / 单位对照 / 处置清单 sheets never disagree. Every cell
 * is already text here: the preview only draws strings into a table.
 */
import {
  REPORT_SHEET_NAMES,
  displayWidth,
  isTypedCell,
  type CellKind,
  type ReportCell,
  type ReportColumn,
} from './model';
import type { ReportModel, ReportSheet, ReportTable } from './model';

export type PrintAlign = 'left' | 'right' | 'center';

export interface PrintColumn {
  header: string;
  align: PrintAlign;
  /** Share of the table's width, in Excel character units (the workbook's column width). */
  width: number;
  /** Long text may wrap; short codes and numbers stay on one line. */
  wrap: boolean;
}

export interface PrintRow {
  cells: readonly string[];
  /** A 片区 subtotal: bold on a light fill, as in the workbook. */
  emphasized: boolean;
  /** A unit still over its quota: its 是否达标 cell is marked. */
  alert: boolean;
}

export interface PrintTable {
  heading: string | null;
  columns: readonly PrintColumn[];
  rows: readonly PrintRow[];
  totals: PrintRow | null;
}

export interface PrintSignatureField {
  label: string;
  /** Printed after the label; null leaves a line to sign on. */
  value: string | null;
}

export interface PrintReport {
  /** "岳麓区工作群精简方案汇总表". */
  title: string;
  /** 方案日期 / 规则 / 生成日期, one line under the title. */
  subtitle: string;
  /** "工作群 1784 → 731，压缩 59.0%", the one sentence a reader needs. */
  headline: string;
  summary: readonly PrintTable[];
  units: PrintTable;
  notes: readonly string[];
  signature: readonly PrintSignatureField[];
  /** 处置清单, printed landscape after the signed part; null unless asked for. */
  actions: PrintTable | null;
}

export interface PrintOptions {
  includeActions: boolean;
  /** 制表人; null leaves the line blank for a handwritten name. */
  preparedBy: string | null;
}

/** Appended to the workbook's title: the printed page is the 汇总表 of the plan. */
export const PRINT_TITLE_SUFFIX = '汇总表';

const formatPercent = (v: number): string => `${(v * 100).toFixed(1)}%`;

/** A cell as the workbook shows it (0.0%, 0.0, 是/否, integers without separators). */
export function formatCell(cell: ReportCell, columnKind: CellKind): string {
  const kind = isTypedCell(cell) ? cell.kind : columnKind;
  const value = isTypedCell(cell) ? cell.value : cell;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'percent':
      return formatPercent(value);
    case 'decimal':
      return value.toFixed(1);
    case 'integer':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    default:
      return String(value);
  }
}

function alignOf(kind: CellKind): PrintAlign {
  switch (kind) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return 'right';
    case 'date':
    case 'boolean':
      return 'center';
    default:
      return 'left';
  }
}

/** Room beyond a column's text for the cell's padding. */
const CELL_SLACK = 2;

/**
 * Paper has no column to drag wider, so columns are shared by what they hold: a short column
 * gets its longest value ("277 个单位", "政务微信") on one line, a long text column (理由, 限额档位)
 * at most the workbook's width and wraps beyond it.
 */
function printColumn(c: ReportColumn, widestText: number): PrintColumn {
  const text = c.wrap === true ? Math.min(widestText, c.width) : widestText;
  return {
    header: c.header,
    align: alignOf(c.kind),
    width: Math.max(displayWidth(c.header), text) + CELL_SLACK,
    wrap: c.wrap === true,
  };
}

function widest(rows: readonly PrintRow[], totals: PrintRow | null, at: number): number {
  let w = 0;
  for (const r of rows) w = Math.max(w, displayWidth(r.cells[at] ?? ''));
  return totals ? Math.max(w, displayWidth(totals.cells[at] ?? '')) : w;
}

function printTable(table: ReportTable, alertColumn: string | null): PrintTable {
  const alertAt = alertColumn === null ? -1 : table.columns.findIndex((c) => c.header === alertColumn);
  const row = (cells: readonly ReportCell[], emphasized: boolean): PrintRow => {
    const text = table.columns.map((c, i) => formatCell(cells[i] ?? null, c.kind));
    return { cells: text, emphasized, alert: alertAt >= 0 && (text[alertAt] ?? '').startsWith('超出') };
  };
  const rows: PrintRow[] = [];
  let i = 0;
  for (const cells of table.rows) rows.push(row(cells, table.emphasized?.has(i++) ?? false));
  const totals = table.totals ? row(table.totals, true) : null;
  return {
    heading: table.heading,
    columns: table.columns.map((c, at) => printColumn(c, widest(rows, totals, at))),
    rows,
    totals,
  };
}

function sheetNamed(model: ReportModel, name: string): ReportSheet {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`report has no sheet ${name}`);
  return sheet;
}

function firstTable(sheet: ReportSheet): ReportTable {
  const table = sheet.tables[0];
  if (!table) throw new Error(`sheet ${sheet.name} has no table`);
  return table;
}

/** The value in column `value` of the 汇总 row whose 项目 is `label`. */
function summaryCell(table: PrintTable, label: string): string {
  const at = table.columns.findIndex((c) => c.header === '数量');
  const pctAt = table.columns.findIndex((c) => c.header === '占原工作群');
  const row = table.rows.find((r) => r.cells[0] === label);
  if (!row) return '';
  return row.cells[at] || row.cells[pctAt] || '';
}

/** The 汇总 sheet's second title line, without the sheet's own name. */
function subtitleOf(sheet: ReportSheet): string {
  return sheet.titleLines[1] ?? '';
}

/**
 * The printed report of a ReportModel (core/report/build.ts). Reads only the 汇总, 单位对照 and
 * (when asked) 处置清单 sheets; the roster sheets are never walked.
 */
export function buildPrintReport(model: ReportModel, options: PrintOptions): PrintReport {
  const summarySheet = sheetNamed(model, REPORT_SHEET_NAMES.summary);
  const unitsSheet = sheetNamed(model, REPORT_SHEET_NAMES.units);
  const summary = summarySheet.tables.map((t) => printTable(t, null));
  const totals = summary[0];
  const headline = totals
    ? `工作群 ${summaryCell(totals, '原工作群')} → ${summaryCell(totals, '精简后合计')}，压缩 ${summaryCell(totals, '压缩比例')}`
    : '';
  return {
    title: `${model.title}${PRINT_TITLE_SUFFIX}`,
    subtitle: subtitleOf(summarySheet),
    headline,
    summary,
    units: printTable(firstTable(unitsSheet), '是否达标'),
    // The workbook's own notes (its sheets re-import) say nothing about paper.
    notes: [...unitsSheet.noteLines, ...summarySheet.noteLines].filter(
      (n) => n !== '' && !n.startsWith('本工作簿'),
    ),
    signature: [
      { label: '制表人', value: options.preparedBy?.trim() || null },
      { label: '审核人', value: null },
      { label: '日期', value: null },
    ],
    actions: options.includeActions
      ? printTable(firstTable(sheetNamed(model, REPORT_SHEET_NAMES.actions)), null)
      : null,
  };
}

/** Column widths as percentages of the table (for <col style={{ width }}>), summing to 100. */
export function columnPercents(columns: readonly PrintColumn[]): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  if (total <= 0) return columns.map(() => 100 / Math.max(1, columns.length));
  return columns.map((c) => (c.width / total) * 100);
}

/** The file name offered by 另存为 PDF. */
export function pdfFileName(rosterName: string, planName: string, asOf: string): string {
  return `工作群精简方案汇总表-${rosterName}-${planName}-${asOf}.pdf`;
}
