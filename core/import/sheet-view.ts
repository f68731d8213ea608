/**
 * A sheet as the importer sees it: the adapter's rows (or grid) with the clerk's cell edits laid
 * over them. Only edited rows are copied; everything else is read in place (a 1M-row sheet is
 * never copied, and a grid's rows are materialised one at a time into the reader's buffer).
 */
import { GridRows } from './grid';
import type { RawCell, RawSheet } from './raw';

const EMPTY_ROW: readonly RawCell[] = Object.freeze([]);

export type Merge = RawSheet['merges'][number];

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly merges: readonly Merge[];
  readonly hidden: boolean;
  private readonly rows: readonly (readonly RawCell[] | undefined)[] | null;
  private readonly grid: GridRows | null;
  private readonly patched: Map<number, RawCell[]> | null;

  /** edits: 0-based row → 0-based column → the value typed in the wizard. */
  constructor(sheet: RawSheet, edits?: ReadonlyMap<number, ReadonlyMap<number, RawCell>>) {
    this.name = sheet.name;
    this.grid = sheet.grid === undefined ? null : new GridRows(sheet.grid);
    this.rows = sheet.grid === undefined ? sheet.rows : null;
    this.merges = sheet.merges;
    this.hidden = sheet.hidden === true;
    let count = this.grid ? this.grid.rowCount : (this.rows?.length ?? 0);
    let patched: Map<number, RawCell[]> | null = null;
    if (edits && edits.size > 0) {
      patched = new Map();
      for (const [r, cells] of edits) {
        const row = this.stored(r, []).slice();
        for (const [c, v] of cells) {
          while (row.length < c) row.push(null);
          row[c] = v;
        }
        patched.set(r, row);
        count = Math.max(count, r + 1);
      }
    }
    this.patched = patched;
    this.rowCount = count;
  }

  private stored(i: number, buffer: RawCell[]): readonly RawCell[] {
    if (this.grid !== null) return i < this.grid.rowCount ? this.grid.fill(i, buffer) : EMPTY_ROW;
    return this.rows?.[i] ?? EMPTY_ROW;
  }

  /** Row i, its own array (for the few rows the analysis looks at). */
  row(i: number): readonly RawCell[] {
    return this.rowInto(i, []);
  }

  /**
   * Row i for a reader going down the sheet: the stored row, or `buffer` filled with it. Valid
   * until the buffer's next use; nothing that outlives the row may keep it.
   */
  rowInto(i: number, buffer: RawCell[]): readonly RawCell[] {
    if (this.patched !== null) {
      const p = this.patched.get(i);
      if (p) return p;
    }
    return this.stored(i, buffer);
  }
}
