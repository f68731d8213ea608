/**
 * The compact form in which the reader thread hands cells back: typed arrays and one UTF-16 text
 * buffer per sheet, transferred without copying. On the main thread they become the sheet's
 * RawGrid as they are (core reads it through grid.ts): no row arrays are rebuilt, which for a
 * 100k-group roster saved 1.5 s and six million array slots.
 *
 * Each distinct text of a sheet is written once, in the sheet's string table, and cells refer to
 * it: SheetJS hands the same string object for every use of a shared string, so the lookup costs
 * little, the text is a fraction of the cells' total, and core then makes one string per distinct
 * text instead of one per cell. One pass over SheetJS's cells; arrays grow as needed, and the cell
 * cap is checked after every row, so nothing grows past what the cap allows.
 * UTF-16 is written in the machine's byte order and read back as little-endian: every platform
 * the app supports (x64, arm64) is little-endian.
 */
import type { RawCell, RawFormat, RawGrid, RawSheet, RawWorkbook } from '../../core/import/raw';
import { RosterFileFailure } from './file-problems';
import { EXCEL_MAX_COLS } from './roster-limits';
import {
  CELL_EMPTY,
  CELL_FALSE,
  CELL_NUMBER,
  CELL_STRING,
  CELL_TRUE,
  type WireSheet,
  type WireWorkbook,
} from './worker-protocol';

export interface SheetExtras<C> {
  hidden: boolean;
  merges: readonly number[];
  /** Marks numeric cells whose number format is a date; absent when the format has none. */
  isDateCell?: (cell: C) => boolean;
}

const RAW_FORMATS: readonly RawFormat[] = ['xlsx', 'xls', 'ods', 'csv', 'et', 'html', 'xml2003'];

type Rows<C> = ArrayLike<ArrayLike<C | undefined> | undefined | null>;
type Typed = Uint8Array | Float64Array;

/**
 * `a` with room for at least `need` elements (doubling, so filling n costs O(n)). Only called
 * when an array is full: the checks before it compare with a `length` of one array type each,
 * which stays fast, where a shared check over four array types would not.
 */
function grown<T extends Typed>(a: T, need: number): T {
  const bigger = new (a.constructor as new (length: number) => T)(Math.max(need, a.length * 2));
  bigger.set(a);
  return bigger;
}

/** The first `length` elements: the array itself when little is left over, else a copy. */
function fitted<T extends Uint8Array | Uint32Array>(a: T, length: number): T {
  return (length >= a.length - (a.length >> 3) ? a.subarray(0, length) : a.slice(0, length)) as T;
}

/** The distinct texts, concatenated as UTF-16 code units, and where each ends. */
function stringTable(texts: readonly string[]): { text: Uint16Array<ArrayBuffer>; ends: Uint32Array } {
  let length = 0;
  for (const v of texts) length += v.length;
  const text = new Uint16Array(length);
  const ends = new Uint32Array(texts.length);
  let t = 0;
  for (let id = 0; id < texts.length; id++) {
    const v = texts[id] ?? '';
    for (let i = 0; i < v.length; i++) text[t++] = v.charCodeAt(i);
    ends[id] = t;
  }
  return { text, ends };
}

/** Collects sheets in the reader thread, counting cells against the cap as it goes. */
export class WireWriter {
  readonly sheets: WireSheet[] = [];
  /** Non-empty cells over all sheets so far. */
  cells = 0;

  constructor(private readonly maxCells: number) {}

