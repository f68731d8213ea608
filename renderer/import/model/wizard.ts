/**
 * The import wizard's state and its changes, as pure functions (state in, new state out). The
 * files themselves stay in the host's session; the wizard holds what the clerk decided about
 * them: which files and sheets to import, each sheet's kind, header row and column mapping, the
 * cells she corrected and the rows she excluded, and the latest check of all that.
 */
import type { SheetKind } from '../../../core/import/fields';
import type {
  CellEdit,
  ColumnMapping,
  ImportResult,
  RowRef,
  SheetAnalysis,
} from '../../../core/import/types';
import type { Problem } from '../../../core/problems';
import type { ImportFile, ImportSession } from '../../../preload/contract';

export const WIZARD_STEPS = ['files', 'sheets', 'header', 'mapping', 'check', 'finish'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const STEP_LABELS: Record<WizardStep, string> = {
  files: '选择文件',
  sheets: '工作表',
  header: '表头行',
  mapping: '列对应',
  check: '检查',
  finish: '完成',
};

export interface SheetRef {
  file: string;
  sheet: string;
}

export interface SheetState extends SheetRef {
  /** The host's latest reading of the sheet; kind, header row and mapping start from it. */
  analysis: SheetAnalysis;
  /** null: not imported. */
  kind: SheetKind | null;
  /** 1-based; null when no header was found (the clerk must point at it). */
  headerRow: number | null;
  /** Field key → 0-based column. */
  mapping: ColumnMapping;
  /** Columns whose field the clerk chose herself on 列对应. */
  manualColumns: number[];
  /** The clerk chose the kind on 工作表 (else it is the analysis'). */
  kindChosen: boolean;
}

export interface WizardFile {
  file: string;
  ok: boolean;
  /** Why the file could not be read. */
  problem: Problem | null;
  warnings: Problem[];
  format: ImportFile['format'];
  encoding: ImportFile['encoding'];
  /** Left out of the import: the clerk's choice, or always when the file could not be read. */
  skipped: boolean;
  sheets: SheetState[];
}

export interface WizardState {
  step: WizardStep;
  sessionId: string | null;
  files: WizardFile[];
  cellEdits: CellEdit[];
  excludedRows: RowRef[];
  /** The latest check (importRoster) of exactly these choices; null when something changed since. */
  result: ImportResult | null;
  /** Bumps on every change that makes a check stale (a check answering an older revision is dropped). */
  revision: number;
  /** The clerk has read the warnings and goes on. */
  warningsConfirmed: boolean;
}

export const emptyWizard = (): WizardState => ({
  step: 'files',
  sessionId: null,
  files: [],
  cellEdits: [],
  excludedRows: [],
  result: null,
  revision: 0,
  warningsConfirmed: false,
});

export function sheetFromAnalysis(file: string, analysis: SheetAnalysis, kindChosen = false): SheetState {
  return {
    file,
    sheet: analysis.sheet,
    analysis,
    kind: analysis.kind,
    headerRow: analysis.headerRow,
    mapping: { ...analysis.mapping },
    manualColumns: [],
    kindChosen,
  };
}

/** A fresh wizard on a session the host has just read. */
export function wizardFromSession(session: ImportSession): WizardState {
  return {
    ...emptyWizard(),
    sessionId: session.sessionId,
    files: session.files.map((f) => ({
      file: f.file,
      ok: f.ok,
      problem: f.problem,
      warnings: f.warnings,
      format: f.format ?? null,
      encoding: f.encoding ?? null,
      skipped: !f.ok,
      sheets: f.sheets.map((a) => sheetFromAnalysis(f.file, a)),
    })),
  };
}

export const sameSheet = (a: SheetRef, b: SheetRef): boolean => a.file === b.file && a.sheet === b.sheet;

export const sameRow = (a: RowRef, b: RowRef): boolean => sameSheet(a, b) && a.row === b.row;

export const usedFiles = (s: WizardState): WizardFile[] => s.files.filter((f) => !f.skipped);

/** Sheets that will be imported: a kind, in a file not left out. */
export const usedSheets = (s: WizardState): SheetState[] =>
  usedFiles(s).flatMap((f) => f.sheets.filter((sh) => sh.kind !== null));

export function findSheet(s: WizardState, ref: SheetRef): SheetState | undefined {
  return s.files.find((f) => f.file === ref.file)?.sheets.find((sh) => sh.sheet === ref.sheet);
}

/** Any change to what is imported: the last check no longer holds. */
const stale = (s: WizardState, fields: Partial<WizardState>): WizardState => ({
  ...s,
  ...fields,
  result: null,
  warningsConfirmed: false,
  revision: s.revision + 1,
});

function updateSheet(s: WizardState, ref: SheetRef, change: (sh: SheetState) => SheetState): WizardState {
  return stale(s, {
    files: s.files.map((f) =>
      f.file !== ref.file
        ? f
        : { ...f, sheets: f.sheets.map((sh) => (sh.sheet === ref.sheet ? change(sh) : sh)) },
    ),
  });
}

export const goTo = (s: WizardState, step: WizardStep): WizardState => ({ ...s, step });

/** Leaves a file out of the import, or takes it back (a file that could not be read stays out). */
export function setFileSkipped(s: WizardState, file: string, skipped: boolean): WizardState {
  return stale(s, {
    files: s.files.map((f) => (f.file === file ? { ...f, skipped: f.ok ? skipped : true } : f)),
  });
}

/**
 * True when choosing `kind` needs the host to read the sheet again (another kind than the one
 * its analysis is for); 不导入, or going back to the analysed kind, is decided here.
 */
export const kindNeedsAnalysis = (sheet: SheetState, kind: SheetKind | null): boolean =>
  kind !== null && kind !== sheet.analysis.kind;

/** 不导入, or back to the kind the sheet was analysed as (its header row and mapping come back too). */
export function setSheetKind(s: WizardState, ref: SheetRef, kind: SheetKind | null): WizardState {
  return updateSheet(s, ref, (sh) => {
    if (kind === null) return { ...sh, kind: null, kindChosen: true };
    if (kind !== sh.analysis.kind) return sh;
    return { ...sheetFromAnalysis(sh.file, sh.analysis, sh.kindChosen || kind !== sh.kind), kind };
  });
}

/** The host read the sheet again (another kind or header row): its mapping starts afresh. */
export function applySheetAnalysis(
  s: WizardState,
  ref: SheetRef,
  analysis: SheetAnalysis,
  options: { kindChosen?: boolean } = {},
): WizardState {
  return updateSheet(s, ref, (sh) =>
    sheetFromAnalysis(sh.file, analysis, options.kindChosen ?? sh.kindChosen),
  );
}

/** The field column `column` is imported as, or null. */
export function fieldOfColumn(mapping: ColumnMapping, column: number): string | null {
  for (const key of Object.keys(mapping)) if (mapping[key] === column) return key;
  return null;
}

/**
 * Column `column` imported as `field` (null: not imported). Each field has one column and each
 * column one field: a field taken from another column leaves that column unmapped.
 */
export function setColumnField(
  s: WizardState,
  ref: SheetRef,
  column: number,
  field: string | null,
): WizardState {
  return updateSheet(s, ref, (sh) => {
    const mapping: ColumnMapping = {};
    for (const key of Object.keys(sh.mapping)) {
      const col = sh.mapping[key];
      if (col === undefined || col === column || key === field) continue;
      mapping[key] = col;
    }
    if (field !== null) mapping[field] = column;
    const manual = sh.manualColumns.filter((c) => c !== column);
    return { ...sh, mapping, manualColumns: [...manual, column].sort((a, b) => a - b) };
  });
}

/** A corrected cell (the latest value for a cell replaces an earlier one). */
export function addCellEdit(s: WizardState, edit: CellEdit): WizardState {
  const others = s.cellEdits.filter((e) => !(sameRow(e, edit) && e.column === edit.column));
  return stale(s, { cellEdits: [...others, edit] });
}

export function removeCellEdit(s: WizardState, cell: Omit<CellEdit, 'value'>): WizardState {
  return stale(s, {
    cellEdits: s.cellEdits.filter((e) => !(sameRow(e, cell) && e.column === cell.column)),
  });
}

export const isExcluded = (s: WizardState, ref: RowRef): boolean =>
  s.excludedRows.some((r) => sameRow(r, ref));

export function setRowExcluded(s: WizardState, ref: RowRef, excluded: boolean): WizardState {
  if (isExcluded(s, ref) === excluded) return s;
  const rows = s.excludedRows.filter((r) => !sameRow(r, ref));
  return stale(s, {
    excludedRows: excluded ? [...rows, { file: ref.file, sheet: ref.sheet, row: ref.row }] : rows,
  });
}

/** The host's check of revision `revision`; dropped when the choices changed meanwhile. */
export function applyResult(s: WizardState, revision: number, result: ImportResult): WizardState {
  if (revision !== s.revision) return s;
  return { ...s, result, warningsConfirmed: false };
}

export const confirmWarnings = (s: WizardState, confirmed: boolean): WizardState => ({
  ...s,
  warningsConfirmed: confirmed,
});

/** The value typed for a cell, or undefined when it was not corrected. */
export function editedValue(s: WizardState, ref: RowRef, column: number): CellEdit['value'] | undefined {
  return s.cellEdits.find((e) => sameRow(e, ref) && e.column === column)?.value;
}
