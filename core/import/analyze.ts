/**
 * Analysis of one workbook: for each sheet its kind, header row and column mapping, as the
 * import wizard shows them and importRoster uses them. A saved mapping or the clerk's choice
 * overrides what is detected.
 */
import { columnLetter, describePlace, problem, type Problem } from '../problems';
import { FIELDS_BY_KIND, SHEET_KIND_LABELS, type SheetKind } from './fields';
import { detectHeader, hasContent, headerBlock, MAX_HEADER_ROW, type HeaderBlock } from './header';
import {
  cleanMapping,
  emptyMapping,
  headerSignature,
  matchColumns,
  missingRequired,
  type ColumnMapping,
  type SavedMapping,
} from './mapping';
import type { RawCell } from './raw';
import { findDateInRow, type FoundDate } from './report-date';
import { kindFromSheetName, rankKinds, SHEET_KINDS } from './sheet-kind';
import type { SheetView } from './sheet-view';
import type { KindSource, SheetAnalysis, SheetChoice } from './types';

const PREVIEW_ROWS = 20;

/** What importRoster needs beyond the public analysis. */
export interface AnalyzedSheet {
  view: SheetView;
  analysis: SheetAnalysis;
  /** 0-based first data row; -1 when the sheet is not read. */
  dataStart: number;
  reportDate: FoundDate | null;
  content: boolean;
}

export interface AnalyzeContext {
  file: string;
  date1904: boolean;
  saved: ReadonlyMap<string, SavedMapping>;
  choices: ReadonlyMap<string, SheetChoice>;
}

interface Decided {
  kind: SheetKind | null;
  source: KindSource | null;
  block: HeaderBlock | null;
  mapping: ColumnMapping;
  duplicates: Array<{ field: string; column: number; first: number }>;
}

function decide(view: SheetView, ctx: AnalyzeContext): Decided {
  const choice = ctx.choices.get(view.name);
  if (choice) {
    if (choice.kind === null)
      return { kind: null, source: 'choice', block: null, mapping: emptyMapping(), duplicates: [] };
    const row = Math.max(0, Math.floor(choice.headerRow) - 1);
    return {
      kind: choice.kind,
      source: 'choice',
      block: headerBlock(view, row),
      mapping: cleanMapping(choice.kind, choice.mapping),
      duplicates: [],
    };
  }
  if (ctx.saved.size > 0) {
    const last = Math.min(MAX_HEADER_ROW, view.rowCount);
    for (let r = 0; r < last; r++) {
      const block = headerBlock(view, r);
      if (block.texts.length === 0) continue;
      const saved = ctx.saved.get(headerSignature(block.texts));
      if (saved) {
        return {
          kind: saved.kind,
          source: 'saved',
          block,
          mapping: cleanMapping(saved.kind, saved.mapping),
          duplicates: [],
        };
      }
    }
  }
  const nameKind = kindFromSheetName(view.name);
  // A hidden sheet (the lists behind drop-downs) is used only when its name says what it is.
  if (!nameKind && view.hidden)
    return { kind: null, source: null, block: null, mapping: emptyMapping(), duplicates: [] };
  const guess = detectHeader(view, nameKind ? [nameKind] : SHEET_KINDS, nameKind ? 3 : 4);
  if (!guess)
    return {
      kind: nameKind,
      source: nameKind ? 'name' : null,
      block: null,
      mapping: emptyMapping(),
      duplicates: [],
    };
  const kind = nameKind ?? rankKinds(guess.block.texts)[0]?.kind ?? guess.kind;
  const match = kind === guess.kind ? guess.match : matchColumns(guess.block.texts, kind);
  return {
    kind,
    source: nameKind ? 'name' : 'header',
    block: guess.block,
    mapping: match.mapping,
    duplicates: match.duplicates,
  };
}

const headerOf = (kind: SheetKind, key: string): string =>
  FIELDS_BY_KIND[kind].find((f) => f.key === key)?.header ?? key;

