/**
 * State shared by the import phases: the problem list (kept in file, sheet and row order however
 * the phases interleave) and the options. A sheet being read is described by a SheetRef, which
 * carries what every problem on it needs: file, sheet, column letters and headers.
 */
import type { Policy } from '../policy/schema';
import {
  columnLetter,
  describePlace,
  problem,
  type Problem,
  type ProblemCode,
  type ProblemLevel,
  type ProblemPlace,
} from '../problems';
import type { SheetKind } from './fields';
import type { ColumnMapping } from './mapping';

export interface SheetRef {
  file: string;
  fileIndex: number;
  sheet: string;
  kind: SheetKind;
  mapping: ColumnMapping;
  headers: readonly string[];
  /** Position in the import: a membership remembers its sheet by this index. */
  slot: number;
}

export interface CellPlace extends ProblemPlace {
  file: string;
  sheet: string;
  row: number;
}

/** Where a cell is: the 1-based row and the 0-based column of a sheet. */
export function cellPlace(ref: SheetRef, row: number, col: number): CellPlace {
  if (col < 0) return { file: ref.file, sheet: ref.sheet, row };
  return {
    file: ref.file,
    sheet: ref.sheet,
    row,
    column: letterOf(col),
    header: ref.headers[col] ?? null,
  };
}

const LETTERS: string[] = [];

function letterOf(col: number): string {
  if (col >= 1024) return columnLetter(col);
  return (LETTERS[col] ??= columnLetter(col));
}

/** "文件 a.xlsx，工作表“工作群”，第 5 行" without the column, for naming another record. */
export function rowPlaceText(p: { file: string; sheet: string; row: number }): string {
  return describePlace({ file: p.file, sheet: p.sheet, row: p.row });
}

export class ImportContext {
  readonly problems: Problem[] = [];
  private readonly keys: number[] = [];
  private readonly fileOrder = new Map<string, number>();
  private readonly sheetOrder = new Map<string, number>();
  readonly businessLines: ReadonlySet<string> | null;
  readonly policy: Policy | null;
  /** Warnings that repeat per value (an unknown platform on 5,000 rows) are said once, with a count. */
  private readonly repeated = new Map<string, { p: Problem; count: number; text: (n: number) => string }>();

  constructor(
    files: readonly { file: string; sheets: readonly { name: string }[] }[],
    opts: { businessLines?: readonly string[]; policy?: Policy },
  ) {
    files.forEach((f, i) => {
      if (!this.fileOrder.has(f.file)) this.fileOrder.set(f.file, i);
      f.sheets.forEach((s, j) => {
        const key = `${f.file}\u0000${s.name}`;
        if (!this.sheetOrder.has(key)) this.sheetOrder.set(key, j);
      });
    });
    const lines = opts.businessLines ?? opts.policy?.businessLines;
    this.businessLines = lines && lines.length > 0 ? new Set(lines) : null;
    this.policy = opts.policy ?? null;
  }

  private sortKey(place: ProblemPlace): number {
    if (!place.file) return Number.MAX_SAFE_INTEGER;
    const f = this.fileOrder.get(place.file) ?? 4095;
    const s = place.sheet ? (this.sheetOrder.get(`${place.file}\u0000${place.sheet}`) ?? 1023) : 0;
    const r = place.row ?? 0;
    return (f * 1024 + s) * 2_097_152 + Math.min(r, 2_097_151);
  }

  push(p: Problem): Problem {
    this.problems.push(p);
    this.keys.push(this.sortKey(p));
    return p;
  }

  /** A problem whose message is the place followed by the text. */
  add(level: ProblemLevel, code: ProblemCode, place: ProblemPlace, text: string, detail?: string): Problem {
    return this.push(problem(level, code, `${describePlace(place)}：${text}`, place, detail));
  }

  error(code: ProblemCode, place: ProblemPlace, text: string, detail?: string): Problem {
    return this.add('error', code, place, text, detail);
  }

  warn(code: ProblemCode, place: ProblemPlace, text: string, detail?: string): Problem {
    return this.add('warning', code, place, text, detail);
  }

  /**
   * A problem said once per sheet and value (an unknown platform on 5,000 rows, 3,000 members of
   * one unknown group); the message is rewritten at the end with how many rows had the value
   * (the place is the first of them).
   */
  once(
    level: ProblemLevel,
    code: ProblemCode,
    key: string,
    place: ProblemPlace,
    text: (count: number) => string,
  ): void {
    const k = `${code}\u0000${place.file ?? ''}\u0000${place.sheet ?? ''}\u0000${key}`;
    const hit = this.repeated.get(k);
    if (hit) {
      hit.count++;
      return;
    }
    const p = this.add(level, code, place, text(1));
    this.repeated.set(k, { p, count: 1, text });
  }

  /** Problems in file, sheet and row order (insertion order among equals). */
  finish(): Problem[] {
    for (const { p, count, text } of this.repeated.values()) {
      if (count > 1) p.message = `${describePlace(p)}：${text(count)}`;
    }
    const idx = this.problems.map((_, i) => i);
    idx.sort((a, b) => (this.keys[a] ?? 0) - (this.keys[b] ?? 0) || a - b);
    return idx.map((i) => this.problems[i]).filter((p): p is Problem => p !== undefined);
  }
}
