/**
 * Text files are decoded here, not by SheetJS: SheetJS reads UTF-8 without a BOM and GBK as
 * mojibake and its tables lack GB18030, while Chinese offices save CSV as GBK as often as UTF-8.
 * Order: a BOM decides; then an encoding the file declares (HTML meta, XML prolog); then strict
 * UTF-8; then GB18030 (a superset of GBK and GB2312), which is a guess and says so.
 */
import { TextDecoder } from 'node:util';
import type { RawWorkbook } from '../../core/import/raw';

export type TextEncoding = NonNullable<RawWorkbook['encoding']>;

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** 'guessed': GB18030 was chosen without a BOM or declaration; 'lossy': not even that fit. */
  doubt: 'guessed' | 'lossy' | null;
}

const decoderFor = (label: string, fatal: boolean): TextDecoder =>
  new TextDecoder(label, { fatal, ignoreBOM: false });

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return decoderFor(label, true).decode(bytes);
  } catch {
    return null;
  }
}

/** The charset named in the first 2 KiB of markup (`<meta charset=…>`, `encoding="…"`), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

const GB_LABELS = new Set([
  'gbk',
  'gb2312',
  'gb18030',
  'x-gbk',
  'cp936',
  'ms936',
  'windows-936',
  'euc-cn',
  'chinese',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

export function decodeText(bytes: Uint8Array, declared: string | null = null): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes, 'utf-8');
    if (text !== null) return { text, encoding: 'utf-8-bom', doubt: null };
    return { text: decoderFor('utf-8', false).decode(bytes), encoding: 'utf-8-bom', doubt: 'lossy' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decoderFor('utf-16le', false).decode(bytes), encoding: 'utf-16le', doubt: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decoderFor('utf-16be', false).decode(bytes), encoding: 'utf-16be', doubt: null };

  if (declared && GB_LABELS.has(declared)) {
    const text = tryDecode(bytes, 'gb18030');
    if (text !== null) return { text, encoding: 'gb18030', doubt: null };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', doubt: null };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null)
    return { text: gb, encoding: 'gb18030', doubt: declared && GB_LABELS.has(declared) ? null : 'guessed' };
  // Neither fits: keep the encoding the file claims, else the likelier one, and say so.
  const label = declared && UTF8_LABELS.has(declared) ? 'utf-8' : 'gb18030';
  return { text: decoderFor(label, false).decode(bytes), encoding: label, doubt: 'lossy' };
}
