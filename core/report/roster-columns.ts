/**
 * The roster sheets' columns, shared by the blank template and the exported report so that both
 * carry exactly the canonical headers of core/import/fields.ts and re-import without mapping.
 */
import { FIELDS_BY_KIND, type FieldDef, type SheetKind, type ValueType } from '../import/fields';
import { KNOWN_PLATFORMS, NON_WORK_CATEGORIES, UNIT_TYPE_LABELS, WORK_CATEGORY } from '../roster/model';
import type { CellKind, ColumnChoices, ReportColumn } from './model';

/** The 工作群 sheet of the three-sheet form leaves out the single-sheet unit columns. */
const SINGLE_SHEET_UNIT_FIELDS = new Set(['unitType', 'unitParent', 'unitStaff']);

export const ACTION_CHOICES = ['保留', '合并', '解散', '转出', '待定'] as const;
const YES_NO = ['是', '否'] as const;

const CHOICES: Record<SheetKind, ReadonlyMap<string, ColumnChoices>> = {
  units: new Map([['type', { values: Object.values(UNIT_TYPE_LABELS), strict: true }]]),
  groups: new Map<string, ColumnChoices>([
    // Other platforms are accepted as written, so the list only warns.
    ['platform', { values: KNOWN_PLATFORMS, strict: false }],
    ['category', { values: [WORK_CATEGORY, ...NON_WORK_CATEGORIES], strict: true }],
    ['temporary', { values: YES_NO, strict: true }],
    ['photoRequired', { values: YES_NO, strict: true }],
    ['action', { values: ACTION_CHOICES, strict: true }],
    ['reclassifyTo', { values: NON_WORK_CATEGORIES, strict: true }],
  ]),
  members: new Map([['removal', { values: YES_NO, strict: true }]]),
};

const WIDTHS: Record<SheetKind, Readonly<Record<string, number>>> = {
  units: { name: 24, type: 10, parent: 18, staff: 10 },
  groups: {
    code: 14,
    name: 28,
    unit: 18,
    platform: 10,
    category: 12,
    businessLine: 10,
    owner: 10,
    memberCount: 8,
    temporary: 10,
    endDate: 12,
    lastActive: 12,
    photoRequired: 16,
    action: 8,
    target: 24,
    reclassifyTo: 12,
    reason: 36,
  },
  members: {
    groupCode: 14,
    groupName: 24,
    name: 10,
    phone: 14,
    idNumber: 21,
    unit: 18,
    title: 12,
    removal: 8,
  },
};

/** Columns whose text may be long: wrapped within the column rather than cut off in print. */
const WRAPPED: Record<SheetKind, ReadonlySet<string>> = {
  units: new Set(['name', 'parent']),
  groups: new Set(['name', 'unit', 'target', 'reason']),
  members: new Set(['groupName', 'unit']),
};

const KIND_OF: Record<ValueType, CellKind> = {
  text: 'text',
  code: 'code',
  integer: 'integer',
  date: 'date',
  boolean: 'boolean',
};

/** The unit columns a single 工作群 sheet may carry instead of a 单位 sheet. */
export const singleSheetUnitFields = (): FieldDef[] =>
  FIELDS_BY_KIND.groups.filter((f) => SINGLE_SHEET_UNIT_FIELDS.has(f.key));

export function rosterFields(kind: SheetKind): FieldDef[] {
  const fields = FIELDS_BY_KIND[kind];
  return kind === 'groups' ? fields.filter((f) => !SINGLE_SHEET_UNIT_FIELDS.has(f.key)) : [...fields];
}

/** The columns of a roster sheet; `widths` overrides the defaults (the report fits names to the data). */
export function rosterColumns(
  kind: SheetKind,
  widths: ReadonlyMap<string, number> = new Map(),
): ReportColumn[] {
  return rosterFields(kind).map((f) => {
    const col: ReportColumn = {
      header: f.header,
      width: widths.get(f.key) ?? WIDTHS[kind][f.key] ?? 12,
      kind: KIND_OF[f.type],
    };
    if (WRAPPED[kind].has(f.key)) col.wrap = true;
    const choices = CHOICES[kind].get(f.key);
    if (choices) col.choices = choices;
    return col;
  });
}
