/** Reading a ReportModel's tables as plain arrays, for assertions. */
import {
  isTypedCell,
  type CellValue,
  type ReportModel,
  type ReportSheet,
  type ReportTable,
} from '../../../core/report/model';

export function sheet(model: ReportModel, name: string): ReportSheet {
  const s = model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function table(model: ReportModel, name: string, i = 0): ReportTable {
  const t = sheet(model, name).tables[i];
  if (!t) throw new Error(`no table ${i} on ${name}`);
  return t;
}

export const headers = (t: ReportTable): string[] => t.columns.map((c) => c.header);

/** Rows as plain values (typed cells unwrapped). */
export function values(t: ReportTable): CellValue[][] {
  return [...t.rows].map((r) => r.map((c) => (isTypedCell(c) ? c.value : c)));
}

/** Rows as records keyed by header. */
export function records(t: ReportTable): Array<Record<string, CellValue>> {
  const h = headers(t);
  return values(t).map((r) => Object.fromEntries(h.map((name, i) => [name, r[i] ?? null])));
}

export function rowWhere(t: ReportTable, header: string, value: CellValue): Record<string, CellValue> {
  const r = records(t).find((x) => x[header] === value);
  if (!r) throw new Error(`no row with ${header} = ${String(value)}`);
  return r;
}
