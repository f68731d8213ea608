/**
 * The import wizard's two questions about one sheet, answered from the workbook the host keeps:
 * "read it as this kind with the header on that row — which columns are which?" (the clerk chose
 * another header row or sheet kind) and "what do rows n … m hold?" (a problem's row in context).
 */
import type { SheetKind } from './fields';
import { detectHeader, headerBlock } from './header';
import { analyzeSheet } from './analyze';
import { headerSignature, matchColumns, type SavedMapping } from './mapping';
import type { RawCell, RawWorkbook } from './raw';
import { SheetView } from './sheet-view';
import type { SheetAnalysis, SheetChoice } from './types';

/**
 * `sheet` of `wb` read as `kind`, its header at `headerRow` (1-based; null: the best row for that
 * kind, else row 1), its columns matched afresh — a saved mapping made for the same header texts
 * and kind wins (kindSource 'saved'; otherwise 'choice'). Null when the workbook has no such sheet.
 */
export function analyzeSheetAs(
  wb: RawWorkbook,
  sheet: string,
  kind: SheetKind,
  headerRow: number | null,
  savedMappings: readonly SavedMapping[] = [],
): SheetAnalysis | null {
  const raw = wb.sheets.find((s) => s.name === sheet);
  if (!raw) return null;
  const view = new SheetView(raw);
  const block =
    headerRow === null
      ? (detectHeader(view, [kind], 1)?.block ?? headerBlock(view, 0))
      : headerBlock(view, Math.max(0, Math.floor(headerRow) - 1));
  const signature = headerSignature(block.texts);
  const saved = savedMappings.find((m) => m.signature === signature && m.kind === kind);
  const mapping = saved ? saved.mapping : matchColumns(block.texts, kind).mapping;
  const choice: SheetChoice = { file: wb.file, sheet, kind, headerRow: block.row + 1, mapping };
  const { analysis } = analyzeSheet(view, {
    file: wb.file,
    date1904: wb.date1904,
    saved: new Map(),
    choices: new Map([[sheet, choice]]),
  });
  return { ...analysis, kindSource: saved ? 'saved' : 'choice' };
}

/**
 * Rows `firstRow` … `firstRow + count − 1` (1-based) of `sheet` as read, and how many rows the
 * sheet has; null when the workbook has no such sheet. Rows past the end are left out.
 */
export function sheetRowsAt(
  wb: RawWorkbook,
  sheet: string,
  firstRow: number,
  count: number,
): { rows: RawCell[][]; rowCount: number } | null {
  const raw = wb.sheets.find((s) => s.name === sheet);
  if (!raw) return null;
  const view = new SheetView(raw);
  const start = Math.max(0, Math.floor(firstRow) - 1);
  const end = Math.min(view.rowCount, start + Math.max(0, Math.floor(count)));
  const rows: RawCell[][] = [];
  for (let r = start; r < end; r++) rows.push(view.row(r).slice());
  return { rows, rowCount: view.rowCount };
}
