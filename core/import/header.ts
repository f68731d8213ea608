/**
 * Finding the header row beneath title rows ("岳麓区工作群统计表" merged across the columns,
 * "填报日期：…", "单位（盖章）：…"). Each of the first rows is scored by how many of its cells
 * match known fields; title rows (one non-empty cell, or a wide merge with little else) are
 * skipped. A header may span two or three rows when cells are merged vertically (序号 over two
 * rows beside 成员情况 → 人数 / 社区负责人数): each column then takes its lowest text.
 */
import type { SheetKind } from './fields';
import { cellText, isBlankCell } from './cells';
import { matchColumns, type ColumnMatch } from './mapping';
import type { Merge, SheetView } from './sheet-view';

/** Headers are looked for among this many rows from the top. */
export const MAX_HEADER_ROW = 15;

export interface HeaderBlock {
  /** 0-based first and last rows of the header. */
  row: number;
  end: number;
  /** One text per column: the lowest text of the block (人数 under a merged 成员情况). */
  texts: string[];
}

function mergeAt(merges: readonly Merge[], r: number, c: number): Merge | undefined {
  for (const m of merges) {
    if (m.startRow <= r && r <= m.endRow && m.startCol <= c && c <= m.endCol) return m;
  }
  return undefined;
}

function textAt(view: SheetView, merges: readonly Merge[], r: number, c: number): string | null {
  const v = view.row(r)[c] ?? null;
  if (!isBlankCell(v)) return cellText(v);
  const m = mergeAt(merges, r, c);
  if (!m || (m.startRow === r && m.startCol === c)) return null;
  return cellText(view.row(m.startRow)[m.startCol] ?? null);
}

export function headerBlock(view: SheetView, row: number): HeaderBlock {
  const merges = view.merges.filter((m) => m.startRow <= row + 2 && m.endRow >= row);
  let end = row;
  for (const m of merges) {
    if (m.startRow === row && m.endRow > row) end = Math.max(end, Math.min(m.endRow, row + 2));
  }
  let width = 0;
  for (let r = row; r <= end; r++) width = Math.max(width, view.row(r).length);
  for (const m of merges) width = Math.max(width, m.endCol + 1);
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    let leaf = '';
    for (let r = end; r >= row && leaf === ''; r--) leaf = textAt(view, merges, r, c) ?? '';
    texts.push(leaf);
  }
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return { row, end, texts };
}

export interface HeaderGuess {
  block: HeaderBlock;
  kind: SheetKind;
  match: ColumnMatch;
}

function looksLikeTitle(view: SheetView, row: number, nonEmpty: number): boolean {
  if (nonEmpty < 2) return true;
  if (nonEmpty > 2) return false;
  return view.merges.some((m) => m.startRow === row && m.endRow === row && m.endCol - m.startCol >= 3);
}

/** The best-scoring header among the first rows for any of the kinds, or null below minScore. */
export function detectHeader(
  view: SheetView,
  kinds: readonly SheetKind[],
  minScore: number,
): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  const last = Math.min(MAX_HEADER_ROW, view.rowCount);
  for (let r = 0; r < last; r++) {
    const raw = view.row(r);
    let rawNonBlank = 0;
    for (const v of raw) if (!isBlankCell(v)) rawNonBlank++;
    if (rawNonBlank === 0 && !view.merges.some((m) => m.startRow < r && m.endRow >= r)) continue;
    const block = headerBlock(view, r);
    const nonEmpty = block.texts.reduce((n, t) => (t ? n + 1 : n), 0);
    if (looksLikeTitle(view, r, nonEmpty)) continue;
    for (const kind of kinds) {
      const match = matchColumns(block.texts, kind);
      if (best === null || match.score > best.match.score) best = { block, kind, match };
    }
  }
  return best !== null && best.match.score >= minScore ? best : null;
}

/** True when the first rows hold anything at all (an empty sheet is ignored without a word). */
export function hasContent(view: SheetView): boolean {
  const last = Math.min(MAX_HEADER_ROW * 2, view.rowCount);
  for (let r = 0; r < last; r++) for (const v of view.row(r)) if (!isBlankCell(v)) return true;
  return false;
}
