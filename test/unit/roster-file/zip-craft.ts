/**
 * Hand-made zips for the hostile cases: entries with lying sizes, deflate streams of hundreds of
 * megabytes built from a few kilobytes (a self-contained deflate block, repeated), and a minimal
 * xlsx whose XML parts are written out verbatim.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The stored bytes (method 0), or the bytes to deflate (method 8). */
  data?: Uint8Array;
  /** A ready raw deflate stream (method 8); its size claims come from `declaredSize`. */
  deflated?: Uint8Array;
  /** The uncompressed size written into the headers (default: the real one, or 0 for `deflated`). */
  declaredSize?: number;
  stored?: boolean;
  /** General-purpose flags (default: UTF-8 names); bit 0 marks an encrypted entry. */
  flags?: number;
}

const u16 = (v: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(v);
  return b;
};
const u32 = (v: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
};

/** A zip archive; `centralCopies` lists each entry that many times in the directory (an overlap bomb). */
export function zip(entries: readonly ZipEntry[], centralCopies = 1): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.data ? Buffer.from(e.data) : Buffer.alloc(0);
    const body = e.deflated ? Buffer.from(e.deflated) : e.stored ? raw : deflateRawSync(raw);
    const method = e.stored && !e.deflated ? 0 : 8;
    const size = e.declaredSize ?? (e.deflated ? 0 : raw.length);
    const crc = e.data ? crc32(raw) : 0;
    const common = [
      u16(20),
      u16(e.flags ?? 0x0800),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(body.length),
      u32(size),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(name.length), u16(0), name]);
    const cd = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      ...common,
      u16(name.length),
      u16(0),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(offset),
      name,
    ]);
    for (let i = 0; i < centralCopies; i++) central.push(cd);
    locals.push(local, body);
    offset += local.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const count = central.length;
  const eocd = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(cdBytes.length),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...locals, cdBytes, eocd]));
}

/**
 * A raw deflate stream of prefix + unit × times + suffix, built in O(unit + times) time: each
 * piece is compressed on its own and sync-flushed, so it refers to nothing before it, and
 * repeating a piece repeats its output.
 */
export function repeatedDeflate(prefix: string, unit: Uint8Array, times: number, suffix: string): Uint8Array {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(Buffer.from(prefix), flush);
  const block = deflateRawSync(Buffer.from(unit), flush);
  const tail = deflateRawSync(Buffer.from(suffix));
  return new Uint8Array(Buffer.concat([head, ...Array.from({ length: times }, () => block), tail]));
}

const xml = (s: string): Uint8Array =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface CraftedSheet {
  name: string;
  /** The <sheetData> content and anything around it inside <worksheet>. */
  body: string;
  /** An xl/comments part for this sheet. */
  comments?: string;
}

/**
 * A minimal xlsx written part by part; `replace` swaps in (or adds) a ready entry, e.g. a bomb, by
 * name, and `contentTypes` adds <Override> elements for added parts.
 */
export function craftXlsx(
  sheets: readonly CraftedSheet[],
  sharedStrings: string | null = null,
  replace: readonly ZipEntry[] = [],
  contentTypes: readonly string[] = [],
): Uint8Array {
  const overrides = [
    ...contentTypes,
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    ...sheets.flatMap((s, i) =>
      s.comments
        ? [
            `<Override PartName="/xl/comments${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
          ]
        : [],
    ),
    sharedStrings === null
      ? ''
      : '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
  ];
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets
          .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join(
            '',
          )}${sharedStrings === null ? '' : `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`}</Relationships>`,
      ),
    },
  ];
  sheets.forEach((s, i) => {
    entries.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: xml(`<worksheet xmlns="${NS}" xmlns:r="${REL}">${s.body}</worksheet>`),
    });
    if (s.comments) {
      entries.push({
        name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        data: xml(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="${REL}/comments" Target="../comments${i + 1}.xml"/></Relationships>`,
        ),
      });
      entries.push({
        name: `xl/comments${i + 1}.xml`,
        data: xml(`<comments xmlns="${NS}">${s.comments}</comments>`),
      });
    }
  });
  if (sharedStrings !== null)
    entries.push({ name: 'xl/sharedStrings.xml', data: xml(`<sst xmlns="${NS}">${sharedStrings}</sst>`) });
  const byName = new Map(replace.map((e) => [e.name, e]));
  return zip(
    entries
      .map((e) => byName.get(e.name) ?? e)
      .concat(replace.filter((e) => !entries.some((x) => x.name === e.name))),
  );
}

/** An inline-string cell, for hand-written sheet XML. */
export const inlineCell = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const numberCell = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;
