/** The importer's public shapes, used by the import wizard, the CLI and the tests. */
import type { Policy } from '../policy/schema';
import type { Problem } from '../problems';
import type { Roster } from '../roster/model';
import type { SheetKind } from './fields';
import type { ColumnMapping, SavedMapping } from './mapping';
import type { RawCell } from './raw';

export type { ColumnMapping, SavedMapping } from './mapping';

/** How a sheet's kind was decided. */
export type KindSource = 'name' | 'header' | 'saved' | 'choice';

export interface SheetAnalysis {
  sheet: string;
  /** null: the sheet is ignored (see ignoredReason). */
  kind: SheetKind | null;
  /** 1-based row of the header (its first row when it spans several); null when none was found. */
  headerRow: number | null;
  mapping: ColumnMapping;
  /** The header texts per column (a multi-row header's texts joined). */
  headers: string[];
  /** Non-empty headers that no field took (not an error). */
  unmatchedHeaders: string[];
  /** Field keys of required fields without a column. */
  missingRequired: string[];
  /** The first rows of the sheet, as read (cell edits applied), for the wizard. */
  preview: RawCell[][];
  /** How many rows the header spans (a vertically merged two-row header is 2). */
  headerRows?: number;
  /** 1-based row where data starts; null without a header. */
  firstDataRow?: number | null;
  kindSource?: KindSource | null;
  /** Why a sheet with content is ignored, in Chinese; null when it is used. */
  ignoredReason?: string | null;
  /** 填报日期 found in the title rows, ISO. */
  reportDate?: string | null;
  /** Sheet-level problems: duplicate or missing columns, no header. */
  problems?: Problem[];
}

export interface SheetChoice {
  file: string;
  sheet: string;
  /** null: ignore this sheet. */
  kind: SheetKind | null;
  /** 1-based. */
  headerRow: number;
  mapping: ColumnMapping;
}

export interface CellEdit {
  file: string;
  sheet: string;
  /** 1-based, as Excel shows it. */
  row: number;
  /** 0-based. */
  column: number;
  value: RawCell;
}

export interface RowRef {
  file: string;
  sheet: string;
  /** 1-based. */
  row: number;
}

export interface ImportOptions {
  /** Overrides the analysis per sheet. */
  choices?: SheetChoice[];
  savedMappings?: SavedMapping[];
  cellEdits?: CellEdit[];
  excludedRows?: RowRef[];
  /** For the warning on unknown business lines; defaults to policy.businessLines. */
  businessLines?: readonly string[];
  /** Names the assumed quota tier in UNIT_STAFF_MISSING. */
  policy?: Policy;
}

export interface ImportResult {
  /** null when there are errors. */
  roster: Roster | null;
  problems: Problem[];
  analyses: Array<{ file: string; sheets: SheetAnalysis[] }>;
}
