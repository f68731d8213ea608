import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetRows } from '../../../core/import/grid';
import type { RawCell } from '../../../core/import/raw';
import { decodeWorkbook, WireWriter } from '../../../main/roster/roster-wire';

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);
const sheet = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });

const trimmed = (rows: RawCell[][]): RawCell[][] => {
  const out = rows.map((r) => {
    const c = [...r];
    while (c.length > 0 && c[c.length - 1] === null) c.pop();
    return c;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
};

describe('the reader’s wire form', () => {
  it('round-trips any cells, several sheets sharing one text (property)', () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        const w = new WireWriter(1e9);
        sheets.forEach((rows, i) =>
          w.addSheet(`S${i}`, rows, (v) => v ?? null, { hidden: i === 1, merges: [0, 0, 0, i] }),
        );
        const { workbook, transfer } = w.finish({ format: 'xlsx', date1904: false });
        for (const s of workbook.sheets) expect(transfer).toContain(s.text);
        const raw = decodeWorkbook('a.xlsx', workbook);
        expect(raw.sheets.map((s) => sheetRows(s))).toEqual(sheets.map(trimmed));
        expect(raw.sheets.map((s) => s.hidden)).toEqual(sheets.map((_, i) => i === 1));
        expect(raw.sheets[0]?.merges).toEqual([{ startRow: 0, startCol: 0, endRow: 0, endCol: 0 }]);
      }),
    );
  });

  it('refuses a reply whose parts do not add up', () => {
    const w = new WireWriter(1e9);
    w.addSheet('S', [['a', 1]], (v) => v ?? null, { hidden: false, merges: [] });
    const { workbook } = w.finish({ format: 'csv', date1904: false });
    const sheet = workbook.sheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(() =>
      decodeWorkbook('a', { ...workbook, sheets: [{ ...sheet, kinds: new Uint8Array([2]) }] }),
    ).toThrow(/malformed/);
    expect(() =>
      decodeWorkbook('a', { ...workbook, sheets: [{ ...sheet, stringEnds: new Uint32Array([99]) }] }),
    ).toThrow(/malformed/);
    expect(() =>
      decodeWorkbook('a', { ...workbook, sheets: [{ ...sheet, kinds: new Uint8Array([2, 9]) }] }),
    ).toThrow(/malformed/);
    expect(() =>
      decodeWorkbook('a', { ...workbook, sheets: [{ ...sheet, stringRefs: new Uint32Array([1]) }] }),
    ).toThrow(/malformed/);
    expect(() =>
      decodeWorkbook('a', { ...workbook, sheets: [{ ...sheet, stringRefs: new Uint32Array([0, 0]) }] }),
    ).toThrow(/malformed/);
  });

  it('writes each distinct text of a sheet once', () => {
    const w = new WireWriter(1e9);
    w.addSheet(
      'S',
      [
        ['望月湖', 'G1'],
        ['望月湖', 'G1', null],
        [null, '望月湖'],
      ],
      (v) => v ?? null,
      {
        hidden: false,
        merges: [],
      },
    );
    const sheet = w.finish({ format: 'xlsx', date1904: false }).workbook.sheets[0];
    expect(sheet && Buffer.from(sheet.text).toString('utf16le')).toBe('望月湖G1');
    expect([...(sheet?.stringRefs ?? [])]).toEqual([0, 1, 0, 1, 0]);
    expect([...(sheet?.rowLengths ?? [])]).toEqual([2, 2, 2]);
    const raw = decodeWorkbook('a.xlsx', w.finish({ format: 'xlsx', date1904: false }).workbook);
    expect(raw.sheets[0] && sheetRows(raw.sheets[0])).toEqual([
      ['望月湖', 'G1'],
      ['望月湖', 'G1'],
      [null, '望月湖'],
    ]);
  });

  it('counts non-empty cells against the cap across sheets', () => {
    const w = new WireWriter(3);
    w.addSheet('A', [['a', null, 'b']], (v) => v ?? null, { hidden: false, merges: [] });
    expect(() => w.addSheet('B', [[1, 2]], (v) => v ?? null, { hidden: false, merges: [] })).toThrow(
      /FILE_TOO_MANY_CELLS/,
    );
  });
});
