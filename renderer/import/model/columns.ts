/**
 * The 列对应 screen's table: one row per column of a sheet's header (letter, header text, a few
 * values from the first data rows, the field it is imported as and where that came from), the
 * fields a column can take, and the required fields still without a column.
 */
import { FIELDS_BY_KIND, type FieldDef, type SheetKind } from '../../../core/import/fields';
import type { ColumnMapping } from '../../../core/import/types';
import { columnLetter } from '../../../core/problems';
import { cellText } from './grid';
import { fieldOfColumn, type SheetState } from './wizard';

/** How a column got its field: matched by the header, a remembered mapping, or the clerk. */
export type ColumnSource = 'auto' | 'saved' | 'manual' | null;

export interface ColumnRow {
  column: number;
  letter: string;
  header: string;
  /** Up to three non-empty values from the first data rows. */
  samples: string[];
  field: FieldDef | null;
  source: ColumnSource;
}

export const SOURCE_LABELS: Record<Exclude<ColumnSource, null>, string> = {
  auto: '自动',
  saved: '记住的',
  manual: '手动',
};

export function fieldDef(kind: SheetKind, key: string): FieldDef | undefined {
  return FIELDS_BY_KIND[kind].find((f) => f.key === key);
}

/** Sample values of a column: the first non-empty cells below the header, from the preview. */
export function columnSamples(sheet: SheetState, column: number, count = 3): string[] {
  const a = sheet.analysis;
  const first = (a.firstDataRow ?? (sheet.headerRow ?? 0) + 1) - 1;
  const out: string[] = [];
  for (let r = Math.max(0, first); r < a.preview.length && out.length < count; r++) {
    const text = cellText(a.preview[r]?.[column] ?? null);
    if (text !== '') out.push(text);
  }
  return out;
}

export function columnRows(sheet: SheetState): ColumnRow[] {
  const kind = sheet.kind;
  if (kind === null) return [];
  const headers = sheet.analysis.headers;
  const mapped = Object.values(sheet.mapping);
  const width = Math.max(headers.length, mapped.length ? Math.max(...mapped) + 1 : 0);
  const rows: ColumnRow[] = [];
  for (let c = 0; c < width; c++) {
    const key = fieldOfColumn(sheet.mapping, c);
    const field = key === null ? null : (fieldDef(kind, key) ?? null);
    const source: ColumnSource = sheet.manualColumns.includes(c)
      ? 'manual'
      : field === null
        ? null
        : sheet.analysis.kindSource === 'saved'
          ? 'saved'
          : 'auto';
    rows.push({
      column: c,
      letter: columnLetter(c),
      header: headers[c] ?? '',
      samples: columnSamples(sheet, c),
      field,
      source,
    });
  }
  return rows;
}

export interface FieldOption {
  field: FieldDef;
  /** The other column that has this field now, as its letter; null when free. */
  usedBy: string | null;
}

/** The fields a column of a `kind` sheet can be imported as, each with the column that has it now. */
export function fieldOptions(kind: SheetKind, mapping: ColumnMapping, column: number): FieldOption[] {
  return FIELDS_BY_KIND[kind].map((field) => {
    const at = mapping[field.key];
    return { field, usedBy: at === undefined || at === column ? null : columnLetter(at) };
  });
}

export function optionLabel(o: FieldOption): string {
  const required = o.field.required ? '（必填）' : '';
  const used = o.usedBy ? ` — 现为 ${o.usedBy} 列，选后改为本列` : '';
  return `${o.field.header}${required}${used}`;
}

/**
 * Required fields without a column, by their canonical headers. A members sheet needs 群编号 or
 * 群名称 (either will do) besides 姓名.
 */
export function missingRequiredHeaders(kind: SheetKind, mapping: ColumnMapping): string[] {
  const missing = FIELDS_BY_KIND[kind]
    .filter((f) => f.required && mapping[f.key] === undefined)
    .map((f) => f.header);
  if (kind === 'members' && mapping['groupCode'] === undefined && mapping['groupName'] === undefined) {
    missing.unshift('群编号或群名称');
  }
  return missing;
}

export const missingRequiredOf = (sheet: SheetState): string[] =>
  sheet.kind === null ? [] : missingRequiredHeaders(sheet.kind, sheet.mapping);
