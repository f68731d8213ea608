/**
 * Files crafted to pollute Object.prototype (CVE-2023-30533 used a comment ref="__proto__"):
 * read harmlessly, the test process's prototypes untouched, and the data intact.
 */
import { describe, expect, it } from 'vitest';
import type { RawWorkbook } from '../../../core/import/raw';
import { readOk, rowsOf } from './read-helpers';
import * as F from './roster-files';

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

function snapshot(): string[][] {
  return PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());
}

function expectUnpolluted(before: string[][], workbook: RawWorkbook): void {
  expect(snapshot()).toEqual(before);
  const probe: Record<string, unknown> = {};
  expect(probe['polluted']).toBeUndefined();
  expect(probe['A1']).toBeUndefined();
  expect(Object.getPrototypeOf(workbook)).toBe(Object.prototype);
  for (const sheet of workbook.sheets) {
    expect(Object.getPrototypeOf(sheet)).toBe(Object.prototype);
    expect(Object.keys(sheet).sort()).toEqual(
      ['dateCells', 'grid', 'hidden', 'merges', 'name'].filter((k) => k in sheet),
    );
    expect(Object.keys(sheet.grid ?? {}).sort()).toEqual([
      'kinds',
      'numbers',
      'rowLengths',
      'stringEnds',
      'stringRefs',
      'text',
    ]);
    for (const row of rowsOf(sheet) ?? []) expect(Array.isArray(row)).toBe(true);
  }
}

describe('prototype pollution', () => {
  it('xlsx: sheets named __proto__ and constructor, a comment on ref="__proto__"', async () => {
    const before = snapshot();
    const { workbook } = await readOk(F.prototypeXlsx(), 'proto.xlsx');
    expectUnpolluted(before, workbook);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor']);
    for (const sheet of workbook.sheets)
      expect(rowsOf(sheet)).toEqual([
        ['__proto__', 'constructor', 'prototype'],
        ['polluted', 1],
      ]);
  });

  it('xls: a sheet named __proto__', async () => {
    const before = snapshot();
    const { workbook } = await readOk(F.write(F.prototypeWorkbook(), 'xls'), 'proto.xls');
    expectUnpolluted(before, workbook);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['__proto__', 'toString']);
    expect(rowsOf(workbook.sheets[0])).toEqual([
      ['__proto__', 'constructor'],
      ['hasOwnProperty', 1],
    ]);
  });

  it('CSV: headers __proto__, constructor, prototype', async () => {
    const before = snapshot();
    const { workbook } = await readOk(
      F.utf8('__proto__,constructor,prototype\n{"a":1},toString,valueOf\n'),
      '__proto__.csv',
    );
    expectUnpolluted(before, workbook);
    expect(workbook.sheets[0]?.name).toBe('__proto__');
    expect(rowsOf(workbook.sheets[0])).toEqual([
      ['__proto__', 'constructor', 'prototype'],
      ['{"a":1}', 'toString', 'valueOf'],
    ]);
  });
});
