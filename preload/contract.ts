/**
 * The one contract between the renderer and the host (Electron's main process, or the
 * end-to-end harness). It is types plus plain data: it imports nothing from electron, so the
 * renderer, the preload, the main handlers and the tests all build on it.
 *
 * One function per capability; every result is a value (`HostResult`), never a thrown error, so
 * the renderer always has a Chinese message to show. Arguments are validated again in main
 * against `ARG_SCHEMAS` (main/ipc), because a compromised renderer is not trusted either.
 */
import { z } from 'zod';
import type { Problem } from '../core/problems';
import type { ImportResult, SavedMapping, SheetAnalysis } from '../core/import/types';
import type { Policy } from '../core/policy/schema';
import type { Roster } from '../core/roster/model';
import type { Plan } from '../core/plan/model';
import { policySchema } from '../core/policy/schema';

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
}

/** Files read for one run of the import wizard; main keeps their rows until the session closes. */
export interface ImportSession {
  sessionId: string;
  files: ImportFile[];
}

export interface SavedFile {
  /** Absolute path written. */
  path: string;
}

/** Commands from the application menu (and its shortcuts) to the renderer. */
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
  'importRoster',
  'closeImport',
  'exportProblemRows',
  'saveTemplate',
  'exportReport',
  'appInfo',
] as const satisfies ReadonlyArray<Exclude<keyof PlannerApi, 'onMenuCommand'>>;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const MENU_EVENT_CHANNEL = 'menu-command';

// ---------------------------------------------------------------------------------------------
// Argument schemas, checked in main before a handler runs.

const sessionId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const text = (max: number) => z.string().max(max);
const cellValue = z.union([text(32_767), z.number(), z.boolean(), z.null()]);
const savedMapping = z
  .object({
    signature: text(10_000),
    kind: z.enum(['units', 'groups', 'members']),
    mapping: z.record(text(64), z.number().int().min(0).max(16_383)),
  })
  .strict();
const problemSchema = z
  .object({
    level: z.enum(['error', 'warning']),
    code: text(64),
    message: text(2_000),
    file: text(260).nullable(),
    sheet: text(100).nullable(),
    row: z.number().int().min(1).nullable(),
    column: text(4).nullable(),
    header: text(200).nullable(),
    detail: text(10_000).optional(),
  })
  .strict();

export const importRequestSchema = z
  .object({
    choices: z
      .array(
        z
          .object({
            file: text(260),
            sheet: text(100),
            kind: z.enum(['units', 'groups', 'members']).nullable(),
            headerRow: z.number().int().min(1).max(1_048_576),
            mapping: z.record(text(64), z.number().int().min(0).max(16_383)),
          })
          .strict(),
      )
      .max(1_000),
    savedMappings: z.array(savedMapping).max(1_000),
    cellEdits: z
      .array(
        z
          .object({
            file: text(260),
            sheet: text(100),
            row: z.number().int().min(1).max(1_048_576),
            column: z.number().int().min(0).max(16_383),
            value: cellValue,
          })
          .strict(),
      )
      .max(100_000),
    excludedRows: z
      .array(
        z.object({ file: text(260), sheet: text(100), row: z.number().int().min(1).max(1_048_576) }).strict(),
      )
      .max(1_000_000),
    policy: policySchema,
  })
  .strict();

/**
 * The report request carries a whole roster and plan (the renderer owns them; main keeps no
 * state between calls). Their shapes are checked here; the core re-derives everything else.
 */
const sourceRef = z
  .object({ file: text(260), sheet: text(100), row: z.number().int() })
  .strict()
  .nullable();
const unitSchema = z
  .object({
    id: text(200),
    name: text(200),
    type: z.enum(['department', 'street', 'town', 'community', 'village']),
    typeInferred: z.boolean(),
    parentId: text(200).nullable(),
    staff: z.number().int().min(0).nullable(),
    source: sourceRef,
  })
  .strict();
