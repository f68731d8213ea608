/**
 * Which parser a file goes to is decided by its first bytes, never by its extension: clerks rename
 * files, and an HTML page or an XML file saved as .xls is common.
 */
export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  /** A bare BIFF2–4 worksheet stream (Excel 2–4), not wrapped in an OLE container. */
  | { kind: 'biff' }
  | { kind: 'binary'; what: string }
  | { kind: 'text' };

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const ascii = (s: string): number[] => Array.from(s, (ch) => ch.charCodeAt(0));

/** Formats people mistake for spreadsheets, named for the message. */
const NOT_SPREADSHEETS: ReadonlyArray<{ sig: readonly number[]; at?: number; what: string }> = [
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { sig: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { sig: ascii('GIF8'), what: 'GIF 图片' },
  { sig: ascii('WEBP'), at: 8, what: 'WebP 图片' },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF 图片' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF 图片' },
  { sig: ascii('%PDF-'), what: 'PDF 文档' },
  { sig: ascii('{\\rtf'), what: 'RTF 文档' },
  { sig: [0x1f, 0x8b], what: 'gzip 压缩包' },
  { sig: ascii('Rar!'), what: 'RAR 压缩包' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7z 压缩包' },
  { sig: [0x7f, 0x45, 0x4c, 0x46], what: '程序文件' },
  { sig: ascii('MIME-Version:'), what: '网页归档（.mht）' },
];

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffBytes(bytes: Uint8Array): Sniffed {
  // PK\3\4 (a file entry), PK\5\6 (an empty archive), PK\7\8 (a spanned archive's marker).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] ?? 9) < 9 && (bytes[3] ?? 9) < 9)
    return { kind: 'zip' };
  if (startsWith(bytes, CFB_SIGNATURE)) return { kind: 'cfb' };
  // A BOF record: type 0x0009 / 0x0209 / 0x0409 / 0x0809 with a short length.
  if (bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1) && bytes.length >= 8) {
    const len = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8);
    if (len >= 4 && len <= 32) return { kind: 'biff' };
  }
  for (const t of NOT_SPREADSHEETS)
    if (startsWith(bytes, t.sig, t.at ?? 0) && (t.at === undefined || startsWith(bytes, ascii('RIFF'))))
      return { kind: 'binary', what: t.what };
  return { kind: 'text' };
}

/**
 * Whether bytes that matched no signature are binary rather than text: a NUL byte, or more than
 * 1% control characters, in the first 64 KiB. UTF-16 text (with its BOM) is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const n = Math.min(bytes.length, 65_536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and the DOS end-of-file mark are what text files carry.
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) ||
      b === 0x7f
    )
      control++;
  }
  return control > n / 100;
}
