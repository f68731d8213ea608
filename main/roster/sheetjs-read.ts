/**
 * SheetJS, called the lean way: dense rows (no 17-billion-cell walk of a lying <dimension>),
 * no HTML, text, formula or style objects, raw values, number formats only to spot date cells,
 * at most Excel's row count. WTF (strict) mode first, because without it a part SheetJS fails on
 * (a string past V8's limit, a broken shared-string table) silently becomes an empty sheet; a file
 * strict mode rejects for a harmless oddity is read again leniently and then checked for exactly
 * those silent losses.
 */
import { createRequire } from 'node:module';
// The build without codepage tables: xlsx.js loads its 470 KB of tables on every start (~140 ms of
// a fresh reader thread's ~180 ms for SheetJS), though only legacy xls needs them.
import * as XLSX from 'xlsx/dist/xlsx.core.min.js';
import { RosterFileFailure, errorText } from './file-problems';
import { EXCEL_MAX_ROWS } from './roster-limits';

interface Codepages {
  utils: unknown;
}

/**
 * SheetJS sees tables from the start, exactly as with xlsx.js, but they are loaded the first time
 * it decodes with one: BIFF2–5 text, BIFF8 compressed strings and properties. xlsx, ods, SpreadsheetML
 * and HTML (text decoded by us) never ask, so their readers never load them.
 */
function lazyCodepages(): Codepages {
  let loaded: Codepages | null = null;
  const load = (): Codepages => {
    if (loaded === null) {
      loaded = createRequire(__filename)('xlsx/dist/cpexcel.js') as Codepages;
      XLSX.set_cptable(loaded);
    }
    return loaded;
  };
  return {
    get utils(): unknown {
      return load().utils;
    },
  };
}
XLSX.set_cptable(lazyCodepages());

interface CfbEntry {
  name: string;
}
interface CfbContainer {
  FileIndex: CfbEntry[];
}
/** The parts of SheetJS's bundled CFB and SSF libraries used here (its typings leave them untyped). */
interface CfbApi {
  read(data: Uint8Array, options: { type: 'buffer' }): CfbContainer;
  find(container: CfbContainer, path: string): CfbEntry | null;
}
interface SsfApi {
  is_date(format: string): boolean;
}
const cfbApi: CfbApi = XLSX.CFB;
const ssfApi: SsfApi = XLSX.SSF;

const BASE_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  cellNF: true,
  cellDates: false,
  sheetRows: EXCEL_MAX_ROWS,
  bookVBA: false,
  bookFiles: false,
  bookDeps: false,
};

/** What an OLE compound file holds: an xls workbook, an encrypted OOXML package, or something else. */
export function inspectCfb(bytes: Uint8Array): 'workbook' | 'encrypted' | { what: string } {
  let cfb: CfbContainer;
  try {
    cfb = cfbApi.read(bytes, { type: 'buffer' });
  } catch (e) {
    throw new RosterFileFailure('FILE_CORRUPT', { reason: 'OLE 复合文件结构损坏' }, errorText(e));
  }
  const find = (path: string): boolean => cfbApi.find(cfb, path) != null;
  if (find('/EncryptionInfo') || find('/EncryptedPackage') || find('/encryption')) return 'encrypted';
  if (find('/Workbook') || find('/Book')) return 'workbook';
  if (find('/WordDocument')) return { what: 'Word 文档（.doc）' };
  if (find('/PowerPoint Document')) return { what: 'PowerPoint 演示文稿（.ppt）' };
  return { what: '' };
}

/** Errors that mean the same whatever the mode: no point reading again leniently. */
function classify(e: unknown): RosterFileFailure | null {
  const text = errorText(e);
  if (e instanceof RangeError) {
    if (/call stack/i.test(text))
      return new RosterFileFailure('FILE_CORRUPT', { reason: '结构嵌套过深' }, text);
    // Invalid string length, array buffer allocation failed, invalid array length: content too big.
    return new RosterFileFailure('FILE_OUT_OF_MEMORY', {}, text);
  }
  if (/password|encrypt/i.test(text)) return new RosterFileFailure('FILE_ENCRYPTED', {}, text);
  if (/is not a spreadsheet/i.test(text)) return new RosterFileFailure('FILE_NOT_SPREADSHEET', {}, text);
  return null;
}

/** A sheet by name, robust to names such as "__proto__" or "toString". */
export function sheetByName(wb: XLSX.WorkBook, name: string): XLSX.WorkSheet | null {
  const ws: unknown = wb.Sheets[name];
  if (ws === null || typeof ws !== 'object' || ws === Object.prototype) return null;
  return ws as XLSX.WorkSheet;
}

function checkLenient(wb: XLSX.WorkBook, strictError: string): void {
  if (!Array.isArray(wb.SheetNames) || wb.SheetNames.length === 0)
    throw new RosterFileFailure('FILE_CORRUPT', { reason: '找不到任何工作表' }, strictError);
  for (const name of wb.SheetNames) {
    if (!sheetByName(wb, name))
      throw new RosterFileFailure(
        'FILE_CORRUPT',
        { reason: `工作表“${name}”无法读取`, sheet: name },
        strictError,
      );
  }
}

/**
 * `raw` keeps every cell of an HTML table as its text: SheetJS otherwise guesses numbers and
 * dates from it (an 18-digit ID loses its last digits, 007 becomes 7, 3/5 becomes a date).
 */
export function readWorkbook(data: Buffer | string, raw = false): XLSX.WorkBook {
  const type = typeof data === 'string' ? 'string' : 'buffer';
  const options: XLSX.ParsingOptions = { ...BASE_OPTIONS, type, raw };
  let strictError: string;
  try {
    const wb = XLSX.read(data, { ...options, WTF: true });
    // A workbook always has a sheet; none means the workbook part itself was cut off.
    if (!Array.isArray(wb.SheetNames) || wb.SheetNames.length === 0)
      throw new RosterFileFailure('FILE_CORRUPT', { reason: '找不到任何工作表' }, 'no sheets');
    return wb;
  } catch (e) {
    if (e instanceof RosterFileFailure) throw e;
    const failure = classify(e);
    if (failure) throw failure;
    strictError = errorText(e);
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(data, { ...options, WTF: false });
  } catch (e) {
    throw classify(e) ?? new RosterFileFailure('FILE_CORRUPT', {}, `${strictError} / ${errorText(e)}`);
  }
  checkLenient(wb, strictError);
  return wb;
}

const dateFormats = new Map<string, boolean>();

/** Whether a number format shows a date (cached: a workbook has a handful of formats). */
export function isDateFormat(format: string): boolean {
  let yes = dateFormats.get(format);
  if (yes === undefined) {
    try {
      yes = ssfApi.is_date(format);
    } catch {
      yes = false;
    }
    dateFormats.set(format, yes);
  }
  return yes;
}