const plannedSchema = z.union([
  z.object({ kind: z.enum(['keep', 'pending', 'dissolve']) }).strict(),
  z
    .object({
      kind: z.literal('reclassify'),
      category: z.enum(['日常交流群', '党员交流群', '便民服务群']).nullable(),
    })
    .strict(),
  z.object({ kind: z.literal('merge'), targetId: text(1_000) }).strict(),
  z.object({ kind: z.literal('mergeNew'), newName: text(200) }).strict(),
]);
const groupSchema = z
  .object({
    id: text(1_000),
    code: text(200).nullable(),
    name: text(500),
    unitId: text(200),
    platform: text(50),
    category: z.enum(['工作群', '日常交流群', '党员交流群', '便民服务群']),
    businessLine: text(100).nullable(),
    owner: text(200).nullable(),
    memberCount: z.number().int().min(0).nullable(),
    temporary: z.boolean(),
    endDate: text(10).nullable(),
    lastActive: text(10).nullable(),
    photoRequired: z.boolean(),
    planned: plannedSchema.nullable(),
    plannedReason: text(2_000).nullable(),
    source: sourceRef,
  })
  .strict();
const personSchema = z
  .object({
    key: text(500),
    name: text(200),
    phone: text(50).nullable(),
    idNumber: text(50).nullable(),
    unitName: text(200).nullable(),
    title: text(200).nullable(),
    isCommunityHead: z.boolean(),
  })
  .strict();
export const rosterSchema = z
  .object({
    units: z.array(unitSchema),
    groups: z.array(groupSchema),
    people: z.array(personSchema),
    memberships: z.array(
      z.object({ groupId: text(1_000), personKey: text(500), removalPlanned: z.boolean() }).strict(),
    ),
    reportDate: text(10).nullable(),
    files: z.array(text(260)),
  })
  .strict();
const decisionSchema = z
  .object({
    state: z.enum(['pending', 'kept', 'merged', 'dissolved', 'reclassified']),
    targetId: text(1_000).nullable(),
    category: z.enum(['日常交流群', '党员交流群', '便民服务群']).nullable(),
    rule: z.enum([
      'clerk',
      'board',
      'reclassify',
      'temporary',
      'dead',
      'duplicate',
      'quota',
      'community-head',
      'within-quota',
    ]),
    reason: text(2_000),
  })
  .strict();
export const planSchema = z
  .object({
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    policyName: text(50),
    decisions: z.map(text(1_000), decisionSchema),
    created: z.map(
      text(1_000),
      z
        .object({
          id: text(1_000),
          name: text(200),
          unitId: text(200),
          platform: text(50),
          businessLine: text(100).nullable(),
          owner: text(200).nullable(),
        })
        .strict(),
    ),
    removals: z.set(text(2_000)),
    groupEdits: z.map(
      text(1_000),
      z
        .object({
          businessLine: text(100).nullable().optional(),
          owner: text(200).nullable().optional(),
          temporary: z.boolean().optional(),
          endDate: text(10).nullable().optional(),
          photoRequired: z.boolean().optional(),
        })
        .strict(),
    ),
    suggestions: z.array(
      z
        .object({
          rule: z.string(),
          groupId: text(1_000),
          personKey: text(500).nullable(),
          kind: z.literal('remove-member'),
          reason: text(2_000),
        })
        .strict(),
    ),
  })
  .strict();

export const reportRequestSchema = z
  .object({
    roster: rosterSchema,
    plan: planSchema,
    policy: policySchema,
    maskPersonalNumbers: z.boolean(),
    preparedBy: text(100).nullable(),
    suggestedName: text(200),
  })
  .strict();

/** Argument tuples per channel. */
export const ARG_SCHEMAS = {
  pickRosterFiles: z.tuple([]),
  openSample: z.tuple([]),
  analyzeImport: z.tuple([sessionId, z.array(savedMapping).max(1_000)]),
  importRoster: z.tuple([sessionId, importRequestSchema]),
  closeImport: z.tuple([sessionId]),
  exportProblemRows: z.tuple([sessionId, z.array(problemSchema).max(1_000_000)]),
  saveTemplate: z.tuple([]),
  exportReport: z.tuple([reportRequestSchema]),
  appInfo: z.tuple([]),
} as const satisfies Record<InvokeChannel, z.ZodType>;

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
    importRoster: call('importRoster'),
    closeImport: call('closeImport'),
    exportProblemRows: call('exportProblemRows'),
    saveTemplate: call('saveTemplate'),
    exportReport: call('exportReport'),
    appInfo: call('appInfo'),
    onMenuCommand: subscribe,
  };
}
