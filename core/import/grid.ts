/**
 * Reading a RawGrid by row: where each row starts in the cells, numbers and string references is
 * found in one pass over the cell kinds (a few milliseconds for a million rows); a row's cells are
 * then materialised on demand, into a buffer the caller reuses, so reading a big sheet allocates
 * no row arrays, and each distinct text becomes one string, made the first time a cell uses it
 * (the same 群编号 on ten 成员 rows is one string: no copies, and map lookups reuse its hash).
 * A grid that does not add up (it came from a file reader) reads as empty cells where it is
 * short, never as an exception.
 */
import {
  GRID_EMPTY,
  GRID_FALSE,
  GRID_NUMBER,
  GRID_STRING,
  GRID_TRUE,
  type RawCell,
  type RawGrid,
  type RawSheet,
} from './raw';

export class GridRows {
  readonly rowCount: number;
  private readonly kinds: Uint8Array;
  private readonly numbers: Float64Array;
  private readonly stringRefs: Uint32Array;
  private readonly stringEnds: Uint32Array;
  private readonly text: string;
  /** The string table's entries once made. */
  private readonly strings: Array<string | undefined>;
  /** Per row (and one past the last): its first cell, number and string. */
  private readonly cellStart: Uint32Array;
  private readonly numberStart: Uint32Array;
  private readonly stringStart: Uint32Array;

  constructor(grid: RawGrid) {
    const { rowLengths, kinds } = grid;
    this.kinds = kinds;
    this.numbers = grid.numbers;
    this.stringRefs = grid.stringRefs;
    this.stringEnds = grid.stringEnds;
    this.text = grid.text;
    this.strings = new Array<string | undefined>(grid.stringEnds.length);
    const rows = rowLengths.length;
    this.rowCount = rows;
    const cellStart = new Uint32Array(rows + 1);
    const numberStart = new Uint32Array(rows + 1);
    const stringStart = new Uint32Array(rows + 1);
    let k = 0;
    let n = 0;
    let s = 0;
    for (let r = 0; r < rows; r++) {
      cellStart[r] = k;
      numberStart[r] = n;
      stringStart[r] = s;
      const end = Math.min(kinds.length, k + (rowLengths[r] ?? 0));
      for (; k < end; k++) {
        const kind = kinds[k];
        if (kind === GRID_STRING) s++;
        else if (kind === GRID_NUMBER) n++;
      }
    }
    cellStart[rows] = k;
    numberStart[rows] = n;
    stringStart[rows] = s;
    this.cellStart = cellStart;
    this.numberStart = numberStart;
    this.stringStart = stringStart;
  }

  /** Row r's cells into out[0..length), out trimmed to that length; returns out. */
  fill(r: number, out: RawCell[]): RawCell[] {
    if (r < 0 || r >= this.rowCount) {
      out.length = 0;
      return out;
    }
    const from = this.cellStart[r] ?? 0;
    const len = (this.cellStart[r + 1] ?? from) - from;
    const { kinds, numbers, stringRefs, strings } = this;
    let n = this.numberStart[r] ?? 0;
    let s = this.stringStart[r] ?? 0;
    for (let c = 0; c < len; c++) {
      switch (kinds[from + c]) {
        case GRID_NUMBER:
          out[c] = numbers[n++] ?? null;
          break;
        case GRID_STRING: {
          const id = stringRefs[s++] ?? -1;
          out[c] = strings[id] ?? this.makeString(id);
          break;
        }
        case GRID_TRUE:
          out[c] = true;
          break;
        case GRID_FALSE:
          out[c] = false;
          break;
        default:
          out[c] = null;
      }
    }
    if (out.length !== len) out.length = len;
    return out;
  }

  row(r: number): RawCell[] {
    return this.fill(r, []);
  }

  private makeString(id: number): string | null {
    if (!(id >= 0 && id < this.strings.length)) return null;
    const start = id > 0 ? (this.stringEnds[id - 1] ?? 0) : 0;
    const v = this.text.slice(start, this.stringEnds[id] ?? start);
    this.strings[id] = v;
    return v;
  }
}

/** A sheet's rows as arrays, whichever form it came in (the rows form is returned as it is). */
export function sheetRows(sheet: RawSheet): RawCell[][] {
  if (sheet.grid === undefined) return sheet.rows;
  const g = new GridRows(sheet.grid);
  const out: RawCell[][] = [];
  for (let r = 0; r < g.rowCount; r++) out.push(g.row(r));
  return out;
}

/** Rows in grid form, as a file reader makes it (trailing empty cells cut, each text once). */
export function gridOf(rows: readonly (readonly RawCell[])[]): RawGrid {
  const rowLengths = new Uint32Array(rows.length);
  const kinds: number[] = [];
  const numbers: number[] = [];
  const stringRefs: number[] = [];
  const stringEnds: number[] = [];
  const table = new Map<string, number>();
  let text = '';
  rows.forEach((row, r) => {
    let len = row.length;
    while (len > 0 && (row[len - 1] ?? null) === null) len--;
    rowLengths[r] = len;
    for (let c = 0; c < len; c++) {
      const v = row[c] ?? null;
      if (typeof v === 'number') {
        kinds.push(GRID_NUMBER);
        numbers.push(v);
      } else if (typeof v === 'string') {
        kinds.push(GRID_STRING);
        let id = table.get(v);
        if (id === undefined) {
          id = table.size;
          table.set(v, id);
          text += v;
          stringEnds.push(text.length);
        }
        stringRefs.push(id);
      } else if (typeof v === 'boolean') kinds.push(v ? GRID_TRUE : GRID_FALSE);
      else kinds.push(GRID_EMPTY);
    }
  });
  return {
    rowLengths,
    kinds: Uint8Array.from(kinds),
    numbers: Float64Array.from(numbers),
    stringRefs: Uint32Array.from(stringRefs),
    stringEnds: Uint32Array.from(stringEnds),
    text,
  };
}
