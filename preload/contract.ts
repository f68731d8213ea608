/**
 * The one contract between the renderer and the host (Electron's main process, or the
 * end-to-end harness). It is types plus plain data: it imports nothing from electron, so the
 * renderer, the preload, the main handlers and the tests all build on it.
 *
 * One function per capability; every result is a value (`HostResult`), never a thrown error, so
 * the renderer always has a Chinese message to show. Arguments are validated again in main
 * against `ARG_SCHEMAS` (preload/contract-schemas.ts), because a compromised renderer is not
 * trusted either. The schemas live apart so the sandboxed preload bundle stays free of zod.
 */
import { problem, type Problem } from '../core/problems';
import type { ImportResult, SavedMapping, SheetAnalysis } from '../core/import/types';
import type { SheetKind } from '../core/import/fields';
import type { RawCell, RawFormat, RawWorkbook } from '../core/import/raw';
import type { Policy } from '../core/policy/schema';
import type { Roster } from '../core/roster/model';
import type { Plan } from '../core/plan/model';

export type HostResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** One roster file of an import session, as the isolated parser read it. */
export interface ImportFile {
  /** The file name (no folder), as every message names it. */
  file: string;
  ok: boolean;
  /** Why the file could not be read (over a cap, not a spreadsheet, encrypted …). */
  problem: Problem | null;
  warnings: Problem[];
  /** Sheet kinds, header rows, mappings and previews (empty when the file could not be read). */
  sheets: SheetAnalysis[];
  /** What the file turned out to be (by its content, not its name); absent when it could not be read. */
  format?: RawFormat | null;
  /** The text encoding of a CSV (or HTML / XML 2003) file; absent for workbooks. */
  encoding?: RawWorkbook['encoding'] | null;
}

/** Files read for one run of the import wizard; main keeps their rows until the session closes. */
export interface ImportSession {
  sessionId: string;
  files: ImportFile[];
}

/** One sheet of a session read as `kind` with the header on `headerRow` (the wizard's 表头行 / 工作表 steps). */
export interface SheetRequest {
  file: string;
  sheet: string;
  kind: SheetKind;
  /** 1-based; null: the best row for that kind. */
  headerRow: number | null;
  savedMappings: SavedMapping[];
}

/** Rows of one sheet of a session, as read (a problem's row in context). */
export interface SheetRowsRequest {
  file: string;
  sheet: string;
  /** 1-based, as Excel shows it. */
  firstRow: number;
  /** At most SHEET_ROWS_MAX. */
  count: number;
}

export const SHEET_ROWS_MAX = 200;

export interface SheetRows {
  file: string;
  sheet: string;
  firstRow: number;
  /** rows[i] is row firstRow + i; rows past the end of the sheet are left out. */
  rows: RawCell[][];
  /** How many rows the sheet has. */
  rowCount: number;
}

export interface SavedFile {
  /** Absolute path written. */
  path: string;
  /**
   * What the clerk should know about the saved file (e.g. REPORT_GROUP_NOT_UNIQUE: two groups
   * share a name, so the report will not re-import cleanly). Absent or empty when none.
   */
  warnings?: Problem[];
}

/**
 * Commands from the application menu (and its shortcuts) to the renderer. On Windows and Linux a
 * menu accelerator fires only for a key the page did not handle: a renderer that handles Ctrl+Z
 * itself (and calls preventDefault) gets no second 'undo' from the menu; 'undo'/'redo' arriving
 * while a text field has focus come from the menu and should act on that field, not the plan.
 */
