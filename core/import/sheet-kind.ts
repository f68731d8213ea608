/**
 * What a sheet holds: units, groups or members. A sheet name from SHEET_NAME_SYNONYMS decides
 * outright (工作群（望月湖街道） too); otherwise the header row decides by which field set it
 * matches best, a set whose required fields are all there winning over one with more matches.
 */
import { SHEET_NAME_SYNONYMS, type SheetKind } from './fields';
import { matchColumns, missingRequired, type ColumnMatch } from './mapping';
import { keyTerms, normalizeHeader } from './text';

export const SHEET_KINDS: readonly SheetKind[] = ['groups', 'members', 'units'];

const NAME_TO_KIND = new Map<string, SheetKind>();
for (const kind of SHEET_KINDS) {
  for (const name of SHEET_NAME_SYNONYMS[kind]) NAME_TO_KIND.set(normalizeHeader(name), kind);
}

export function kindFromSheetName(name: string): SheetKind | null {
  const n = normalizeHeader(name);
  return NAME_TO_KIND.get(n) ?? NAME_TO_KIND.get(keyTerms(n)) ?? null;
}

/** Instructions and option lists: never data, so never a SHEET_NO_HEADER either. */
const INSTRUCTION_WORDS = [
  '说明',
  '须知',
  '注意',
  '指南',
  '帮助',
  '字典',
  '选项',
  '下拉',
  '填表',
  '示例',
  '样例',
  '模板说明',
];

export function isInstructionSheetName(name: string): boolean {
  const n = normalizeHeader(name);
  return INSTRUCTION_WORDS.some((w) => n.includes(w));
}

const COMPLETE_BONUS = 3;

export interface KindRanking {
  kind: SheetKind;
  match: ColumnMatch;
  complete: boolean;
}

/**
 * The kinds ranked for a header row: by score, with a bonus for having every required column
 * (a units header also matches 所属单位/在编人数 of the groups fields, but only units is
 * complete), then groups > members > units. The bonus is smaller than two exact matches, so a
 * groups sheet that lacks 平台 stays a groups sheet (and gets SHEET_MISSING_COLUMN).
 */
export function rankKinds(
  headers: readonly string[],
  kinds: readonly SheetKind[] = SHEET_KINDS,
): KindRanking[] {
  const ranked = kinds.map((kind) => {
    const match = matchColumns(headers, kind);
    return { kind, match, complete: missingRequired(kind, match.mapping).length === 0 };
  });
  const strength = (r: KindRanking): number => r.match.score + (r.complete ? COMPLETE_BONUS : 0);
  ranked.sort(
    (a, b) =>
      strength(b) - strength(a) ||
      b.match.score - a.match.score ||
      SHEET_KINDS.indexOf(a.kind) - SHEET_KINDS.indexOf(b.kind),
  );
  return ranked;
}