export function analyzeSheet(view: SheetView, ctx: AnalyzeContext): AnalyzedSheet {
  const d = decide(view, ctx);
  const content = hasContent(view);
  const problems: Problem[] = [];
  const sheetPlace = { file: ctx.file, sheet: view.name };
  const preview: RawCell[][] = [];
  for (let r = 0; r < Math.min(PREVIEW_ROWS, view.rowCount); r++) preview.push(view.row(r).slice());
  const headers = d.block ? d.block.texts : [];
  const mapped = new Set(Object.values(d.mapping));
  const duplicateCols = new Set(d.duplicates.map((x) => x.column));
  const unmatchedHeaders = headers.filter((h, c) => h !== '' && !mapped.has(c) && !duplicateCols.has(c));
  const missing = d.kind && d.block ? missingRequired(d.kind, d.mapping) : [];
  let ignoredReason: string | null = null;

  if (d.kind && d.block) {
    const headerRow = d.block.row + 1;
    for (const dup of d.duplicates) {
      const place = {
        ...sheetPlace,
        row: headerRow,
        column: columnLetter(dup.column),
        header: headers[dup.column] ?? '',
      };
      const first = `${columnLetter(dup.first)} 列“${headers[dup.first] ?? ''}”`;
      problems.push(
        problem(
          'warning',
          'SHEET_DUPLICATE_COLUMN',
          `${describePlace(place)}：与 ${first}都对应“${headerOf(d.kind, dup.field)}”，已按 ${first}导入，本列未导入。`,
          place,
          `field=${dup.field}`,
        ),
      );
    }
    for (const key of missing) {
      const name = d.kind === 'members' && key === 'groupCode' ? '群编号”或“群名称' : headerOf(d.kind, key);
      problems.push(
        problem(
          'error',
          'SHEET_MISSING_COLUMN',
          `${describePlace(sheetPlace)}：表头（第 ${headerRow} 行）缺少“${name}”列。请在表头加上该列，或在导入时为它指定一列。`,
          { ...sheetPlace, row: headerRow },
          `field=${key}`,
        ),
      );
    }
  } else if (d.kind && content) {
    problems.push(
      problem(
        'error',
        'SHEET_NO_HEADER',
        `${describePlace(sheetPlace)}：作为“${SHEET_KIND_LABELS[d.kind]}”表，在前 ${MAX_HEADER_ROW} 行中找不到表头（应有${requiredHint(d.kind)}等列）。请检查表头，或在导入时指定表头所在行。`,
        sheetPlace,
      ),
    );
  } else if (!d.kind) {
    ignoredReason =
      d.source === 'choice'
        ? '已选择不导入此表'
        : !content
          ? '空工作表'
          : view.hidden
            ? '隐藏的工作表'
            : '未识别到单位、工作群或成员表头';
  }

  let reportDate: FoundDate | null = null;
  const titleEnd = d.block ? d.block.row : 0;
  for (let r = 0; r < titleEnd && reportDate === null; r++) {
    reportDate = findDateInRow(view.row(r), ctx.date1904, { ...sheetPlace, row: r + 1 });
  }

  const analysis: SheetAnalysis = {
    sheet: view.name,
    kind: d.kind,
    headerRow: d.block ? d.block.row + 1 : null,
    mapping: d.mapping,
    headers,
    unmatchedHeaders,
    missingRequired: missing,
    preview,
    headerRows: d.block ? d.block.end - d.block.row + 1 : 0,
    firstDataRow: d.block ? d.block.end + 2 : null,
    kindSource: d.source,
    ignoredReason,
    reportDate: reportDate?.iso ?? null,
    problems,
  };
  const readable = d.kind !== null && d.block !== null && missing.length === 0;
  return {
    view,
    analysis,
    dataStart: readable && d.block ? d.block.end + 1 : -1,
    reportDate,
    content: content && !view.hidden,
  };
}

function requiredHint(kind: SheetKind): string {
  return FIELDS_BY_KIND[kind]
    .filter((f) => f.required)
    .map((f) => `“${f.header}”`)
    .join('');
}

/**
 * A kind decided by a sheet's name (or a saved mapping, or the clerk) wins over the same kind
 * guessed from another sheet's header: an exported report has 工作群 beside 处置清单 and
 * 保留群台账, whose headers look like groups too.
 */
export function applyPrecedence(sheets: AnalyzedSheet[]): void {
  const strong = new Map<SheetKind, string>();
  for (const s of sheets) {
    const a = s.analysis;
    if (a.kind && a.kindSource !== 'header' && !strong.has(a.kind)) strong.set(a.kind, a.sheet);
  }
  for (const s of sheets) {
    const a = s.analysis;
    if (!a.kind || a.kindSource !== 'header') continue;
    const by = strong.get(a.kind);
    if (by === undefined) continue;
    a.ignoredReason = `已有工作表“${by}”作为${SHEET_KIND_LABELS[a.kind]}表`;
    a.kind = null;
    a.mapping = emptyMapping();
    a.missingRequired = [];
    a.problems = [];
    s.dataStart = -1;
  }
}
