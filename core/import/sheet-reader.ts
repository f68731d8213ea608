/**
 * Reading a sheet's data rows: a cursor over the rows below the header that skips blank rows
 * silently, 合计/小计 rows and the trailing 填表人/审核人 lines with a warning, and rows the
 * clerk excluded with a warning; then typed getters per cell that report a bad value at its
 * cell. No object is built per row: the sheet readers (units, groups, members) take the values
 * they need straight from the cursor.
 */
import type { ProblemCode } from '../problems';
import {
  isBlankCell,
  BAD,
  type Bad,
  cellText,
  parseBoolean,
  parseCode,
  parseDate,
  parseInteger,
  PRECISION_LOST,
} from './cells';
import { cellPlace, type CellPlace, type ImportContext, type SheetRef } from './context';
import { isRowNumberHeader } from './mapping';
import type { RawCell } from './raw';
import { findDateInRow, type FoundDate } from './report-date';
import type { SheetView } from './sheet-view';
import { squeeze } from './text';

const EMPTY: readonly RawCell[] = Object.freeze([]);

const SIGNATURE =
  /^(填表人|填报人|制表人|审核人|审批人|复核人|核对人|联系人|联系电话|单位负责人|分管领导|主要领导|负责人|经办人|统计人|填表日期|填报日期|报送日期|签字|签名|盖章|单位盖章|单位\(盖章\)|单位（盖章）)\s*(?:[:：]|$)|^(注|备注|说明|填表说明|注意)\s*[:：]|^注\d/;
const SUMMARY_WORDS = ['合计', '小计', '总计', '共计'];

/** First characters of footer lines, as a table over the CJK block: one array read per cell. */
const FOOTER_FIRST = new Uint8Array(0x9fff - 0x4e00 + 1);
const SUMMARY = 1;
const SIGNATURE_MARK = 2;
for (const ch of '合小总共') FOOTER_FIRST[ch.charCodeAt(0) - 0x4e00] = SUMMARY;
for (const ch of '填制审复核联单分主负经统签盖注备说') {
  const i = ch.charCodeAt(0) - 0x4e00;
  FOOTER_FIRST[i] = (FOOTER_FIRST[i] ?? 0) | SIGNATURE_MARK;
}
const JI = 0x8ba1; // 计, the last character of 合计/小计/总计/共计

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Which footer checks a cell text may pass (0: neither); spaces around the text count as a maybe. */
function footerFlags(text: string): number {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (isSpaceCode(first) || isSpaceCode(last)) return SUMMARY | SIGNATURE_MARK;
  let flags = isCjk(first) ? (FOOTER_FIRST[first - 0x4e00] ?? 0) : 0;
  if (last === JI) flags |= SUMMARY;
  return flags;
}

/** 合计, 合计：127, 小计（个）, 望月湖街道小计 — but not 总计划工作群. */
export function isSummaryText(text: string): boolean {
  if ((footerFlags(text) & SUMMARY) === 0) return false;
  const s = squeeze(text);
  if (s.length > 16) return false;
  for (const w of SUMMARY_WORDS) {
    if (s.endsWith(w)) return true;
    if (s.startsWith(w) && (s.length === w.length || !isCjk(s.charCodeAt(w.length)))) return true;
  }
  return false;
}

