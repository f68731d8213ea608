/**
 * Writes a synthetic roster as the standard three-sheet workbook (单位 / 工作群 / 成员, canonical
 * headers in row 1) with exceljs's streaming writer and shared strings, as Excel itself saves:
 * phone numbers and 群编号 as text cells, dates as real date cells.
 */
import ExcelJS from 'exceljs';
import { setImmediate } from 'node:timers/promises';
import { fieldHeader } from '../../core/import/fields';
import type { SynthRoster } from './roster';

export const UNIT_KEYS = ['name', 'type', 'parent', 'staff'] as const;
export const GROUP_KEYS = [
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
] as const;
export const MEMBER_KEYS = ['groupCode', 'name', 'phone', 'unit', 'title'] as const;

const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { bold: true } };
const TEXT_STYLE: Partial<ExcelJS.Style> = { numFmt: '@' };
const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'yyyy-mm-dd' };
/** Rows between pauses: the streaming writer compresses only when the event loop turns. */
const ROWS_PER_PAUSE = 5000;

const yesNo = (b: boolean): string => (b ? '是' : '否');
const dateCell = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

type Progress = (sheet: string, done: number, total: number) => void;

function addHeader(ws: ExcelJS.Worksheet, headers: readonly string[], widths: readonly number[]): void {
  ws.columns = headers.map((_, i) => ({ width: widths[i] ?? 12 }));
  const row = ws.addRow([...headers]);
  row.eachCell((cell) => {
    cell.style = HEADER_STYLE;
  });
  row.commit();
}

export async function writeRosterXlsx(roster: SynthRoster, path: string, progress?: Progress): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = '工作群精简规划器 性能测试名单生成器';
  const fixed = new Date(`${roster.asOf}T00:00:00Z`);
  wb.created = fixed;
  wb.modified = fixed;

  const units = wb.addWorksheet('单位', { views: [{ state: 'frozen', ySplit: 1 }] });
  addHeader(
    units,
    UNIT_KEYS.map((k) => fieldHeader('units', k)),
    [24, 10, 20, 10],
  );
  for (const u of roster.units) units.addRow([u.name, u.type, u.parent, u.staff]).commit();
  units.commit();

  const groups = wb.addWorksheet('工作群', { views: [{ state: 'frozen', ySplit: 1 }] });
  addHeader(
    groups,
    GROUP_KEYS.map((k) => fieldHeader('groups', k)),
    [12, 36, 20, 9.01, 12, 10, 10, 8, 9.01, 12, 12, 14],
  );
  let n = 0;
  for (const g of roster.groups) {
    const row = groups.addRow([
      g.code,
      g.name,
      g.unit,
      g.platform,
      g.category,
      g.businessLine,
      g.owner,
      g.members.length,
      yesNo(g.temporary),
      dateCell(g.endDate),
      dateCell(g.lastActive),
      yesNo(g.photoRequired),
    ]);
    row.getCell(1).style = TEXT_STYLE;
    row.getCell(10).style = DATE_STYLE;
    row.getCell(11).style = DATE_STYLE;
    row.commit();
    if (++n % ROWS_PER_PAUSE === 0) {
      progress?.('工作群', n, roster.groups.length);
      await setImmediate();
    }
  }
  groups.commit();

  const members = wb.addWorksheet('成员', { views: [{ state: 'frozen', ySplit: 1 }] });
  addHeader(
    members,
    MEMBER_KEYS.map((k) => fieldHeader('members', k)),
    [12, 10, 14, 20, 14],
  );
  n = 0;
  for (const g of roster.groups) {
    for (const p of g.members) {
      const person = roster.people[p];
      if (!person) throw new Error(`${g.code}: no person ${p}`);
      const row = members.addRow([g.code, person.name, person.phone, person.unit, person.title]);
      row.getCell(1).style = TEXT_STYLE;
      row.getCell(3).style = TEXT_STYLE;
      row.commit();
      if (++n % ROWS_PER_PAUSE === 0) {
        progress?.('成员', n, roster.memberRows);
        await setImmediate();
      }
    }
  }
  members.commit();
  await wb.commit();
}
