/**
 * The zip scan inflates every part to count it; this lays those parts out again as a stored
 * (uncompressed) zip, so SheetJS reads exactly the bytes that were counted and does not inflate
 * them a second time with its JavaScript inflater (−0.1 s on a 4 MB roster, and its buffers).
 *
 * Only what SheetJS reads is written (0.20.3, parse_zip): the central directory's sizes and local
 * header offsets, each local header's name, and the data. The space is reserved from the
 * directory's declared sizes before the first part is inflated, so the parts are copied in one at
 * a time and never all held twice; a part whose real size is not the declared one (a lying or
 * zip64 archive) abandons the copy, and SheetJS then reads the original file as before.
 */

const LOCAL_HEADER = 30;
const DIRECTORY_HEADER = 46;
const END_RECORD = 22;

interface Placed {
  offset: number;
  size: number;
  name: Buffer;
  dosTime: number;
  utf8: boolean;
}

export class StoredZip {
  private buf: Buffer | null;
  private at = 0;
  private readonly placed: Placed[] = [];

  /** declared: each directory entry's name length and uncompressed size, in directory order. */
  constructor(declared: ReadonlyArray<{ nameLength: number; size: number }>, maxBytes: number) {
    let total = END_RECORD;
    let parts = 0;
    for (const d of declared) {
      total += LOCAL_HEADER + DIRECTORY_HEADER + 2 * d.nameLength + d.size;
      parts += d.size;
    }
    this.buf = declared.length > 0 && parts <= maxBytes ? Buffer.allocUnsafe(total) : null;
  }

  /** The next entry, in directory order: its local name, DOS time and date, and inflated content. */
  add(name: Buffer, dosTime: number, utf8: boolean, content: Uint8Array, declaredSize: number): void {
    const buf = this.buf;
    if (buf === null) return;
    const end = this.at + LOCAL_HEADER + name.length + content.length;
    if (content.length !== declaredSize || end > buf.length) {
      this.buf = null;
      return;
    }
    const p = this.at;
    buf.writeUInt32LE(0x04034b50, p);
    buf.writeUInt16LE(20, p + 4);
    buf.writeUInt16LE(utf8 ? 0x0800 : 0, p + 6);
    buf.writeUInt16LE(0, p + 8);
    buf.writeUInt32LE(dosTime >>> 0, p + 10);
    buf.writeUInt32LE(0, p + 14);
    buf.writeUInt32LE(content.length, p + 18);
    buf.writeUInt32LE(content.length, p + 22);
    buf.writeUInt16LE(name.length, p + 26);
    buf.writeUInt16LE(0, p + 28);
    name.copy(buf, p + LOCAL_HEADER);
    buf.set(content, p + LOCAL_HEADER + name.length);
    this.placed.push({ offset: p, size: content.length, name, dosTime, utf8 });
    this.at = end;
  }

  /** The stored zip, or null when it was abandoned. */
  finish(): Buffer | null {
    const buf = this.buf;
    this.buf = null;
    if (buf === null) return null;
    const start = this.at;
    let p = start;
    for (const e of this.placed) {
      if (p + DIRECTORY_HEADER + e.name.length + END_RECORD > buf.length) return null;
      buf.writeUInt32LE(0x02014b50, p);
      buf.writeUInt16LE(20, p + 4);
      buf.writeUInt16LE(20, p + 6);
      buf.writeUInt16LE(e.utf8 ? 0x0800 : 0, p + 8);
      buf.writeUInt16LE(0, p + 10);
      buf.writeUInt32LE(e.dosTime >>> 0, p + 12);
      buf.writeUInt32LE(0, p + 16);
      buf.writeUInt32LE(e.size, p + 20);
      buf.writeUInt32LE(e.size, p + 24);
      buf.writeUInt16LE(e.name.length, p + 28);
      buf.fill(0, p + 30, p + 42);
      buf.writeUInt32LE(e.offset, p + 42);
      e.name.copy(buf, p + DIRECTORY_HEADER);
      p += DIRECTORY_HEADER + e.name.length;
    }
    buf.writeUInt32LE(0x06054b50, p);
    buf.writeUInt32LE(0, p + 4);
    buf.writeUInt16LE(this.placed.length, p + 8);
    buf.writeUInt16LE(this.placed.length, p + 10);
    buf.writeUInt32LE(p - start, p + 12);
    buf.writeUInt32LE(start, p + 16);
    buf.writeUInt16LE(0, p + 20);
    return buf.subarray(0, p + END_RECORD);
  }
}
