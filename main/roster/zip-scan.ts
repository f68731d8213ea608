/**
 * Before SheetJS unpacks an xlsx or ods, every entry is inflated here with a hard output cap, and
 * the bytes that actually come out are counted: a zip's declared sizes can lie, and SheetJS
 * inflates each entry fully and eagerly (a 300 KB xlsx held a 300 MB shared string).
 *
 * The walk mirrors SheetJS's own reader (0.20.3, parse_zip): the last end-of-central-directory
 * record, its entry count and directory offset, each directory entry's local header, and a
 * deflate stream read from the local data start to its own end, whatever size is declared.
 * So everything SheetJS will inflate is inflated and counted here first.
 */
import { inflateRawSync, type ZlibOptions } from 'node:zlib';
import { RosterFileFailure } from './file-problems';
import { RATIO_GRACE_BYTES, type ParseLimits } from './roster-limits';
import { StoredZip } from './zip-stored';

export interface ZipScan {
  kind: 'xlsx' | 'ods' | 'other';
  /** For 'other': what the archive looks like, for the message. */
  what: string;
  inflatedBytes: number;
  /** The same parts as a stored zip for SheetJS to read without inflating; null when not built. */
  stored: Buffer | null;
}

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const NO_SIZE = 0xffffffff;
/** The shortest cell with a value, `<c><v>1</v></c>`: sheet XML shorter than maxCells × this can't exceed maxCells. */
const MIN_VALUED_CELL_BYTES = 15;
const VALUE_END = Buffer.from('</v>');
const INLINE_END = Buffer.from('</is>');

const corrupt = (reason: string, detail: string): RosterFileFailure =>
  new RosterFileFailure('FILE_CORRUPT', { reason }, detail);

function inflateCounted(input: Buffer, maxOutputLength: number): { out: Buffer; consumed: number } {
  const options: ZlibOptions = { maxOutputLength: Math.max(1, maxOutputLength), info: true };
  // With info: true, node returns the engine too, whose bytesWritten is the input consumed.
  const r = inflateRawSync(input, options) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
  return { out: r.buffer, consumed: r.engine.bytesWritten };
}

function countOf(buf: Buffer, pattern: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(pattern); i >= 0; i = buf.indexOf(pattern, i + pattern.length)) n++;
  return n;
}

interface DirectoryEntry {
  compressed: number;
  uncompressed: number;
  local: number;
  nameLength: number;
  isSheet: boolean;
}

