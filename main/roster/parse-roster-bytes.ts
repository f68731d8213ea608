/**
 * The reader thread's work on one file's bytes: pick the parser by content, run the guards that
 * must come before SheetJS (zip inflation, encryption, text encoding, XML nesting), read, and
 * hand back the wire workbook. Throws RosterFileFailure; the thread's entry turns it into a
 * Problem.
 */
import type { RawFormat } from '../../core/import/raw';
import type { Problem } from '../../core/problems';
import { parseCsv } from './csv-parse';
import { fileProblem, RosterFileFailure } from './file-problems';
import type { ParseLimits } from './roster-limits';
import { WireWriter } from './roster-wire';
import { walkWorkbook } from './sheet-walk';
import { inspectCfb, readWorkbook } from './sheetjs-read';
import { looksBinary, sniffBytes } from './sniff';
import { declaredCharset, decodeText, type TextEncoding } from './text-decode';
import type { WireWorkbook } from './worker-protocol';
import { checkFontNesting } from './xml-guard';
import { scanZip } from './zip-scan';

export interface ParseOutput {
  workbook: WireWorkbook;
  transfer: ArrayBuffer[];
  warnings: Problem[];
}

interface Parsed {
  format: RawFormat;
  date1904: boolean;
  encoding?: TextEncoding;
}

const notSpreadsheet = (what: string, detail?: string): RosterFileFailure =>
  new RosterFileFailure('FILE_NOT_SPREADSHEET', { what }, detail);

const truthy = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 'true';

function readSpreadsheet(data: Buffer | string, writer: WireWriter, raw = false): boolean {
  const wb = readWorkbook(data, raw);
  const date1904 = truthy(wb.Workbook?.WBProps?.date1904);
  walkWorkbook(wb, date1904, writer);
  return date1904;
}

/** The first byte after a UTF-8 BOM and ASCII whitespace. */
function firstSignificantByte(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i] ?? -1;
}

type MarkupKind = 'xml2003' | 'fods' | 'html';

/** What a text starting with '<' is; null when it is not markup after all (a CSV cell may start with '<'). */
function markupKind(text: string): MarkupKind | null {
  const head = text.slice(0, 8192);
  if (/urn:schemas-microsoft-com:office:spreadsheet|progid\s*=\s*["']Excel\.Sheet/i.test(head))
    return 'xml2003';
  if (/<office:document[\s>]/i.test(head)) return 'fods';
  if (/<(?:!doctype\s+html|html|head|body|meta|table)[\s>]/i.test(head)) {
    if (!/<table[\s>]/i.test(text)) throw notSpreadsheet('网页（其中没有表格）');
    return 'html';
  }
  if (/^<\?xml/i.test(head)) throw notSpreadsheet('XML 文件');
  return null;
}

/** Excel names the one sheet of an opened CSV after the file; so does this. */
function csvSheetName(file: string): string {
  const base = file.replace(/\.[^.]*$/, '').slice(0, 31);
  return base === '' ? 'Sheet1' : base;
}

function readText(
  bytes: Buffer,
  file: string,
  limits: Required<ParseLimits>,
  writer: WireWriter,
  warnings: Problem[],
): Parsed {
  if (looksBinary(bytes)) throw notSpreadsheet('无法识别的二进制文件');
  const isMarkup = firstSignificantByte(bytes) === 0x3c;
  const decoded = decodeText(bytes, isMarkup ? declaredCharset(bytes) : null);
  if (decoded.doubt)
    warnings.push(fileProblem('FILE_ENCODING_GUESSED', file, { lossy: decoded.doubt === 'lossy' }));
  const encoding = decoded.encoding;
  const text = decoded.text.trimStart();
  const kind = text.startsWith('<') ? markupKind(text) : null;
  if (kind) {
    if (kind === 'xml2003') checkFontNesting(text);
    // HTML cells are text as in CSV: no type of their own, so SheetJS would guess one.
    const date1904 = readSpreadsheet(text, writer, kind === 'html');
    return { format: kind === 'fods' ? 'ods' : kind, date1904, encoding };
  }
  const csv = parseCsv(decoded.text, limits.maxCells);
  if (csv.unclosedQuoteRow !== null)
    warnings.push(fileProblem('FILE_CSV_QUOTE_UNCLOSED', file, { row: csv.unclosedQuoteRow }));
  writer.addSheet(csvSheetName(file), csv.rows, (v) => v ?? null, { hidden: false, merges: [] });
  return { format: 'csv', date1904: false, encoding };
}

export function parseRosterBytes(
  bytes: Buffer,
  file: string,
  extension: string,
  limits: Required<ParseLimits>,
): ParseOutput {
  const warnings: Problem[] = [];
  const writer = new WireWriter(limits.maxCells);
  // WPS names its own format .et (.ett for templates); its content is xls or xlsx.
  const et = extension === 'et' || extension === 'ett';
  const sniffed = sniffBytes(bytes);
  let parsed: Parsed;
  switch (sniffed.kind) {
    case 'binary':
      throw notSpreadsheet(sniffed.what);
    case 'zip': {
      const scan = scanZip(bytes, limits);
      if (scan.kind === 'other')
        throw notSpreadsheet(scan.what, `zip inflating to ${scan.inflatedBytes} bytes`);
      // The parts already inflated and counted, stored: SheetJS reads exactly those bytes.
      const date1904 = readSpreadsheet(scan.stored ?? bytes, writer);
      parsed = { format: et ? 'et' : scan.kind, date1904 };
      break;
    }
    case 'cfb': {
      const inside = inspectCfb(bytes);
      if (inside === 'encrypted')
        throw new RosterFileFailure('FILE_ENCRYPTED', {}, 'OLE container with EncryptionInfo');
      if (inside !== 'workbook') throw notSpreadsheet(inside.what, 'OLE container without a Workbook stream');
      parsed = { format: et ? 'et' : 'xls', date1904: readSpreadsheet(bytes, writer) };
      break;
    }
    case 'biff':
      parsed = { format: et ? 'et' : 'xls', date1904: readSpreadsheet(bytes, writer) };
      break;
    case 'text':
      parsed = readText(bytes, file, limits, writer, warnings);
      break;
  }
  if (writer.cells === 0) throw new RosterFileFailure('FILE_EMPTY');
  return { ...writer.finish(parsed), warnings };
}