/** 填表人：…, 审核人：…, 制表人, 联系电话：…, 注：… — the lines under a table. */
export function isSignatureText(text: string): boolean {
  if ((footerFlags(text) & SIGNATURE_MARK) === 0) return false;
  const s = squeeze(text);
  return (footerFlags(s) & SIGNATURE_MARK) !== 0 && SIGNATURE.test(s);
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

export class RowReader {
  private r: number;
  private readonly end: number;
  /** The current record's cells; for a grid, a buffer refilled by next(). */
  row: readonly RawCell[] = EMPTY;
  private readonly buffer: RawCell[] = [];
  private readonly dates = new Map<string | number, string | null | Bad>();
  /** Columns whose content alone does not make a record: 序号, and columns without a header. */
  private readonly ignorable: boolean[];

  constructor(
    readonly ref: SheetRef,
    private readonly view: SheetView,
    start: number,
    private readonly excluded: ReadonlySet<number> | undefined,
    private readonly ctx: ImportContext,
    readonly date1904: boolean,
    private readonly onFooterDate: (d: FoundDate) => void,
  ) {
    this.r = start - 1;
    this.end = view.rowCount;
    this.ignorable = ref.headers.map((h) => isRowNumberHeader(h));
  }

  /** 1-based row of the current record. */
  get excelRow(): number {
    return this.r + 1;
  }

  col(key: string): number {
    return this.ref.mapping[key] ?? -1;
  }

  place(col: number): CellPlace {
    return cellPlace(this.ref, this.r + 1, col);
  }

  /** Moves to the next data row; false at the end of the sheet. */
  next(): boolean {
    const ignorable = this.ignorable;
    for (;;) {
      const i = ++this.r;
      if (i >= this.end) {
        this.row = EMPTY;
        return false;
      }
      const row = this.view.rowInto(i, this.buffer);
      if (this.excluded !== undefined && this.excluded.has(i + 1)) {
        this.ctx.warn('ROW_EXCLUDED', this.place(-1), '此行已在导入时选择排除，未导入。');
        continue;
      }
      let seen = 0;
      let data = 0;
      let footer: 'summary' | 'signature' | null = null;
      let footerCol = -1;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined) continue;
        if (typeof v === 'string') {
          if (v.length === 0 || (isSpaceCode(v.charCodeAt(0)) && isBlankCell(v))) continue;
          if (seen < 3 && footerFlags(v) !== 0) {
            if (isSummaryText(v)) footer = 'summary';
            else if (isSignatureText(v)) footer = 'signature';
            if (footer !== null) {
              footerCol = c;
              break;
            }
          }
        }
        seen++;
        if (ignorable[c] !== true) data++;
      }
      if (footer !== null) {
        const text = cellText(row[footerCol] ?? null) ?? '';
        if (footer === 'summary') {
          this.ctx.warn(
            'ROW_SUMMARY_SKIPPED',
            this.place(footerCol),
            `合计行（“${text}”）不是记录，已跳过。`,
          );
        } else {
          this.ctx.warn(
            'ROW_SIGNATURE_SKIPPED',
            this.place(footerCol),
            `表尾签名或说明行（“${text}”）不是记录，已跳过。`,
          );
          const d = findDateInRow(row, this.date1904, {
            file: this.ref.file,
            sheet: this.ref.sheet,
            row: i + 1,
          });
          if (d) this.onFooterDate(d);
        }
        continue;
      }
      if (data === 0) continue;
      this.row = row;
      return true;
    }
  }

  raw(col: number): RawCell {
    return col < 0 ? null : (this.row[col] ?? null);
  }

  /** Text as written (trimmed). A text beginning with '=' is kept as written, with a warning. */
  text(col: number): string | null {
    if (col < 0) return null;
    const t = cellText(this.row[col] ?? null);
    if (t !== null && t.charCodeAt(0) === 61) {
      this.ctx.warn('CELL_FORMULA_TEXT', this.place(col), `“${t}”以等号开头，按文字原样导入（不计算公式）。`);
    }
    return t;
  }

  integer(col: number): number | null {
    if (col < 0) return null;
    const v = this.row[col] ?? null;
    const n = parseInteger(v);
    if (n !== BAD) return n;
    this.ctx.error(
      'CELL_BAD_NUMBER',
      this.place(col),
      `“${cellText(v) ?? ''}”不是有效的人数（应为不小于 0 的整数，如 35 或“35人”）。`,
    );
    return null;
  }

  date(col: number): string | null {
    if (col < 0) return null;
    const v = this.row[col] ?? null;
    if (v === null) return null;
    let d = typeof v === 'boolean' ? undefined : this.dates.get(v);
    if (d === undefined) {
      d = parseDate(v, this.date1904);
      // Dates repeat across rows (the same 最近活跃 on many groups): each text is parsed once.
      if (this.dates.size < 65_536 && typeof v !== 'boolean') this.dates.set(v, d);
    }
    if (d !== BAD) return d;
    this.ctx.error(
      'CELL_BAD_DATE',
      this.place(col),
      `“${cellText(v) ?? ''}”不是可识别的日期（可写作 2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日）。`,
    );
    return null;
  }

  bool(col: number): boolean | null {
    if (col < 0) return null;
    const v = this.row[col] ?? null;
    const b = parseBoolean(v);
    if (b !== BAD) return b;
    this.ctx.error(
      'CELL_BAD_BOOLEAN',
      this.place(col),
      `“${cellText(v) ?? ''}”应填写“是”或“否”（也可用 √/×）。`,
    );
    return null;
  }

  code(col: number): string | null {
    if (col < 0) return null;
    const v = this.row[col] ?? null;
    const s = parseCode(v);
    if (s !== PRECISION_LOST) return s;
    this.ctx.error(
      'CELL_NUMBER_PRECISION_LOST',
      this.place(col),
      `${cellText(v) ?? ''}以数字形式保存，已丢失末位数字，请将该列设为文本后重新填写。`,
    );
    return null;
  }

  error(code: ProblemCode, col: number, text: string): void {
    this.ctx.error(code, this.place(col), text);
  }

  warn(code: ProblemCode, col: number, text: string): void {
    this.ctx.warn(code, this.place(col), text);
  }

  required(col: number, value: unknown, what: string): boolean {
    if (value !== null && value !== '') return true;
    this.ctx.error('CELL_REQUIRED', this.place(col), `${what}未填写。`);
    return false;
  }
}