const WORKSHEET_END = /<\/(?:[A-Za-z0-9_.-]+:)?worksheet>\s*$/;
const SHEET_PART = /^\/*xl\/worksheets\/[^/]+\.xml$/i;

function readDirectory(bytes: Buffer): DirectoryEntry[] {
  const eocd = bytes.lastIndexOf(EOCD);
  if (eocd < 0 || eocd + 22 > bytes.length)
    throw corrupt('压缩结构不完整，文件可能只下载或复制了一部分', 'no end of central directory');
  const count = bytes.readUInt16LE(eocd + 8);
  let p = bytes.readUInt32LE(eocd + 16);
  const entries: DirectoryEntry[] = [];
  for (let e = 0; e < count; e++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CD_SIG)
      throw corrupt('压缩目录损坏', `central directory entry ${e} at ${p}`);
    const nameLength = bytes.readUInt16LE(p + 28);
    entries.push({
      compressed: bytes.readUInt32LE(p + 20),
      uncompressed: bytes.readUInt32LE(p + 24),
      local: bytes.readUInt32LE(p + 42),
      nameLength,
      isSheet: SHEET_PART.test(bytes.toString('latin1', p + 46, Math.min(bytes.length, p + 46 + nameLength))),
    });
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

export function scanZip(bytes: Buffer, limits: Required<ParseLimits>): ZipScan {
  const entries = readDirectory(bytes);
  const names: string[] = [];
  const small = new Map<string, string>();
  let inflated = 0;
  // Counting cell values costs ~100 ms per 40 MB of sheet XML, so it is done only where the cap
  // could be reached: sheets declaring more than maxCells × the shortest valued cell, or a part
  // whose real size is not the one declared. Elsewhere a part's size bounds its cells.
  const sheetBudget = limits.maxCells * MIN_VALUED_CELL_BYTES;
  const countAll = entries.reduce((sum, d) => sum + (d.isSheet ? d.uncompressed : 0), 0) > sheetBudget;
  let cells = 0;
  const stored = new StoredZip(
    entries.map((d) => ({ nameLength: d.nameLength, size: d.uncompressed })),
    limits.maxInflatedBytes,
  );

  for (const [e, d] of entries.entries()) {
    const local = d.local;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIG)
      throw corrupt('压缩数据损坏', `local header of entry ${e} at ${local}`);
    const flags = bytes.readUInt16LE(local + 6);
    const method = bytes.readUInt16LE(local + 8);
    const localCompressed = bytes.readUInt32LE(local + 18);
    const nameLength = bytes.readUInt16LE(local + 26);
    const start = local + 30 + nameLength + bytes.readUInt16LE(local + 28);
    if (start > bytes.length) throw corrupt('压缩数据不完整', `entry ${e} data starts past the end`);
    const name = bytes
      .toString('latin1', local + 30, local + 30 + nameLength)
      .replace(/^\/+/, '')
      .toLowerCase();
    names.push(name);
    if (flags & 0x2041) throw new RosterFileFailure('FILE_ENCRYPTED', {}, `zip entry ${name} is encrypted`);

    const available = bytes.length - start;
    const remaining = limits.maxInflatedBytes - inflated;
    let content: Buffer;
    if (method === 0) {
      const size = localCompressed === NO_SIZE ? available : Math.min(localCompressed, available);
      content = bytes.subarray(start, start + size);
    } else if (method === 8) {
      const declared = [d.compressed, localCompressed].find((v) => v > 0 && v !== NO_SIZE) ?? available;
      const ratioCap = Math.max(RATIO_GRACE_BYTES, Math.min(declared, available) * limits.maxInflateRatio);
      const cap = Math.min(remaining, ratioCap);
      let r: { out: Buffer; consumed: number };
      try {
        r = inflateCounted(bytes.subarray(start), cap);
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
          throw bomb(cap < remaining, limits, `${name}: more than ${cap} bytes`);
        throw corrupt('压缩数据损坏', `${name}: ${String(code ?? err)}`);
      }
      content = r.out;
      if (content.length > cap) throw bomb(cap < remaining, limits, `${name}: ${content.length} bytes`);
      if (content.length > RATIO_GRACE_BYTES && content.length > r.consumed * limits.maxInflateRatio)
        throw bomb(true, limits, `${name}: ${content.length} bytes from ${r.consumed}`);
    } else {
      throw corrupt('使用了不支持的压缩方式', `${name}: compression method ${method}`);
    }
    inflated += content.length;
    if (inflated > limits.maxInflatedBytes)
      throw bomb(false, limits, `total past ${limits.maxInflatedBytes}`);

    if (SHEET_PART.test(name)) {
      // SheetJS reads a sheet cut off mid-XML as an empty or shorter sheet, without a word.
      if (!WORKSHEET_END.test(content.toString('latin1', Math.max(0, content.length - 256))))
        throw corrupt('工作表内容不完整', `${name} does not end with </worksheet>`);
      cells +=
        countAll || content.length !== d.uncompressed
          ? countOf(content, VALUE_END) + countOf(content, INLINE_END)
          : Math.floor(content.length / MIN_VALUED_CELL_BYTES);
      if (cells > limits.maxCells)
        throw new RosterFileFailure(
          'FILE_TOO_MANY_CELLS',
          { limitCells: limits.maxCells },
          `about ${cells} valued cells`,
        );
    }
    if (name === 'mimetype' || name === 'meta-inf/manifest.xml')
      small.set(name, content.subarray(0, 65_536).toString('latin1'));
    const rawName = bytes.subarray(local + 30, local + 30 + nameLength);
    stored.add(rawName, bytes.readUInt32LE(local + 10), (flags & 0x0800) !== 0, content, d.uncompressed);
  }

  return { ...classify(names, small), inflatedBytes: inflated, stored: stored.finish() };
}

function bomb(ratio: boolean, limits: Required<ParseLimits>, detail: string): RosterFileFailure {
  const cap = ratio ? `ratio cap ${limits.maxInflateRatio}:1` : `total cap ${limits.maxInflatedBytes} bytes`;
  return new RosterFileFailure(
    'FILE_ZIP_BOMB',
    { ratio, limitBytes: limits.maxInflatedBytes },
    `${cap}: ${detail}`,
  );
}

function classify(
  names: readonly string[],
  small: ReadonlyMap<string, string>,
): Omit<ZipScan, 'inflatedBytes' | 'stored'> {
  const has = (n: string): boolean => names.includes(n);
  if (has('[content_types].xml') && names.some((n) => n.startsWith('xl/'))) return { kind: 'xlsx', what: '' };
  const mimetype = small.get('mimetype') ?? '';
  const manifest = small.get('meta-inf/manifest.xml') ?? '';
  if (
    has('content.xml') &&
    (mimetype.includes('opendocument.spreadsheet') || manifest.includes('opendocument.spreadsheet'))
  ) {
    if (manifest.includes('encryption-data'))
      throw new RosterFileFailure('FILE_ENCRYPTED', {}, 'ODS manifest lists encryption-data');
    return { kind: 'ods', what: '' };
  }
  if (names.some((n) => n.startsWith('word/'))) return { kind: 'other', what: 'Word 文档' };
  if (names.some((n) => n.startsWith('ppt/'))) return { kind: 'other', what: 'PowerPoint 演示文稿' };
  if (mimetype.includes('opendocument.text')) return { kind: 'other', what: 'OpenDocument 文字文档' };
  return { kind: 'other', what: '压缩包（ZIP）' };
}
