/** The wizard's words for file formats, sheet kinds and why a sheet is what it is. */
import { SHEET_KIND_LABELS, type SheetKind } from '../../../core/import/fields';
import type { ImportFile } from '../../../preload/contract';
import type { SheetState, WizardFile } from './wizard';

const FORMAT_LABELS: Record<NonNullable<ImportFile['format']>, string> = {
  xlsx: 'Excel 工作簿',
  xls: 'Excel 97-2003',
  ods: 'OpenDocument 表格',
  csv: 'CSV',
  et: 'WPS 表格',
  html: '网页表格',
  xml2003: 'Excel 2003 XML',
};

const ENCODING_LABELS: Record<NonNullable<ImportFile['encoding']>, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  gb18030: 'GBK',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

export function formatLabel(f: Pick<WizardFile, 'format' | 'encoding'>): string {
  if (!f.format) return '—';
  const base = FORMAT_LABELS[f.format];
  return f.encoding ? `${base}（${ENCODING_LABELS[f.encoding]} 编码）` : base;
}

/** The kinds a sheet can be set to, in the select's order ('' is 不导入). */
export const KIND_OPTIONS: Array<{ value: SheetKind | ''; label: string }> = [
  { value: 'groups', label: SHEET_KIND_LABELS.groups },
  { value: 'units', label: SHEET_KIND_LABELS.units },
  { value: 'members', label: SHEET_KIND_LABELS.members },
  { value: '', label: '不导入' },
];

export const kindFromValue = (value: string): SheetKind | null =>
  KIND_OPTIONS.find((o) => o.value === value && o.value !== '')?.value || null;

/** Why the sheet is read as what it is (or not read). */
export function kindReason(sh: SheetState): string {
  if (sh.kind === null) {
    if (sh.kindChosen) return '您选择了不导入此表';
    return sh.analysis.ignoredReason ?? '未识别';
  }
  if (sh.kindChosen) return '由您指定';
  switch (sh.analysis.kindSource) {
    case 'name':
      return '按工作表名称识别';
    case 'header':
      return '按表头识别';
    case 'saved':
      return '与上次导入的表头相同，按记住的列对应';
    case 'choice':
      return '由您指定';
    default:
      return '—';
  }
}

export const sheetLabel = (sh: Pick<SheetState, 'file' | 'sheet'>, manyFiles: boolean): string =>
  manyFiles ? `${sh.file} · ${sh.sheet}` : sh.sheet;
