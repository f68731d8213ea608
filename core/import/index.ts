/**
 * The roster importer's entry points: analyzeWorkbook for the import wizard (kinds, header rows,
 * column mappings) and importRoster, which turns one or several workbooks into one Roster plus
 * every Problem found. Pure: workbooks arrive as RawWorkbook values from a file adapter.
 *
 * Phases, over all files at once so that roll-ups and cross-file references work: analysis →
 * 单位 sheets → 工作群 sheets (deriving units where a file has no 单位 sheet) → units finalised
 * (types inferred, parents resolved) → 成员 sheets → the clerk's plan resolved → 填报日期.
 */
import { hasErrors } from '../problems';
import type { Roster, UnitType } from '../roster/model';
import { analyzeSheet, applyPrecedence, type AnalyzedSheet } from './analyze';
import { resolveClerkPlans } from './clerk-plan';
import { ImportContext, type SheetRef } from './context';
import { readGroupsSheet, type GroupSheetEnv } from './groups';
import { GroupRegistry } from './rollup';
import { emptyMapping, headerSignature, type SavedMapping } from './mapping';
import { MemberBook } from './members';
import type { RawCell, RawWorkbook } from './raw';
import type { FoundDate } from './report-date';
import { isInstructionSheetName } from './sheet-kind';
import { RowReader } from './sheet-reader';
import { SheetView } from './sheet-view';
import type { ImportOptions, ImportResult, SheetAnalysis, SheetChoice } from './types';
import { readUnitsSheet, UnitRegistry } from './units';
import { settleReportDate } from './roster-date';

export type {
  CellEdit,
  ColumnMapping,
  ImportOptions,
  ImportResult,
  KindSource,
  RowRef,
  SavedMapping,
  SheetAnalysis,
  SheetChoice,
} from './types';
export { headerSignature } from './mapping';
export { analyzeSheetAs, sheetRowsAt } from './sheet-at';
export { unitIdOf } from './units';
export { derivedGroupId } from './rollup';

type Edits = Map<number, Map<number, RawCell>>;

function bySheet<T>(items: readonly T[] | undefined, file: string, key: (t: T) => [string, string]): T[] {
  return (items ?? []).filter((t) => key(t)[0] === file);
}

function savedIndex(saved: readonly SavedMapping[] | undefined): Map<string, SavedMapping> {
  const m = new Map<string, SavedMapping>();
  for (const s of saved ?? []) if (!m.has(s.signature)) m.set(s.signature, s);
  return m;
}

function analyzeBook(
  wb: RawWorkbook,
  options: ImportOptions,
  saved: ReadonlyMap<string, SavedMapping>,
): AnalyzedSheet[] {
  const choices = new Map<string, SheetChoice>();
  for (const c of bySheet(options.choices, wb.file, (c) => [c.file, c.sheet])) choices.set(c.sheet, c);
  const edits = new Map<string, Edits>();
  for (const e of bySheet(options.cellEdits, wb.file, (e) => [e.file, e.sheet])) {
    if (!Number.isInteger(e.row) || e.row < 1 || !Number.isInteger(e.column) || e.column < 0) continue;
    let sheet = edits.get(e.sheet);
    if (!sheet) edits.set(e.sheet, (sheet = new Map()));
    let row = sheet.get(e.row - 1);
    if (!row) sheet.set(e.row - 1, (row = new Map()));
    row.set(e.column, e.value);
  }
  const sheets = wb.sheets.map((sh) =>
    analyzeSheet(new SheetView(sh, edits.get(sh.name)), {
      file: wb.file,
      date1904: wb.date1904,
      saved,
      choices,
    }),
  );
  applyPrecedence(sheets);
  return sheets;
}

/** Sheet kinds, header rows and column mappings of one workbook, for the import wizard. */
export function analyzeWorkbook(
  wb: RawWorkbook,
  options: { savedMappings?: SavedMapping[] } = {},
): SheetAnalysis[] {
  return analyzeBook(wb, {}, savedIndex(options.savedMappings)).map((s) => s.analysis);
}

/** The mapping to remember for next time (the wizard stores it after the clerk confirms). */
export function savedMappingOf(analysis: SheetAnalysis): SavedMapping | null {
  if (analysis.kind === null || analysis.headerRow === null) return null;
  return {
    signature: headerSignature(analysis.headers),
    kind: analysis.kind,
    mapping: Object.assign(emptyMapping(), analysis.mapping),
  };
}

interface Book {
  wb: RawWorkbook;
  fileIndex: number;
  sheets: AnalyzedSheet[];
}

