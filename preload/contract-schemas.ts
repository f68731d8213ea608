/**
 * Argument schemas of the host contract (preload/contract.ts), checked in main before a handler
 * runs. Kept out of contract.ts so the preload bundle (which cannot require packages in the
 * sandbox, so bundles what it imports) does not carry zod.
 */
import { z } from 'zod';
import { PROBLEM_CODES } from '../core/problems';
import { policySchema } from '../core/policy/schema';
import { SHEET_ROWS_MAX, type InvokeChannel } from './contract';

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
    code: z.enum(PROBLEM_CODES),
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
    skippedFiles: z.array(text(260)).max(1_000).optional(),
  })
  .strict();

const sheetKind = z.enum(['units', 'groups', 'members']);

export const sheetRequestSchema = z
  .object({
    file: text(260),
    sheet: text(100),
    kind: sheetKind,
    headerRow: z.number().int().min(1).max(1_048_576).nullable(),
    savedMappings: z.array(savedMapping).max(1_000),
  })
  .strict();

export const sheetRowsRequestSchema = z
  .object({
    file: text(260),
    sheet: text(100),
    firstRow: z.number().int().min(1).max(1_048_576),
    count: z.number().int().min(1).max(SHEET_ROWS_MAX),
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
const ruleIdSchema = z.enum([
  'clerk',
  'board',
  'reclassify',
  'temporary',
  'dead',
  'duplicate',
  'quota',
  'community-head',
  'within-quota',
]);
const decisionSchema = z
  .object({
    state: z.enum(['pending', 'kept', 'merged', 'dissolved', 'reclassified']),
    targetId: text(1_000).nullable(),
    category: z.enum(['日常交流群', '党员交流群', '便民服务群']).nullable(),
    rule: ruleIdSchema,
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
          rule: ruleIdSchema,
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
  analyzeSheet: z.tuple([sessionId, sheetRequestSchema]),
  sheetRows: z.tuple([sessionId, sheetRowsRequestSchema]),
  importRoster: z.tuple([sessionId, importRequestSchema]),
  closeImport: z.tuple([sessionId]),
  exportProblemRows: z.tuple([sessionId, z.array(problemSchema).max(1_000_000)]),
  saveTemplate: z.tuple([]),
  exportReport: z.tuple([reportRequestSchema]),
  printReport: z.tuple([]),
  saveReportPdf: z.tuple([text(200)]),
  appInfo: z.tuple([]),
} as const satisfies Record<InvokeChannel, z.ZodType>;
