/**
 * The export baseline: exceljs's streaming WorkbookWriter writing the rows of a ReportModel with
 * the same look (thin borders, bold shaded header, the same column widths, date and text number
 * formats) and none of the report writer's logic: no titles, merges, wrapping heights, drop-down
 * lists or page setup. Rows are committed as written, with a pause every 2000 rows so the writer
 * can compress and flush (without it exceljs holds the whole sheet).
 */
import ExcelJS from 'exceljs';
import { setImmediate } from 'node:timers/promises';
import {
  isTypedCell,
  type CellKind,
  type CellValue,
  type ReportModel,
  type ReportRow,
  type ReportTable,
} from '../../core/report/model';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER: Partial<ExcelJS.Style> = {
  font: { name: '宋体', size: 11, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
  border,
};
const FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  code: '@',
  integer: '0',
  decimal: '0.0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  boolean: undefined,
};
const BODY = new Map<CellKind, Partial<ExcelJS.Style>>(
  (Object.keys(FORMATS) as CellKind[]).map((k) => {
    const numFmt = FORMATS[k];
    return [k, { font: { name: '宋体', size: 11 }, border, ...(numFmt ? { numFmt } : {}) }];
  }),
);
const ROWS_PER_PAUSE = 2000;

/** The cell as Excel should hold it: a date cell as a Date, 是/否 for booleans. */
function excelValue(value: CellValue, kind: CellKind): ExcelJS.CellValue {
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return value;
}

function* withTotals(t: ReportTable): Generator<ReportRow> {
  yield* t.rows;
  if (t.totals) yield t.totals;
}

export async function writeBare(model: ReportModel, path: string): Promise<{ rows: number; cells: number }> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  let rows = 0;
  let cells = 0;
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const widths: number[] = [];
    for (const t of sheet.tables)
      t.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
    ws.columns = widths.map((width) => ({ width }));
    for (const t of sheet.tables) {
      const header = ws.addRow(t.columns.map((c) => c.header));
      header.eachCell((cell) => {
        cell.style = HEADER;
      });
      header.commit();
      const kinds = t.columns.map((c) => c.kind);
      const styles = kinds.map((k) => BODY.get(k) ?? {});
      for (const r of withTotals(t)) {
        const values: ExcelJS.CellValue[] = [];
        let rowStyles = styles;
        for (let c = 0; c < kinds.length; c++) {
          const raw = r[c] ?? null;
          if (isTypedCell(raw)) {
            values.push(excelValue(raw.value, raw.kind));
            if (rowStyles === styles) rowStyles = styles.slice();
            rowStyles[c] = BODY.get(raw.kind) ?? {};
          } else values.push(excelValue(raw, kinds[c] ?? 'text'));
        }
        const row = ws.addRow(values);
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cell.style = rowStyles[col - 1] ?? {};
        });
        row.commit();
        cells += values.length;
        if (++rows % ROWS_PER_PAUSE === 0) await setImmediate();
      }
    }
    ws.commit();
  }
  await wb.commit();
  return { rows, cells };
}
