/**
 * Rule 7 (DESIGN §4a): ties are broken by the larger member count, then the more recent
 * activity, then 群编号 (the group id) ascending. One comparator for every rule, so that a
 * group's rank never depends on the order of the roster's rows.
 */

export interface Ranked {
  readonly id: string;
  /** mergedSize of the group (or of the groups already merged into it). */
  readonly size: number;
  /** ISO date or null; null ranks after any date. */
  readonly lastActive: string | null;
}

/** Plain code-unit order: locale-independent, so every PC sorts the same way. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Later activity first; no activity last. */
export function compareRecency(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** Negative when `a` ranks first (it is the larger one, the one that absorbs or stays). */
export function compareRank(a: Ranked, b: Ranked): number {
  if (a.size !== b.size) return b.size - a.size;
  return compareRecency(a.lastActive, b.lastActive) || compareText(a.id, b.id);
}

/** Most recently active first, then rule 7 (rule 3's last-group guard). */
export const compareMostRecent = (a: Ranked, b: Ranked): number =>
  compareRecency(a.lastActive, b.lastActive) || compareRank(a, b);
