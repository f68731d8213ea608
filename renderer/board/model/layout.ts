/**
 * Card heights, in CSS pixels. The virtual lanes position rows by these numbers (never by
 * measuring), so board-cards.css must draw exactly these heights: every line is one line high
 * (ellipsis), whatever the text or the display scaling.
 */
export const CARD_HEIGHT = 68;
/** The gap below each card. */
export const ROW_GAP = 6;
/** The "已并入 N 个群" line of a merge stack. */
export const STACK_LINE = 22;
/** One source row of an expanded stack. */
export const SOURCE_ROW = 24;
/** Padding around the expanded source rows. */
export const SOURCE_PAD = 6;

export function rowHeight(sourceCount: number, expanded: boolean): number {
  if (sourceCount === 0) return CARD_HEIGHT + ROW_GAP;
  const list = expanded ? SOURCE_PAD + sourceCount * SOURCE_ROW : 0;
  return CARD_HEIGHT + STACK_LINE + list + ROW_GAP;
}