  addSheet<C>(
    name: string,
    rows: Rows<C>,
    read: (cell: C | undefined) => RawCell,
    extras: SheetExtras<C>,
  ): void {
    // Sized before the walk (a large typed array allocated or regrown mid-walk costs a full
    // collection of SheetJS's heap): cells ≤ the rows' lengths, string cells ≤ the cell cap.
    let slots = 0;
    for (let r = 0; r < rows.length; r++) slots += rows[r]?.length ?? 0;
    const bound = Math.min(slots, this.maxCells - this.cells + EXCEL_MAX_COLS);
    const rowLengths = new Uint32Array(rows.length);
    let kinds = new Uint8Array(Math.min(slots, 2 * bound + 1024));
    let numbers = new Float64Array(1024);
    const refs = new Uint32Array(Math.max(0, bound));
    const table = new Map<string, number>();
    const texts: string[] = [];
    const dates: number[] | null = extras.isDateCell ? [] : null;
    let k = 0;
    let n = 0;
    let s = 0;
    let lastRow = -1;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      if (row.length > EXCEL_MAX_COLS)
        throw new RosterFileFailure('FILE_CORRUPT', {
          reason: `工作表“${name}”的列数超出了 Excel 的上限`,
          sheet: name,
        });
      const start = k;
      let last = -1;
      if (k + row.length > kinds.length) kinds = grown(kinds, k + row.length);
      for (let c = 0; c < row.length; c++, k++) {
        const cell = row[c];
        const v = read(cell);
        if (v === null) {
          kinds[k] = CELL_EMPTY;
          continue;
        }
        last = c;
        this.cells++;
        if (typeof v === 'number') {
          kinds[k] = CELL_NUMBER;
          if (n === numbers.length) numbers = grown(numbers, n + 1);
          numbers[n++] = v;
          if (dates && cell !== undefined && extras.isDateCell?.(cell)) dates.push(r, c);
        } else if (typeof v === 'string') {
          kinds[k] = CELL_STRING;
          let id = table.get(v);
          if (id === undefined) {
            id = texts.length;
            table.set(v, id);
            texts.push(v);
          }
          refs[s++] = id;
        } else kinds[k] = v ? CELL_TRUE : CELL_FALSE;
      }
      // Trailing empty cells carry no values: the row ends at its last value.
      k = start + last + 1;
      rowLengths[r] = last + 1;
      if (last >= 0) lastRow = r;
      if (this.cells > this.maxCells)
        throw new RosterFileFailure('FILE_TOO_MANY_CELLS', { sheet: name, limitCells: this.maxCells });
    }
    const { text, ends } = stringTable(texts);
    this.sheets.push({
      name,
      hidden: extras.hidden,
      rowLengths: fitted(rowLengths, lastRow + 1),
      kinds: fitted(kinds, k),
      numbers: numbers.slice(0, n),
      stringRefs: fitted(refs, s),
      stringEnds: ends,
      text: text.buffer,
      merges: Uint32Array.from(extras.merges),
      dateCells: dates ? Uint32Array.from(dates) : null,
    });
  }

  /** The workbook and the buffers to transfer with it. */
  finish(meta: Pick<WireWorkbook, 'format' | 'date1904' | 'encoding'>): {
    workbook: WireWorkbook;
    transfer: ArrayBuffer[];
  } {
    const transfer: ArrayBuffer[] = [];
    for (const sh of this.sheets) {
      transfer.push(sh.text);
      const arrays = [sh.rowLengths, sh.kinds, sh.numbers, sh.stringRefs, sh.stringEnds, sh.merges];
      for (const a of [...arrays, sh.dateCells]) if (a) transfer.push(a.buffer as ArrayBuffer);
    }
    const workbook: WireWorkbook = { ...meta, sheets: this.sheets };
    if (meta.encoding === undefined) delete workbook.encoding;
    return { workbook, transfer };
  }
}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(`malformed reader reply: ${what}`);
}

/** The cells of one sheet add up: row lengths to cells, kinds to values, the string table to the text. */
function checkCells(ws: WireSheet, textLength: number): void {
  const { rowLengths, kinds, numbers, stringRefs, stringEnds } = ws;
  let slots = 0;
  for (let r = 0; r < rowLengths.length; r++) slots += rowLengths[r] ?? 0;
  check(slots === kinds.length, 'row lengths');
  let n = 0;
  let s = 0;
  let bad = 0;
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k] ?? 0;
    if (kind === CELL_STRING) s++;
    else if (kind === CELL_NUMBER) n++;
    else if (kind > CELL_FALSE) bad++;
  }
  check(bad === 0, 'cell kind');
  check(n === numbers.length && s === stringRefs.length, 'counts');
  let outside = 0;
  for (let i = 0; i < stringRefs.length; i++) if ((stringRefs[i] ?? 0) >= stringEnds.length) outside++;
  check(outside === 0, 'string refs');
  let prev = 0;
  for (let i = 0; i < stringEnds.length; i++) {
    const end = stringEnds[i] ?? 0;
    check(end >= prev, 'strings');
    prev = end;
  }
  check(prev === textLength, 'text length');
}

/**
 * The RawWorkbook on the main thread, the transferred arrays used as they are (no copy, no row
 * arrays). Throws on a reply that is not self-consistent.
 */
export function decodeWorkbook(file: string, wire: WireWorkbook): RawWorkbook {
  check(Array.isArray(wire.sheets) && RAW_FORMATS.includes(wire.format), 'shape');
  const sheets: RawSheet[] = [];
  for (const ws of wire.sheets) {
    check(typeof ws.name === 'string' && typeof ws.hidden === 'boolean', 'sheet meta');
    check(ws.text instanceof ArrayBuffer && ws.text.byteLength % 2 === 0, 'text');
    check(ws.rowLengths instanceof Uint32Array && ws.kinds instanceof Uint8Array, 'sheet arrays');
    check(ws.numbers instanceof Float64Array && ws.stringRefs instanceof Uint32Array, 'sheet values');
    check(ws.stringEnds instanceof Uint32Array, 'string table');
    check(ws.merges instanceof Uint32Array && ws.merges.length % 4 === 0, 'merges');
    checkCells(ws, ws.text.byteLength / 2);
    const grid: RawGrid = {
      rowLengths: ws.rowLengths,
      kinds: ws.kinds,
      numbers: ws.numbers,
      stringRefs: ws.stringRefs,
      stringEnds: ws.stringEnds,
      text: Buffer.from(ws.text).toString('utf16le'),
    };
    const merges: RawSheet['merges'] = [];
    for (let i = 0; i < ws.merges.length; i += 4) {
      const [startRow = 0, startCol = 0, endRow = 0, endCol = 0] = ws.merges.subarray(i, i + 4);
      merges.push({ startRow, startCol, endRow, endCol });
    }
    const sheet: RawSheet = { name: ws.name, grid, merges, hidden: ws.hidden };
    if (ws.dateCells) {
      check(ws.dateCells instanceof Uint32Array && ws.dateCells.length % 2 === 0, 'date cells');
      sheet.dateCells = ws.dateCells;
    }
    sheets.push(sheet);
  }
  const out: RawWorkbook = { file, format: wire.format, date1904: wire.date1904 === true, sheets };
  if (wire.encoding) out.encoding = wire.encoding;
  return out;
}