export const MENU_COMMANDS = [
  'import',
  'open-sample',
  'save-template',
  'export-report',
  'print',
  'save-pdf',
  'undo',
  'redo',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

/** What the renderer may ask of the host. `window.api` has exactly this shape. */
export interface PlannerApi {
  /** Shows the OS open dialog (several files) and reads the chosen rosters; null when cancelled. */
  pickRosterFiles(): Promise<HostResult<ImportSession | null>>;
  /** Reads the embedded sample district (示例数据). */
  openSample(): Promise<HostResult<ImportSession>>;
  /** Analyses a session's files again with the clerk's remembered mappings. */
  analyzeImport(sessionId: string, savedMappings: SavedMapping[]): Promise<HostResult<ImportSession>>;
  /** Reads one sheet again as a kind with a header row the clerk chose (columns matched afresh). */
  analyzeSheet(sessionId: string, request: SheetRequest): Promise<HostResult<SheetAnalysis>>;
  /** A few rows of one sheet as read, for showing a problem's row in context. */
  sheetRows(sessionId: string, request: SheetRowsRequest): Promise<HostResult<SheetRows>>;
  /** Builds the roster from the session's files with the clerk's choices, edits and exclusions. */
  importRoster(sessionId: string, request: ImportRequest): Promise<HostResult<ImportResult>>;
  /** Frees a session's rows (the wizard closed). */
  closeImport(sessionId: string): Promise<HostResult<null>>;
  /** Saves the rows a set of problems points at, with the problems, as .xlsx (save dialog). */
  exportProblemRows(sessionId: string, problems: Problem[]): Promise<HostResult<SavedFile | null>>;
  /** Saves the blank 标准模板.xlsx (save dialog). */
  saveTemplate(): Promise<HostResult<SavedFile | null>>;
  /** Writes the before/after report workbook (save dialog). */
  exportReport(request: ReportRequest): Promise<HostResult<SavedFile | null>>;
  /** 打印: the system print dialog for the page (the report screen); false when cancelled. */
  printReport(): Promise<HostResult<boolean>>;
  /** 另存为 PDF: the page rendered to PDF with its CSS page size, written atomically (save dialog). */
  saveReportPdf(suggestedName: string): Promise<HostResult<SavedFile | null>>;
  appInfo(): Promise<HostResult<AppInfo>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export interface ImportRequest {
  choices: Array<{
    file: string;
    sheet: string;
    kind: 'units' | 'groups' | 'members' | null;
    headerRow: number;
    mapping: Record<string, number>;
  }>;
  savedMappings: SavedMapping[];
  cellEdits: Array<{
    file: string;
    sheet: string;
    row: number;
    column: number;
    value: string | number | boolean | null;
  }>;
  excludedRows: Array<{ file: string; sheet: string; row: number }>;
  policy: Policy;
  /**
   * Files of the session left out of this import (the clerk chose so, or they could not be
   * read): each is reported as a FILE_SKIPPED warning instead of stopping the import.
   */
  skippedFiles?: string[];
}

export interface ReportRequest {
  roster: Roster;
  plan: Plan;
  policy: Policy;
  maskPersonalNumbers: boolean;
  preparedBy: string | null;
  /** Suggested file name for the save dialog. */
  suggestedName: string;
}

/** The invoke channels: one per capability, named after the function. */
export const INVOKE_CHANNELS = [
  'pickRosterFiles',
  'openSample',
  'analyzeImport',
  'analyzeSheet',
  'sheetRows',
  'importRoster',
  'closeImport',
  'exportProblemRows',
  'saveTemplate',
  'exportReport',
  'printReport',
  'saveReportPdf',
  'appInfo',
] as const satisfies ReadonlyArray<Exclude<keyof PlannerApi, 'onMenuCommand'>>;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const MENU_EVENT_CHANNEL = 'menu-command';

/**
 * Builds the renderer's API from a transport: Electron's ipcRenderer in the preload, an exposed
 * function in the end-to-end harness. Nothing else differs between the two.
 */
export function buildApi(
  invoke: (channel: InvokeChannel, args: unknown[]) => Promise<unknown>,
  subscribe: (listener: (command: MenuCommand) => void) => () => void,
): PlannerApi {
  const call =
    <T>(channel: InvokeChannel) =>
    (...args: unknown[]): Promise<HostResult<T>> =>
      invoke(channel, args) as Promise<HostResult<T>>;
  return {
    pickRosterFiles: call('pickRosterFiles'),
    openSample: call('openSample'),
    analyzeImport: call('analyzeImport'),
    analyzeSheet: call('analyzeSheet'),
    sheetRows: call('sheetRows'),
    importRoster: call('importRoster'),
    closeImport: call('closeImport'),
    exportProblemRows: call('exportProblemRows'),
    saveTemplate: call('saveTemplate'),
    exportReport: call('exportReport'),
    printReport: call('printReport'),
    saveReportPdf: call('saveReportPdf'),
    appInfo: call('appInfo'),
    onMenuCommand: subscribe,
  };
}

/**
 * A transport whose own failures (an argument that cannot be cloned, such as a function; a
 * channel with no handler) also come back as a HostResult, so no call of the API ever rejects.
 * The preload and the end-to-end harness both wrap their transport in it.
 */
export function settledInvoke(
  invoke: (channel: InvokeChannel, args: unknown[]) => Promise<unknown>,
): (channel: InvokeChannel, args: unknown[]) => Promise<unknown> {
  return async (channel, args) => {
    try {
      return await invoke(channel, args);
    } catch (e) {
      const failed: HostResult<never> = {
        ok: false,
        problem: problem(
          'error',
          'IPC_TRANSPORT_FAILED',
          '界面与主程序之间的通信出错，操作未能完成。请重试；如果仍然出错，请重新启动程序。',
          {},
          e instanceof Error ? `${e.name}: ${e.message}` : String(e),
        ),
      };
      return failed;
    }
  };
}
