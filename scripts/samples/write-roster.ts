/**
 * The clean three-sheet roster (单位 / 工作群 / 成员) with canonical headers, plus a 说明 sheet:
 * the district sample and the showcase street's own file. Phone numbers are text cells, dates
 * real Excel dates, and the 工作群 sheet has the title rows a clerk's file would have.
 */
import type ExcelJS from 'exceljs';
import { fieldHeader } from '../../core/import/fields';
import { UNIT_TYPE_LABELS } from '../../core/roster/model';
import type { SampleDistrict, SampleGroup } from './model';
import { PLAN_DATE_TEXT } from './published';
import { columnLetter, excelDate, writeXlsx, type WorkbookWriter } from './xlsx-out';

export interface RosterFile {
  /** The title row above the 工作群 header. */
  title: string;
  /** Units to include (with their groups and those groups' members). */
  units: ReadonlySet<string>;
  /** Lines of the 说明 sheet. */
  notes: readonly string[];
}

const GROUP_KEYS = [
  'code',
  'name',
  'unit',
  'platform',
  'category',
  'businessLine',
  'owner',
  'memberCount',
  'temporary',
  'endDate',
  'lastActive',
  'photoRequired',
  'action',
  'target',
  'reason',
] as const;
const WIDTHS: Record<(typeof GROUP_KEYS)[number], number> = {
  code: 10,
  name: 34,
  unit: 16,
  platform: 9.01,
  category: 12,
  businessLine: 10,
  owner: 10,
  memberCount: 8,
  temporary: 9.01,
  endDate: 12,
  lastActive: 12,
  photoRequired: 14,
  action: 8,
  target: 30,
  reason: 48,
};

const yesNo = (b: boolean): string => (b ? '是' : '否');
const DATE_FMT = 'yyyy-mm-dd';
const bold = { bold: true } as const;

function groupRow(g: SampleGroup): ExcelJS.CellValue[] {
  return [
    g.code,
    g.name,
    g.unit,
    g.platform,
    g.category,
    g.businessLine,
    g.owner,
    g.members.length,
    yesNo(g.temporary),
    g.endDate ? excelDate(g.endDate) : null,
    excelDate(g.lastActive),
    yesNo(g.photoRequired),
    g.action,
    g.target,
    g.reason,
  ];
}

export function writeRoster(d: SampleDistrict, file: RosterFile, fixedDate: Date): Promise<Buffer> {
  const groups = d.groups.filter((g) => file.units.has(g.unit));
  return writeXlsx(fixedDate, (wb) => {
    writeUnits(wb, d, file.units);
    writeGroups(wb, groups, file.title);
    writeMembers(wb, d, groups);
    writeNotes(wb, file.notes);
  });
}

function writeUnits(wb: WorkbookWriter, d: SampleDistrict, units: ReadonlySet<string>): void {
  const ws = wb.addWorksheet('单位', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = ['name', 'type', 'parent', 'staff'].map((k, i) => ({
    header: fieldHeader('units', k),
    width: [20, 10, 16, 10][i],
  }));
  ws.getRow(1).font = bold;
  for (const u of d.units) {
    if (!units.has(u.name)) continue;
    ws.addRow([u.name, UNIT_TYPE_LABELS[u.type], u.parent, u.staff]).commit();
  }
  ws.commit();
}

function writeGroups(wb: WorkbookWriter, groups: readonly SampleGroup[], title: string): void {
  const ws = wb.addWorksheet('工作群', { views: [{ state: 'frozen', ySplit: 3 }] });
  const last = columnLetter(GROUP_KEYS.length);
  ws.columns = GROUP_KEYS.map((k) => ({ key: k, width: WIDTHS[k] }));
  const titleRow = ws.getRow(1);
  titleRow.values = [title];
  titleRow.font = { bold: true, size: 16 };
  titleRow.alignment = { horizontal: 'center' };
  titleRow.height = 28;
  ws.mergeCells(`A1:${last}1`);
  ws.getRow(2).values = [`填报日期：${PLAN_DATE_TEXT}`];
  ws.mergeCells(`A2:${last}2`);
  const head = ws.getRow(3);
  head.values = GROUP_KEYS.map((k) => fieldHeader('groups', k));
  head.font = bold;
  head.commit();
  for (const g of groups) {
    const row = ws.addRow(groupRow(g));
    row.getCell(10).numFmt = DATE_FMT;
    row.getCell(11).numFmt = DATE_FMT;
    row.commit();
  }
  ws.commit();
}

function writeMembers(wb: WorkbookWriter, d: SampleDistrict, groups: readonly SampleGroup[]): void {
  const ws = wb.addWorksheet('成员', { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = ['groupCode', 'name', 'phone', 'unit', 'title'];
  ws.columns = keys.map((k, i) => ({ header: fieldHeader('members', k), width: [10, 10, 14, 16, 14][i] }));
  ws.getColumn(3).numFmt = '@';
  ws.getRow(1).font = bold;
  for (const g of groups) {
    for (const p of [...g.members].sort((a, b) => a - b)) {
      const person = d.people[p];
      if (!person) throw new Error(`${g.code}：成员 ${p} 不存在`);
      const row = ws.addRow([g.code, person.name, person.phone, person.unit, person.title]);
      row.getCell(3).numFmt = '@';
      row.commit();
    }
  }
  ws.commit();
}

function writeNotes(wb: WorkbookWriter, notes: readonly string[]): void {
  const ws = wb.addWorksheet('说明');
  ws.getColumn(1).width = 110;
  notes.forEach((line, i) => {
    const row = ws.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
    row.commit();
  });
  ws.commit();
}
