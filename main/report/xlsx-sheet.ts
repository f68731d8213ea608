/**
 * One ReportSheet onto an exceljs streaming worksheet, laid out as clerks print Excel: title
 * merged across the table, bordered table with a bold shaded header, header frozen and repeated
 * on every printed page, A4 fit to width, page numbers in the footer.
 *
 * The streaming writer writes sheet views and fit-to-page when the sheet is added, so the layout
 * is worked out before the sheet exists; rows are committed as they are written.
 */
import type {
  Cell,
  CellValue as ExcelValue,
  DataValidation,
  PaperSize,
  stream,
  Style,
  Worksheet,
} from 'exceljs';
import { setImmediate } from 'node:timers/promises';
import { dayNumber } from '../../core/dates';
import { columnLetter } from '../../core/problems';
import {
  displayWidth,
  isTypedCell,
  type CellKind,
  type CellValue,
  type ReportColumn,
  type ReportRow,
  type ReportSheet,
  type ReportTable,
} from '../../core/report/model';
import type { RowVariant, StyleBook } from './xlsx-styles';

const A4 = 9 as PaperSize;
const LINE_HEIGHT = 15;
/**
 * Rows written between pauses. exceljs compresses and writes a sheet only when the event loop
 * runs, so one long synchronous loop would hold a whole million-row 成员 sheet in memory before
 * any of it reached the file.
 */
const ROWS_PER_PAUSE = 2000;
/** An Excel list validation's inline formula may hold at most 255 characters. */
const MAX_LIST_FORMULA = 255;

function excelValue(value: CellValue, kind: CellKind): ExcelValue {
  if (value === null) return null;
  switch (kind) {
    case 'date': {
      // A real date cell (a whole-day serial), which the importer reads back as the same ISO day.
      const day = typeof value === 'string' ? dayNumber(value) : NaN;
      return Number.isNaN(day) ? value : new Date(day * 86_400_000);
    }
    case 'boolean':
      return typeof value === 'boolean' ? (value ? '是' : '否') : value;
    case 'code':
      return typeof value === 'number' ? String(value) : value;
    default:
      return value;
  }
}

/** exceljs's typings omit the worksheet's dataValidations, which both of its writers have. */
interface ValidationList {
  add(address: string, validation: DataValidation): void;
}

function validationsOf(ws: Worksheet): ValidationList | null {
  const list: unknown = (ws as unknown as { dataValidations?: unknown }).dataValidations;
  return typeof list === 'object' && list !== null && 'add' in list && typeof list.add === 'function'
    ? (list as ValidationList)
    : null;
}

/** Escapes text for an Excel header/footer, where & starts a code. */
const headerText = (text: string): string => text.replace(/&/g, '&&');

interface Layout {
  columnCount: number;
  widths: number[];
  /** Row of the first table's header, for freezing and print titles (single-table sheets only). */
  headerRow: number | null;
}

function layoutOf(sheet: ReportSheet): Layout {
  const widths: number[] = [];
  for (const t of sheet.tables) {
    t.columns.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.width);
    });
  }
  const only = sheet.tables.length === 1 ? sheet.tables[0] : undefined;
  const headerRow = only ? sheet.titleLines.length + (only.heading ? 1 : 0) + 1 : null;
  return { columnCount: Math.max(1, widths.length), widths, headerRow };
}

/** Rows a wrapped line of text needs across `width` characters. */
const linesFor = (text: string, width: number): number =>
  Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, width - 1)));

class SheetWriter {
  private readonly totalWidth: number;
  /** The styles of the row being written, read by styleCell (one callback for every row). */
  private rowStyles: Partial<Style>[] = [];
  private readonly styleCell = (cell: Cell, col: number): void => {
    cell.style = this.rowStyles[col - 1] ?? {};
  };

  constructor(
    private readonly ws: Worksheet,
    private readonly layout: Layout,
    private readonly styles: StyleBook,
  ) {
    this.totalWidth = layout.widths.reduce((s, w) => s + w, 0);
  }

  /** A line of text merged across the sheet's columns. */
  line(text: string, style: Partial<Style>, height?: number): void {
    const row = this.ws.addRow([text]);
    row.getCell(1).style = style;
    if (this.layout.columnCount > 1) this.ws.mergeCells(row.number, 1, row.number, this.layout.columnCount);
    const wrap = style.alignment?.wrapText === true;
    row.height = height ?? (wrap ? linesFor(text, this.totalWidth) * LINE_HEIGHT + 3 : LINE_HEIGHT + 3);
    row.commit();
  }

  blank(): void {
    this.ws.addRow([]).commit();
  }

