/**
 * The compact form in which the reader thread hands cells back. Structured clone of a
 * 100k × 12 roster as nested arrays cost ~460 ms and a second full copy of every string while
 * the reader still held its own; as typed arrays plus one UTF-16 text buffer per sheet it is
 * transferred without copying, the reader is ended, and only then are rows rebuilt here.
 * The text is written character by character into a buffer sized in the first pass: no joined
 * string and no list of strings, which measured 30 MB of the reader's peak for that roster.
 *
 * Rebuilt strings are slices of their sheet's decoded text, so a string longer than a dozen
 * characters keeps that text alive; the text is the roster itself, and it goes when the rows go.
 * UTF-16 is written in the machine's byte order and read back as little-endian: every platform
 * the app supports (x64, arm64) is little-endian.
 */
import type { RawCell, RawFormat, RawSheet, RawWorkbook } from '../../core/import/raw';
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
    // Pass 1: lengths after trimming, counts, and the cell cap before anything is allocated.
    const lengths = new Uint32Array(rows.length);
    let slots = 0;
    let numberCount = 0;
    let stringCount = 0;
    let textLength = 0;
    let lastRow = -1;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      if (row.length > EXCEL_MAX_COLS)
        throw new RosterFileFailure('FILE_CORRUPT', {
          reason: `工作表“${name}”的列数超出了 Excel 的上限`,
          sheet: name,
        });
      let last = -1;
      for (let c = 0; c < row.length; c++) {
        const v = read(row[c]);
        if (v === null) continue;
        last = c;
        this.cells++;
        if (typeof v === 'number') numberCount++;
        else if (typeof v === 'string') {
          stringCount++;
          textLength += v.length;
        }
      }
      if (this.cells > this.maxCells)
        throw new RosterFileFailure('FILE_TOO_MANY_CELLS', { sheet: name, limitCells: this.maxCells });
      lengths[r] = last + 1;
      slots += last + 1;
      if (last >= 0) lastRow = r;
    }

    // Pass 2: the values themselves.
    const rowLengths = lengths.slice(0, lastRow + 1);
    const kinds = new Uint8Array(slots);
    const numbers = new Float64Array(numberCount);
    const stringEnds = new Uint32Array(stringCount);
    const text = new Uint16Array(textLength);
    const dates: number[] | null = extras.isDateCell ? [] : null;
    let k = 0;
    let n = 0;
    let s = 0;
    let t = 0;
    for (let r = 0; r < rowLengths.length; r++) {
      const len = rowLengths[r] ?? 0;
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < len; c++, k++) {
        const cell = row[c];
        const v = read(cell);
        if (v === null) continue;
        if (typeof v === 'number') {
          kinds[k] = CELL_NUMBER;
          numbers[n++] = v;
          if (dates && cell !== undefined && extras.isDateCell?.(cell)) dates.push(r, c);
        } else if (typeof v === 'string') {
          kinds[k] = CELL_STRING;
          for (let i = 0; i < v.length; i++) text[t++] = v.charCodeAt(i);
          stringEnds[s++] = t;
        } else kinds[k] = v ? CELL_TRUE : CELL_FALSE;
      }
    }
    this.sheets.push({
      name,
      hidden: extras.hidden,
      rowLengths,
      kinds,
      numbers,
      stringEnds,
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
      for (const a of [sh.rowLengths, sh.kinds, sh.numbers, sh.stringEnds, sh.merges, sh.dateCells])
        if (a) transfer.push(a.buffer as ArrayBuffer);
    }
    const workbook: WireWorkbook = { ...meta, sheets: this.sheets };
    if (meta.encoding === undefined) delete workbook.encoding;
    return { workbook, transfer };
  }
}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(`malformed reader reply: ${what}`);
}

/** Rebuilds the RawWorkbook on the main thread; throws on a reply that is not self-consistent. */
export function decodeWorkbook(file: string, wire: WireWorkbook): RawWorkbook {
  check(Array.isArray(wire.sheets) && RAW_FORMATS.includes(wire.format), 'shape');
  const sheets: RawSheet[] = [];
  for (const ws of wire.sheets) {
    check(ws.text instanceof ArrayBuffer && ws.text.byteLength % 2 === 0, 'text');
    const text = Buffer.from(ws.text).toString('utf16le');
    let prev = 0;
    check(typeof ws.name === 'string' && typeof ws.hidden === 'boolean', 'sheet meta');
    check(ws.rowLengths instanceof Uint32Array && ws.kinds instanceof Uint8Array, 'sheet arrays');
    check(ws.numbers instanceof Float64Array && ws.stringEnds instanceof Uint32Array, 'sheet values');
    check(ws.merges instanceof Uint32Array && ws.merges.length % 4 === 0, 'merges');
    const { rowLengths, kinds, numbers, stringEnds } = ws;
    const rows: RawCell[][] = new Array<RawCell[]>(rowLengths.length);
    let k = 0;
    let n = 0;
    let s = 0;
    for (let r = 0; r < rowLengths.length; r++) {
      const len = rowLengths[r] ?? 0;
      check(k + len <= kinds.length, 'row length');
      const row = new Array<RawCell>(len);
      for (let c = 0; c < len; c++, k++) {
        switch (kinds[k]) {
          case CELL_EMPTY:
            row[c] = null;
            break;
          case CELL_NUMBER:
            check(n < numbers.length, 'numbers');
            row[c] = numbers[n++] ?? null;
            break;
          case CELL_STRING: {
            const end = stringEnds[s++];
            check(end !== undefined && end >= prev && end <= text.length, 'strings');
            row[c] = text.slice(prev, end);
            prev = end;
            break;
          }
          case CELL_TRUE:
            row[c] = true;
            break;
          case CELL_FALSE:
            row[c] = false;
            break;
          default:
            check(false, 'cell kind');
        }
      }
      rows[r] = row;
    }
    check(
      k === kinds.length && n === numbers.length && s === stringEnds.length && prev === text.length,
      'counts',
    );
    const merges: RawSheet['merges'] = [];
    for (let i = 0; i < ws.merges.length; i += 4) {
      const [startRow = 0, startCol = 0, endRow = 0, endCol = 0] = ws.merges.subarray(i, i + 4);
      merges.push({ startRow, startCol, endRow, endCol });
    }
    const sheet: RawSheet = { name: ws.name, rows, merges, hidden: ws.hidden };
    if (ws.dateCells) {
      check(ws.dateCells instanceof Uint32Array && ws.dateCells.length % 2 === 0, 'date cells');
      const dateCells: Array<[number, number]> = [];
      for (let i = 0; i < ws.dateCells.length; i += 2)
        dateCells.push([ws.dateCells[i] ?? 0, ws.dateCells[i + 1] ?? 0]);
      sheet.dateCells = dateCells;
    }
    sheets.push(sheet);
  }
  const out: RawWorkbook = { file, format: wire.format, date1904: wire.date1904 === true, sheets };
  if (wire.encoding) out.encoding = wire.encoding;
  return out;
}
