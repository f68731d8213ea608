import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_LIMITS } from '../../../main/roster/roster-limits';
import { scanZip } from '../../../main/roster/zip-scan';
import * as F from './roster-files';
import { craftXlsx, repeatedDeflate, zip } from './zip-craft';

const scan = (bytes: Uint8Array, limits: Partial<typeof DEFAULT_LIMITS> = {}) =>
  scanZip(Buffer.from(bytes), { ...DEFAULT_LIMITS, ...limits });

describe('scanZip', () => {
  it('classifies workbooks and counts what it inflated', () => {
    const xlsx = F.write(F.rosterWorkbook(), 'xlsx');
    expect(scan(xlsx)).toMatchObject({ kind: 'xlsx' });
    expect(scan(xlsx).inflatedBytes).toBeGreaterThan(xlsx.length);
    expect(scan(F.write(F.rosterWorkbook(), 'ods'))).toMatchObject({ kind: 'ods' });
    expect(scan(zip([{ name: 'a.txt', data: F.utf8('x') }]))).toMatchObject({
      kind: 'other',
      what: '压缩包（ZIP）',
    });
  });

  it('counts the bytes actually inflated, not the sizes declared', () => {
    const deflated = repeatedDeflate('', new Uint8Array(1 << 20).fill(0x41), 3, '');
    const lying = zip([{ name: 'a.bin', deflated, declaredSize: 10 }]);
    expect(scan(lying, { maxInflateRatio: 1e6 }).inflatedBytes).toBe(3 << 20);
    expect(() => scan(lying, { maxInflateRatio: 1e6, maxInflatedBytes: 2 << 20 })).toThrow(
      /FILE_ZIP_BOMB.*total cap/,
    );
    expect(() => scan(lying)).toThrow(/FILE_ZIP_BOMB.*ratio cap/);
  });

  it('counts an entry listed twice in the directory twice', () => {
    const once = scan(zip([{ name: 'n.bin', data: F.randomBytes(1000) }])).inflatedBytes;
    expect(scan(zip([{ name: 'n.bin', data: F.randomBytes(1000) }], 5)).inflatedBytes).toBe(5 * once);
  });

  it('counts valued cells where the cap is within reach', () => {
    expect(() => scan(F.manyCells(100), { maxCells: 150 })).toThrow(/FILE_TOO_MANY_CELLS/);
    expect(() => scan(F.manyCells(100), { maxCells: 250 })).not.toThrow();
  });

  it('hands SheetJS the parts it inflated as a stored zip: same entries, same bytes, same workbook', () => {
    const xlsx = F.write(F.rosterWorkbook(), 'xlsx');
    const { stored } = scan(xlsx);
    if (!stored) throw new Error('no stored zip');
    type Entry = { name: string; content: Uint8Array };
    const entries = (bytes: Uint8Array): Entry[] =>
      (XLSX.CFB.read(bytes, { type: 'buffer' }) as { FileIndex: Entry[] }).FileIndex.filter(
        (e) => e.name.endsWith('.xml') || e.name.endsWith('.rels'),
      ).map((e) => ({ name: e.name, content: Buffer.from(e.content) }));
    expect(entries(stored)).toEqual(entries(xlsx));
    for (let p = stored.indexOf('PK\x03\x04'); p >= 0; p = stored.indexOf('PK\x03\x04', p + 4))
      expect(stored.readUInt16LE(p + 8)).toBe(0); // stored, not deflated
    const options = { type: 'buffer', dense: true } as const;
    const sheets = (bytes: Uint8Array) => {
      const wb = XLSX.read(bytes, options);
      return wb.SheetNames.map((n) => XLSX.utils.sheet_to_json(wb.Sheets[n] ?? {}, { header: 1 }));
    };
    expect(sheets(stored)).toEqual(sheets(xlsx));
  });

  it('leaves SheetJS the original file when a part is not the size declared', () => {
    const deflated = repeatedDeflate('', new Uint8Array(1 << 20).fill(0x41), 3, '');
    const lying = zip([{ name: 'a.bin', deflated, declaredSize: 10 }]);
    const r = scan(lying, { maxInflateRatio: 1e6 });
    expect(r.inflatedBytes).toBe(3 << 20);
    expect(r.stored).toBeNull();
    expect(scan(zip([{ name: 'n.bin', data: F.randomBytes(1000) }], 3)).stored).not.toBeNull();
  });

  it('refuses a cut-off archive or sheet, and unknown compression', () => {
    expect(() => scan(F.write(F.rosterWorkbook(), 'xlsx').slice(0, 2000))).toThrow(/FILE_CORRUPT/);
    expect(() => scan(F.garbageSheetXlsx())).toThrow(/FILE_CORRUPT.*worksheet/);
    const bytes = Buffer.from(craftXlsx([{ name: 'S', body: '<sheetData/>' }]));
    bytes.writeUInt16LE(12, 8); // the first entry now claims bzip2
    expect(() => scan(bytes)).toThrow(/FILE_CORRUPT.*method 12/);
  });
});
