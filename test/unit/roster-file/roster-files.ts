/**
 * Every file the roster-reader tests use, generated: a small roster in each format the reader
 * takes, and the hostile files it must refuse. All in memory and small, except where a test asks
 * for size on purpose.
 */
import * as XLSX from 'xlsx';
import * as codepages from 'xlsx/dist/cpexcel.full.mjs';
import { craftXlsx, inlineCell, numberCell, repeatedDeflate, zip } from './zip-craft';

/** The ES build exports `utils` at the top level; its typings describe the CommonJS object. */
const cpUtils = (
  codepages as unknown as { utils: { encode(cp: number, text: string, out: 'buf'): ArrayLike<number> } }
).utils;

export const ID = '430104199001011234';
/** 2026-03-05 as an Excel serial (1900 system). */
export const SERIAL = 46086;

/** The roster every format carries: title rows, a blank row, a header, tricky values. */
export function rosterCells(): XLSX.CellObject[][] {
  const s = (v: string): XLSX.CellObject => ({ t: 's', v });
  const n = (v: number, z?: string): XLSX.CellObject => (z ? { t: 'n', v, z } : { t: 'n', v });
  return [
    [s('岳麓区工作群统计表')],
    [s('填报日期：2026年3月5日')],
    [],
    [
      s('群编号'),
      s('群名称'),
      s('所属单位'),
      s('成员数'),
      s('身份证号'),
      s('是否临时'),
      s('最近活跃'),
      s('备注'),
    ],
    [
      s('007'),
      s('望月湖街道党建工作群'),
      s('望月湖街道'),
      n(35),
      s(ID),
      { t: 'b', v: true },
      n(SERIAL, 'yyyy-mm-dd'),
      s('=1+1'),
    ],
    [
      s('G-2'),
      s('荣华社区网格群'),
      s('荣华社区'),
      s('35人'),
      s('3/5'),
      { t: 'b', v: false },
      n(SERIAL + 1, 'yyyy"年"m"月"d"日"'),
      s('1-2'),
    ],
    [
      s('G3'),
      s('公式与错误'),
      s('区教育局'),
      { t: 'n', v: 12, f: '10+2' },
      { t: 'e', v: 0x2a },
      s('否'),
      n(1.5),
    ],
  ];
}

function rosterSheet(): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([[]]);
  rosterCells().forEach((row, r) =>
    row.forEach((cell, c) => {
      ws[XLSX.utils.encode_cell({ r, c })] = { ...cell };
    }),
  );
  ws['!ref'] = 'A1:H7';
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }];
  return ws;
}

/** The roster as a workbook: 工作群 plus a hidden 列表 sheet, optionally in the 1904 date system. */
export function rosterWorkbook(date1904 = false): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, rosterSheet(), '工作群');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['微信'], ['QQ']]), '列表');
  wb.Workbook = {
    Sheets: [
      { name: '工作群', Hidden: 0 },
      { name: '列表', Hidden: 1 },
    ],
    WBProps: { date1904 },
  };
  return wb;
}

export const write = (wb: XLSX.WorkBook, bookType: XLSX.BookType): Uint8Array =>
  new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer);

/** The roster as CSV text (Excel's quoting: fields with commas, quotes or newlines are quoted). */
export const ROSTER_CSV = [
  '岳麓区工作群统计表,,,,,,,',
  '填报日期：2026年3月5日,,,,,,,',
  '',
  '群编号,群名称,所属单位,成员数,身份证号,是否临时,最近活跃,备注',
  `007,望月湖街道党建工作群,望月湖街道,35,${ID},是,2026-03-05,=1+1`,
  'G-2,"荣华社区网格群,二组",荣华社区,35人,3/5,否,46087,1-2',
  'G3,"说""明""",区教育局,"=HYPERLINK(""http://x"",""y"")","多',
  '行",,,',
].join('\r\n');

/** GBK bytes, encoded with SheetJS's code page 936 table. */
export const gbk = (text: string): Uint8Array => new Uint8Array(cpUtils.encode(936, text, 'buf'));

export const utf8 = (text: string, bom = false): Uint8Array =>
  new Uint8Array(
    Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]),
  );