export function importRoster(workbooks: RawWorkbook[], options: ImportOptions = {}): ImportResult {
  const ctx = new ImportContext(
    workbooks.map((w) => ({ file: w.file, sheets: w.sheets })),
    options,
  );
  const saved = savedIndex(options.savedMappings);
  const books: Book[] = workbooks.map((wb, fileIndex) => ({
    wb,
    fileIndex,
    sheets: analyzeBook(wb, options, saved),
  }));
  for (const b of books) for (const s of b.sheets) for (const p of s.analysis.problems ?? []) ctx.push(p);
  checkWorkbooks(ctx, books);

  const excluded = new Map<string, Set<number>>();
  for (const r of options.excludedRows ?? []) {
    const key = `${r.file}\u0000${r.sheet}`;
    let set = excluded.get(key);
    if (!set) excluded.set(key, (set = new Set()));
    set.add(r.row);
  }
  const dates: FoundDate[] = [];
  let slot = 0;
  const readers = (kind: 'units' | 'groups' | 'members'): Array<{ book: Book; reader: RowReader }> => {
    const out: Array<{ book: Book; reader: RowReader }> = [];
    for (const book of books) {
      for (const s of book.sheets) {
        const a = s.analysis;
        if (a.kind !== kind || s.dataStart < 0) continue;
        if (s.reportDate) dates.push(s.reportDate);
        const ref: SheetRef = {
          file: book.wb.file,
          fileIndex: book.fileIndex,
          sheet: a.sheet,
          kind,
          mapping: a.mapping,
          headers: a.headers,
          slot: slot++,
        };
        const skip = excluded.get(`${book.wb.file}\u0000${a.sheet}`);
        out.push({
          book,
          reader: new RowReader(ref, s.view, s.dataStart, skip, ctx, book.wb.date1904, (d) => dates.push(d)),
        });
      }
    }
    return out;
  };

  const units = new UnitRegistry(ctx);
  for (const { reader } of readers('units')) readUnitsSheet(reader, units);

  const groups = new GroupRegistry(ctx);
  const env: Omit<GroupSheetEnv, 'fileHasUnitsSheet'> = {
    ctx,
    units,
    groups,
    platforms: new Map(),
    categories: new Map(),
  };
  for (const { book, reader } of readers('groups')) {
    const fileHasUnitsSheet = book.sheets.some((s) => s.analysis.kind === 'units' && s.dataStart >= 0);
    readGroupsSheet(reader, { ...env, fileHasUnitsSheet });
  }
  const unitList = units.finalize();

  const unitTypes = new Map<string, UnitType>(unitList.map((u) => [u.id, u.type]));
  const members = new MemberBook(ctx, groups, unitTypes);
  for (const { reader } of readers('members')) members.read(reader);
  members.checkCounts();

  resolveClerkPlans(ctx, groups);
  const reportDate = settleReportDate(ctx, dates);

  const problems = ctx.finish();
  const analyses = books.map((b) => ({ file: b.wb.file, sheets: b.sheets.map((s) => s.analysis) }));
  if (hasErrors(problems)) return { roster: null, problems, analyses };
  const roster: Roster = {
    units: unitList,
    groups: groups.drafts.map((d) => d.group),
    people: members.people,
    memberships: members.memberships,
    reportDate,
    files: workbooks.map((w) => w.file),
  };
  return { roster, problems, analyses };
}

/**
 * A workbook without a groups sheet: its unrecognised data sheets get SHEET_NO_HEADER; failing
 * those, SHEET_NO_GROUPS when it has no recognised sheet at all or no file of the import has
 * groups (a 单位-only file beside the groups files is a legitimate roll-up input).
 */
function checkWorkbooks(ctx: ImportContext, books: Book[]): void {
  const importHasGroups = books.some((b) => b.sheets.some((s) => s.analysis.kind === 'groups'));
  for (const b of books) {
    if (b.sheets.some((s) => s.analysis.kind === 'groups')) continue;
    const unread = b.sheets.filter(
      (s) =>
        s.analysis.kind === null &&
        s.analysis.kindSource === null &&
        s.content &&
        !isInstructionSheetName(s.analysis.sheet),
    );
    for (const s of unread) {
      ctx.error(
        'SHEET_NO_HEADER',
        { file: b.wb.file, sheet: s.analysis.sheet },
        '前 15 行中找不到工作群表的表头（应有“群名称”“所属单位”“平台”等列）。请检查表头，或在导入时指定表头所在行和各列。',
      );
    }
    if (unread.length > 0) continue;
    const hasAny = b.sheets.some((s) => s.analysis.kind !== null);
    if (!hasAny || !importHasGroups) {
      ctx.error(
        'SHEET_NO_GROUPS',
        { file: b.wb.file },
        '没有找到工作群表（应为名为“工作群”的工作表，或表头有“群名称”“所属单位”“平台”等列的工作表）。',
      );
    }
  }
}
