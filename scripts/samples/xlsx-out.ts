/**
 * Writing a workbook reproducibly with exceljs's streaming writer: fixed document dates, and the
 * zip entries' modification times (archiver stamps each entry with the current time) set to the
 * plan date, so the same seed gives byte-identical files.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

export async function writeXlsx(fixedDate: Date, fill: (wb: WorkbookWriter) => void): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = '工作群精简规划器 示例数据生成器';
  wb.lastModifiedBy = wb.creator;
  wb.created = fixedDate;
  wb.modified = fixedDate;
  fill(wb);
  await wb.commit();
  await done;
  return stampZipEntries(Buffer.concat(chunks), fixedDate);
}

/** MS-DOS date and time fields, as zip stores them (local time, 2-second resolution). */
function dosDateTime(d: Date): { date: number; time: number } {
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Sets every entry's modification time, in the central directory and the local headers. */
export function stampZipEntries(zip: Buffer, when: Date): Buffer {
  const { date, time } = dosDateTime(when);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: end of central directory not found');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('zip: bad central directory entry');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(date, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error('zip: bad local header');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

/** A calendar date as exceljs wants it for a date cell: midnight UTC (exceljs converts by UTC). */
export const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