export const utf16le = (text: string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

/** An HTML page with the roster's table, as Excel's “save as web page” (renamed .xls) holds it. */
export function rosterHtml(charset: 'utf-8' | 'gb2312'): Uint8Array {
  const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><table>
<tr><td colspan="3">岳麓区工作群统计表</td></tr>
<tr><td>群编号</td><td>群名称</td><td>成员数</td><td>身份证号</td><td>备注</td></tr>
<tr><td>007</td><td>望月湖街道党建工作群</td><td>35</td><td>${ID}</td><td>3/5</td></tr>
</table></body></html>`;
  return charset === 'utf-8' ? utf8(html) : gbk(html);
}

/** SpreadsheetML 2003 whose rich text nests <Font> `depth` deep (the quadratic case when deep). */
export function nestedFontXml(depth: number): Uint8Array {
  return utf8(`<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
<Worksheet ss:Name="工作群"><Table><Row><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">${'<Font html:Color="#FF0000">'.repeat(depth)}群名称${'</Font>'.repeat(depth)}</ss:Data></Cell></Row></Table></Worksheet>
</Workbook>`);
}

/** Pseudo-random bytes from a fixed seed (xorshift32), so a failure reproduces. */
export function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const cells = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `<row r="${i + 1}">${inlineCell(`A${i + 1}`, `行${i + 1}`)}${numberCell(`B${i + 1}`, i)}</row>`,
  ).join('');

/** A handful of cells under a <dimension> claiming the whole sheet (A1:XFD1048576). */
export const dimensionBomb = (): Uint8Array =>
  craftXlsx([{ name: '工作群', body: `<dimension ref="A1:XFD1048576"/><sheetData>${cells(3)}</sheetData>` }]);

/**
 * One shared string of `megabytes` MB of 'A' in a file of a few hundred KB. Declared honestly by
 * default: SheetJS keeps no more than an entry's declared size, so the honest file is the one
 * that costs it gigabytes.
 */
export function sharedStringBomb(megabytes: number, declared: 'honest' | number = 'honest'): Uint8Array {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
  const tail = '</t></si></sst>';
  const sst = repeatedDeflate(head, new Uint8Array(1 << 20).fill(0x41), megabytes, tail);
  const size = declared === 'honest' ? head.length + (megabytes << 20) + tail.length : declared;
  return craftXlsx(
    [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
    '',
    [{ name: 'xl/sharedStrings.xml', deflated: sst, declaredSize: size }],
  );
}

/** An xlsx carrying an extra entry of `megabytes` MB of zeros, whose headers claim `declaredSize`. */
export function zerosBomb(megabytes: number, declaredSize: number | 'honest'): Uint8Array {
  const deflated = repeatedDeflate('', new Uint8Array(1 << 20), megabytes, '');
  const size = declaredSize === 'honest' ? megabytes << 20 : declaredSize;
  return craftXlsx([{ name: 'S', body: `<sheetData>${cells(2)}</sheetData>` }], null, [
    { name: 'xl/media/image1.png', deflated, declaredSize: size },
  ]);
}

/** One incompressible 1 MB entry listed `copies` times in the central directory. */
export const overlapBomb = (copies: number): Uint8Array =>
  zip([{ name: 'xl/media/noise.bin', data: randomBytes(1 << 20) }], copies);

/** An xlsx with `rows` rows of two valued cells, written with inline strings. */
export const manyCells = (rows: number): Uint8Array =>
  craftXlsx([{ name: 'S', body: `<sheetData>${cells(rows)}</sheetData>` }]);

/** Cells whose text and references aim at Object.prototype. */
export function prototypeXlsx(): Uint8Array {
  const body = `<sheetData><row r="1">${inlineCell('A1', '__proto__')}${inlineCell('B1', 'constructor')}${inlineCell('C1', 'prototype')}</row><row r="2">${inlineCell('A2', 'polluted')}${numberCell('B2', 1)}</row></sheetData>`;
  const comments =
    '<authors><author>x</author></authors><commentList><comment ref="__proto__" authorId="0"><text><t>polluted</t></text></comment><comment ref="A1" authorId="0"><text><t>ok</t></text></comment></commentList>';
  return craftXlsx([
    { name: '__proto__', body, comments },
    { name: 'constructor', body },
  ]);
}

/** A compound file holding what Office writes for a password-protected xlsx. */
export function encryptedOoxml(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', randomBytes(4096));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/** A compound file that is not a workbook (a .doc's stream). */
export function wordCfb(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', randomBytes(2048));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(200)]);
export const PDF = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/** Rows 1 and 4 only, row 4 with a gap at B and a style-only cell at D: blank rows stay in place. */
export const craftXlsxRows = (): Uint8Array =>
  craftXlsx([
    {
      name: 'S',
      body: `<sheetData><row r="1">${inlineCell('A1', 'A')}</row><row r="4">${inlineCell('A4', 'B')}${inlineCell('C4', 'C')}<c r="D4" s="0"/></row><row r="9"><c r="A9" s="0"/></row></sheetData>`,
    },
  ]);

/** GBK text plus 𠀀 (U+20000), which only GB18030's four-byte form can carry (95 32 82 36). */
export const gb18030Bytes = (): Uint8Array =>
  new Uint8Array(
    Buffer.concat([
      Buffer.from(gbk('姓名,单位\r\n张三,')),
      Buffer.from([0x95, 0x32, 0x82, 0x36]),
      Buffer.from(gbk('社区\r\n')),
    ]),
  );

/** Two sheets, both empty. */
export const emptyWorkbook = (): Uint8Array =>
  craftXlsx([
    { name: '工作群', body: '<sheetData/>' },
    { name: '成员', body: '<sheetData></sheetData>' },
  ]);

/** An xlsx whose sheet entry carries the zip encryption flag. */
export const zipWithEncryptedEntry = (): Uint8Array =>
  craftXlsx([{ name: 'S', body: `<sheetData>${cells(1)}</sheetData>` }], null, [
    { name: 'xl/worksheets/sheet1.xml', data: randomBytes(300), stored: true, flags: 0x0801 },
  ]);

/** An xlsx whose sheet XML is cut off mid-row. */
export const garbageSheetXlsx = (): Uint8Array =>
  craftXlsx([{ name: 'S', body: '' }], null, [
    { name: 'xl/worksheets/sheet1.xml', data: utf8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>') },
  ]);

/** An xlsx whose workbook part is not XML at all. */
export const garbageWorkbookXlsx = (): Uint8Array =>
  craftXlsx([{ name: 'S', body: `<sheetData>${cells(1)}</sheetData>` }], null, [
    { name: 'xl/workbook.xml', data: utf8('\u0001garbage<<<>>>') },
  ]);

/** An xlsx whose sheet entry claims deflate but holds noise. */
export const badDeflateXlsx = (): Uint8Array =>
  craftXlsx([{ name: 'S', body: '' }], null, [
    { name: 'xl/worksheets/sheet1.xml', deflated: randomBytes(2000), declaredSize: 9000 },
  ]);

/** A CSV of `count` cells, ten to a row: "1" each, or distinct six-digit numbers. */
export function csvOfCells(count: number, distinct = false): Uint8Array {
  if (!distinct) return new Uint8Array(Buffer.alloc((count / 10) * 20, '1,1,1,1,1,1,1,1,1,1\n'));
  const lines: string[] = [];
  for (let i = 0; i < count; i += 10)
    lines.push(Array.from({ length: 10 }, (_, k) => String(100_000 + ((i + k) % 900_000))).join(','));
  return utf8(lines.join('\n'));
}

/** Sheets named __proto__ and toString (SheetJS keys its Sheets object by name). */
export function prototypeWorkbook(): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const rows = [
    ['__proto__', 'constructor'],
    ['hasOwnProperty', 1],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '__proto__');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'toString');
  return wb;
}

/**
 * An xlsx whose styles carry an element SheetJS does not know inside <numFmts>: harmless, but
 * SheetJS's strict mode throws on it, so the reader must fall back to the lenient read.
 */
export function strictTripXlsx(): Uint8Array {
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/><x14:extra xmlns:x14="urn:example"/></numFmts></styleSheet>';
  return craftXlsx(
    [{ name: 'S', body: `<sheetData>${cells(2)}</sheetData>` }],
    null,
    [{ name: 'xl/styles.xml', data: utf8(styles) }],
    [
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ],
  );
}

/** A cell at column ZZZZ, past Excel's last column XFD. */
export const beyondLastColumn = (): Uint8Array =>
  craftXlsx([{ name: 'S', body: `<sheetData><row r="1">${inlineCell('ZZZZ1', 'x')}</row></sheetData>` }]);
