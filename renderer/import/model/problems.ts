/**
 * The 检查 step's list: errors first, then warnings, grouped by cause (code) with counts, each
 * problem with its place (file / sheet / row / column (header)) and its message without the
 * place repeated. Flat items, so a virtualised list can draw thousands.
 */
import { describePlace, type Problem, type ProblemCode, type ProblemLevel } from '../../../core/problems';
import type { RowRef } from '../../../core/import/types';
import { PROBLEM_MESSAGES, problemText } from '../../errors/messages';
import { columnIndex } from './grid';

export interface ProblemGroup {
  key: string;
  level: ProblemLevel;
  code: ProblemCode;
  /** The cause in general words (errors/messages.ts). */
  title: string;
  problems: Problem[];
}

export type ProblemItem =
  | { type: 'group'; key: string; group: ProblemGroup; collapsed: boolean }
  | { type: 'problem'; key: string; problem: Problem; index: number };

/** Groups by level (errors first) and code, each in the order its first problem came. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const level of ['error', 'warning'] as const) {
    for (const p of problems) {
      if (p.level !== level) continue;
      const key = `${level}:${p.code}`;
      let g = groups.get(key);
      if (!g) {
        g = { key, level, code: p.code, title: PROBLEM_MESSAGES[p.code] ?? p.code, problems: [] };
        groups.set(key, g);
      }
      g.problems.push(p);
    }
  }
  return [...groups.values()];
}

/** The groups as list items: each group's heading, then (unless collapsed) its problems. */
export function problemItems(groups: readonly ProblemGroup[], collapsed: ReadonlySet<string>): ProblemItem[] {
  const items: ProblemItem[] = [];
  for (const group of groups) {
    const isCollapsed = collapsed.has(group.key);
    items.push({ type: 'group', key: group.key, group, collapsed: isCollapsed });
    if (isCollapsed) continue;
    group.problems.forEach((problem, index) =>
      items.push({ type: 'problem', key: `${group.key}:${index}`, problem, index }),
    );
  }
  return items;
}

/** The row a problem points at, when it names one. */
export function rowRefOf(p: Problem): RowRef | null {
  if (p.file === null || p.sheet === null || p.row === null) return null;
  return { file: p.file, sheet: p.sheet, row: p.row };
}

/** The cell a problem points at: its row and 0-based column, when it names both. */
export function cellOf(p: Problem): (RowRef & { column: number }) | null {
  const ref = rowRefOf(p);
  const column = columnIndex(p.column);
  return ref && column !== null ? { ...ref, column } : null;
}

export interface ProblemPlaceText {
  file: string;
  sheet: string;
  /** 第 12 行, or '' for a whole file or sheet. */
  row: string;
  /** C 列（成员数）, or ''. */
  column: string;
}

export function placeText(p: Problem): ProblemPlaceText {
  const column = p.column
    ? `${p.column} 列${p.header ? `（${p.header}）` : ''}`
    : p.header
      ? `（${p.header}）`
      : '';
  return {
    file: p.file ?? '',
    sheet: p.sheet ?? '',
    row: p.row !== null ? `第 ${p.row} 行` : '',
    column,
  };
}

/** The message without the place it starts with (the list shows the place in its own columns). */
export function messageWithoutPlace(p: Problem): string {
  const text = problemText(p);
  const prefix = describePlace(p);
  if (prefix !== '' && text.startsWith(`${prefix}：`)) return text.slice(prefix.length + 1);
  return text;
}
