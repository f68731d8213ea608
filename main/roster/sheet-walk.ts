/**
 * SheetJS's dense sheets into the wire form: the rows that actually exist are walked (never the
 * range a sheet claims), every value raw. Error cells become their text (#N/A, #DIV/0!, …), not
 * null, so a clerk sees which cell holds a broken formula instead of an unexplained blank.
 */
import type * as XLSX from 'xlsx';
import type { RawCell } from '../../core/import/raw';
import { RosterFileFailure } from './file-problems';
import { EXCEL_MAX_ROWS } from './roster-limits';
import { isDateFormat, sheetByName } from './sheetjs-read';
import type { WireWriter } from './roster-wire';

const ERROR_TEXT = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A Date SheetJS built from local components, back to an Excel serial (only some readers make them). */
function serialOf(d: Date, date1904: boolean): number | null {
  const t = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  if (Number.isNaN(t)) return null;
  let serial = (t - EPOCH_1900) / MS_PER_DAY;
  if (date1904) serial -= 1462;
  // Excel counts a 1900-02-29 that never was: days before March 1900 are one lower.
  else if (serial < 61) serial -= 1;
  return serial;
}

export function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): RawCell {
  if (!cell) return null;
  const v: unknown = cell.v;
  switch (cell.t) {
    case 's':
      if (typeof v === 'string') return v === '' ? null : v;
      // A string cell without its text: the shared-string table it points into is broken.
      if (v == null)
        throw new RosterFileFailure(
          'FILE_CORRUPT',
          { reason: '共享字符串表损坏' },
          'string cell without a value',
        );
      return String(v);
    case 'n':
      return typeof v === 'number' ? v : null;
    case 'b':
      return typeof v === 'boolean' ? v : null;
    case 'e':
      return typeof v === 'number' ? (ERROR_TEXT.get(v) ?? '#ERROR') : '#ERROR';
    case 'd':
      return v instanceof Date ? serialOf(v, date1904) : typeof v === 'string' && v !== '' ? v : null;
    default:
      return null;
  }
}

const isDateCell = (cell: XLSX.CellObject): boolean => typeof cell.z === 'string' && isDateFormat(cell.z);

function mergesOf(ws: XLSX.WorkSheet): number[] {
  const out: number[] = [];
  for (const m of ws['!merges'] ?? []) {
    const parts = [m?.s?.r, m?.s?.c, m?.e?.r, m?.e?.c];
    if (parts.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 2 ** 32))
      out.push(...(parts as number[]));
  }
  return out;
}

export function walkWorkbook(wb: XLSX.WorkBook, date1904: boolean, writer: WireWriter): void {
  const meta = wb.Workbook?.Sheets ?? [];
  const read = (cell: XLSX.CellObject | undefined): RawCell => cellValue(cell, date1904);
  wb.SheetNames.forEach((name, i) => {
    const ws = sheetByName(wb, name);
    if (!ws) throw new RosterFileFailure('FILE_CORRUPT', { reason: `工作表“${name}”无法读取`, sheet: name });
    const data: unknown = ws['!data'];
    const rows = Array.isArray(data) ? (data as Array<XLSX.CellObject[] | undefined>) : [];
    if (rows.length > EXCEL_MAX_ROWS)
      throw new RosterFileFailure('FILE_TOO_MANY_CELLS', { sheet: name, limitRows: EXCEL_MAX_ROWS });
    writer.addSheet(name, rows, read, {
      hidden: (meta[i]?.Hidden ?? 0) !== 0,
      merges: mergesOf(ws),
      isDateCell,
    });
  });
}
