/** The messy roster as an xlsx workbook and as a GBK-encoded CSV file (what Excel saves in China). */
import iconv from 'iconv-lite';
import type { MessyCell, MessyRoster } from './messy';
import { columnLetter, excelDate, writeXlsx } from './xlsx-out';

export function writeMessyXlsx(m: MessyRoster, fixedDate: Date): Promise<Buffer> {
  return writeXlsx(fixedDate, (wb) => {
    const ws = wb.addWorksheet('工作群统计');
    const width = m.header.length;
    ws.columns = m.header.map((h) => ({ width: Math.max(8, Math.min(30, h.length * 3)) }));
    ws.getColumn(5).width = 34;
    const title = ws.addRow([m.title]);
    title.font = { bold: true, size: 16 };
    title.alignment = { horizontal: 'center' };
    ws.mergeCells(`A1:${columnLetter(width)}1`);
    m.preamble.forEach((line, i) => {
      ws.addRow([line]);
      if (line) ws.mergeCells(`A${i + 2}:${columnLetter(Math.ceil(width / 2))}${i + 2}`);
    });
    ws.addRow(m.header).font = { bold: true };
    for (const cells of m.rows) {
      const row = ws.addRow(cells.map(xlsxValue));
      cells.forEach((c, i) => {
        if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = 'yyyy"年"m"月"d"日"';
      });
      if (cells[0] === '小计' || cells[0] === '合计') row.font = { bold: true };
      row.commit();
    }
    ws.commit();
  });
}

/** Blank cells stay empty (Excel stores no empty strings). */
const xlsxValue = (c: MessyCell): string | number | Date | null =>
  c === '' ? null : c !== null && typeof c === 'object' ? excelDate(c.date) : c;

function csvText(c: MessyCell): string {
  if (c === null) return '';
  if (typeof c === 'object') {
    const [y, mo, d] = c.date.split('-').map(Number);
    return `${y}/${mo}/${d}`;
  }
  const s = String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Title and preamble rows become ordinary rows, padded to the header's width as Excel writes them. */
export function messyCsv(m: MessyRoster): Buffer {
  const width = m.header.length;
  const pad = (cells: readonly MessyCell[]): MessyCell[] => [
    ...cells,
    ...Array<MessyCell>(Math.max(0, width - cells.length)).fill(null),
  ];
  const lines = [[m.title], ...m.preamble.map((l) => [l]), m.header, ...m.rows].map((cells) =>
    pad(cells).map(csvText).join(','),
  );
  return iconv.encode(lines.join('\r\n') + '\r\n', 'gbk');
}