  async table(t: ReportTable): Promise<void> {
    if (t.heading) this.line(t.heading, this.styles.heading, 24);
    const header = this.ws.addRow(t.columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.style = this.styles.header;
    });
    header.height = Math.max(...t.columns.map((c) => linesFor(c.header, c.width))) * LINE_HEIGHT + 6;
    header.commit();
    const firstData = header.number + 1;
    const body = t.columns.map((c) => this.styles.cell(c.kind, c.wrap === true, 'body'));
    const emphasis = t.columns.map((c) => this.styles.cell(c.kind, c.wrap === true, 'emphasis'));
    let i = 0;
    for (const cells of t.rows) {
      const emphasized = t.emphasized?.has(i) === true;
      this.dataRow(t, cells, emphasized ? emphasis : body, emphasized ? 'emphasis' : 'body');
      if (++i % ROWS_PER_PAUSE === 0) await setImmediate();
    }
    if (t.totals) this.dataRow(t, t.totals, emphasis, 'emphasis');
    this.validations(t, firstData);
  }

  /**
   * One table row. Values go in through addRow, as in exceljs's own fast path, and every cell
   * gets the column's shared style object (see xlsx-styles.ts).
   */
  private dataRow(
    t: ReportTable,
    cells: ReportRow,
    columnStyles: Partial<Style>[],
    variant: RowVariant,
  ): void {
    const columns = t.columns;
    // Copied only when a value changes on the way to Excel (a date, 是/否): most rows of a large
    // sheet go to exceljs as they are, one allocation fewer per row.
    let values: readonly unknown[] = cells;
    let styles = columnStyles;
    let lines = 1;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as ReportColumn;
      const raw = cells[c] ?? null;
      let value: ExcelValue;
      if (isTypedCell(raw)) {
        value = excelValue(raw.value, raw.kind);
        if (styles === columnStyles) styles = columnStyles.slice();
        styles[c] = this.styles.cell(raw.kind, column.wrap === true, variant);
      } else {
        value = excelValue(raw, column.kind);
        // Excel does not fit row heights when it opens a file, so wrapped text gets its height here.
        if (column.wrap === true && typeof raw === 'string' && raw.length * 2 >= column.width - 1) {
          lines = Math.max(lines, linesFor(raw, column.width));
        }
      }
      if (value !== raw) {
        if (values === cells) values = cells.slice();
        (values as unknown[])[c] = value;
      }
    }
    const row = this.ws.addRow(values as ExcelValue[]);
    this.rowStyles = styles;
    row.eachCell({ includeEmpty: true }, this.styleCell);
    if (lines > 1) row.height = lines * LINE_HEIGHT + 3;
    row.commit();
  }

  /** Drop-down lists on a bounded range: the data rows, or the input rows of a sheet to fill in. */
  private validations(t: ReportTable, firstData: number): void {
    const rows = Math.max(t.inputRows ?? 0, t.rows.count);
    const list = validationsOf(this.ws);
    if (rows === 0 || list === null) return;
    t.columns.forEach((c, i) => {
      if (!c.choices) return;
      const formula = `"${c.choices.values.join(',')}"`;
      if (formula.length > MAX_LIST_FORMULA) return;
      const col = columnLetter(i);
      list.add(`${col}${firstData}:${col}${firstData + rows - 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: c.choices.strict ? 'stop' : 'warning',
        errorTitle: c.header,
        error: c.choices.strict
          ? `请从下拉列表中选择：${c.choices.values.join('、')}`
          : `不在常用列表中（${c.choices.values.join('、')}）。确实要填写其他值吗？`,
      });
    });
  }
}

export async function writeSheet(
  wb: stream.xlsx.WorkbookWriter,
  sheet: ReportSheet,
  workbookTitle: string,
  styles: StyleBook,
): Promise<void> {
  const layout = layoutOf(sheet);
  const headerRow = layout.headerRow;
  const ws = wb.addWorksheet(sheet.name, {
    views:
      headerRow === null
        ? [{}]
        : [
            {
              state: 'frozen',
              xSplit: 0,
              ySplit: headerRow,
              topLeftCell: `A${headerRow + 1}`,
              activeCell: `A${headerRow + 1}`,
            },
          ],
    pageSetup: {
      paperSize: A4,
      orientation: sheet.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: sheet.onePage ? 1 : 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(headerRow === null ? {} : { printTitlesRow: `${headerRow}:${headerRow}` }),
    },
    headerFooter: {
      oddHeader: `&L${headerText(workbookTitle)}&R${headerText(sheet.name)}`,
      oddFooter: '&C第 &P 页 共 &N 页',
    },
  });
  // Column defaults apply to what a clerk types later: text-only columns stay text.
  const only = sheet.tables.length === 1 ? sheet.tables[0] : undefined;
  ws.columns = layout.widths.map((width, i) => {
    const kind = only?.columns[i]?.kind;
    return kind === 'code' ? { width, style: styles.textColumn } : { width };
  });

  const w = new SheetWriter(ws, layout, styles);
  const totalWidth = layout.widths.reduce((sum, width) => sum + width, 0);
  sheet.titleLines.forEach((text, i) => {
    // The title; a short line under it centred, a paragraph (the template's guidance) flush left.
    if (i === 0) w.line(text, styles.title, 30);
    else w.line(text, displayWidth(text) > totalWidth ? styles.lead : styles.subtitle);
  });
  for (const [i, t] of sheet.tables.entries()) {
    if (i > 0) w.blank();
    await w.table(t);
  }
  if (sheet.noteLines.length > 0) w.blank();
  for (const text of sheet.noteLines) {
    if (text === '') w.blank();
    else w.line(text, styles.note);
  }
  if (sheet.signatureLine) {
    w.blank();
    w.line(sheet.signatureLine, styles.signature, 30);
  }
  ws.commit();
}
