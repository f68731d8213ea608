/**
 * The report's cell styles. exceljs's streaming writer recognises a style by object identity
 * (a WeakMap), so every cell of a kind gets the very same object: a million cells then cost one
 * style lookup each instead of one style registration each.
 */
import type { Alignment, Borders, Border, Fill, Font, Style } from 'exceljs';
import type { CellKind } from '../../core/report/model';

const FONT_NAME = '宋体';
const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const EMPHASIS_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const BODY_FONT: Partial<Font> = { name: FONT_NAME, size: 11 };
const BOLD_FONT: Partial<Font> = { name: FONT_NAME, size: 11, bold: true };

const NUM_FMT: Record<CellKind, string | undefined> = {
  text: undefined,
  code: '@',
  integer: '0',
  decimal: '0.0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  boolean: undefined,
};

function alignmentFor(kind: CellKind, wrap: boolean): Partial<Alignment> {
  switch (kind) {
    case 'integer':
    case 'decimal':
    case 'percent':
      return { vertical: 'middle', horizontal: 'right' };
    case 'date':
    case 'boolean':
      return { vertical: 'middle', horizontal: 'center' };
    default:
      return { vertical: 'middle', horizontal: 'left', wrapText: wrap };
  }
}

export type RowVariant = 'body' | 'emphasis';

export class StyleBook {
  private readonly cells = new Map<string, Partial<Style>>();

  readonly header: Partial<Style> = {
    font: BOLD_FONT,
    fill: HEADER_FILL,
    border: BORDER,
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  };
  readonly title: Partial<Style> = {
    font: { name: FONT_NAME, size: 16, bold: true },
    alignment: { vertical: 'middle', horizontal: 'center' },
  };
  readonly subtitle: Partial<Style> = {
    font: { name: FONT_NAME, size: 10 },
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  };
  /** Explanatory lines above a table (the template's instructions). */
  readonly lead: Partial<Style> = {
    font: BODY_FONT,
    alignment: { vertical: 'top', horizontal: 'left', wrapText: true },
  };
  readonly heading: Partial<Style> = {
    font: { name: FONT_NAME, size: 12, bold: true },
    alignment: { vertical: 'bottom', horizontal: 'left' },
  };
  readonly note: Partial<Style> = {
    font: { name: FONT_NAME, size: 10 },
    alignment: { vertical: 'top', horizontal: 'left', wrapText: true },
  };
  readonly signature: Partial<Style> = {
    font: { name: FONT_NAME, size: 12 },
    alignment: { vertical: 'bottom', horizontal: 'left' },
  };
  /** Column default for text-only columns: what a clerk types there stays text. */
  readonly textColumn: Partial<Style> = { numFmt: '@' };

  cell(kind: CellKind, wrap: boolean, variant: RowVariant): Partial<Style> {
    const key = `${kind}|${wrap ? 1 : 0}|${variant}`;
    let style = this.cells.get(key);
    if (!style) {
      style = {
        font: variant === 'emphasis' ? BOLD_FONT : BODY_FONT,
        border: BORDER,
        alignment: alignmentFor(kind, wrap),
      };
      const numFmt = NUM_FMT[kind];
      if (numFmt) style.numFmt = numFmt;
      if (variant === 'emphasis') style.fill = EMPHASIS_FILL;
      this.cells.set(key, style);
    }
    return style;
  }
}
