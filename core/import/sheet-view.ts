/**
 * A sheet as the importer sees it: the adapter's rows with the clerk's cell edits laid over them.
 * Only edited rows are copied; everything else is read in place (a 1M-row sheet is never copied).
 */
import type { RawCell, RawSheet } from './raw';

const EMPTY_ROW: readonly RawCell[] = Object.freeze([]);

export type Merge = RawSheet['merges'][number];

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly merges: readonly Merge[];
  readonly hidden: boolean;
  private readonly rows: readonly (readonly RawCell[] | undefined)[];
  private readonly patched: Map<number, RawCell[]> | null;

  /** edits: 0-based row → 0-based column → the value typed in the wizard. */
  constructor(sheet: RawSheet, edits?: ReadonlyMap<number, ReadonlyMap<number, RawCell>>) {
    this.name = sheet.name;
    this.rows = sheet.rows;
    this.merges = sheet.merges;
    this.hidden = sheet.hidden === true;
    let count = sheet.rows.length;
    let patched: Map<number, RawCell[]> | null = null;
    if (edits && edits.size > 0) {
      patched = new Map();
      for (const [r, cells] of edits) {
        const row = (sheet.rows[r] ?? []).slice();
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

  row(i: number): readonly RawCell[] {
    if (this.patched !== null) {
      const p = this.patched.get(i);
      if (p) return p;
    }
    return this.rows[i] ?? EMPTY_ROW;
  }
}
