import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../core/import/raw';
import { detectDelimiter, parseCsv } from '../../../main/roster/csv-parse';
import { RosterFileFailure } from '../../../main/roster/file-problems';

const rows = (text: string): RawCell[][] => parseCsv(text, 1e9).rows;

describe('parseCsv', () => {
  it.each([
    [
      'plain',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['CRLF, CR and LF line ends', 'a\r\nb\rc\nd', [['a'], ['b'], ['c'], ['d']]],
    ['a final newline adds no row', 'a,b\r\n', [['a', 'b']]],
    ['blank lines stay as empty rows', 'a\n\n,,\nb', [['a'], [], [], ['b']]],
    ['leading blank lines keep row numbers', '\n\na', [[], [], ['a']]],
    ['empty fields are null, trailing ones cut', ',a,,b,,', [[null, 'a', null, 'b']]],
    [
      'quotes, doubled quotes, delimiters and newlines in quotes',
      '"a,b","say ""hi""","x\ny"',
      [['a,b', 'say "hi"', 'x\ny']],
    ],
    ['text after a closing quote is kept, as Excel does', '"ab"c,d', [['abc', 'd']]],
    ['a quote inside an unquoted field is literal', 'ab"c,d', [['ab"c', 'd']]],
    ['an empty quoted field is empty', '"",a', [[null, 'a']]],
    [
      'values stay exact text',
      '430104199001011234,007,1-2,3/5,35人,=1+1, 12 ,1e3,TRUE',
      [['430104199001011234', '007', '1-2', '3/5', '35人', '=1+1', ' 12 ', '1e3', 'TRUE']],
    ],
    [
      'tabs when the first lines have more tabs',
      'a\tb,c\n1\t2',
      [
        ['a', 'b,c'],
        ['1', '2'],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reports the row where an unclosed quote opened', () => {
    const r = parseCsv('a\nb,"c\nd\ne', 1e9);
    expect(r.unclosedQuoteRow).toBe(2);
    expect(r.rows).toEqual([['a'], ['b', 'c\nd\ne']]);
  });

  it('stops at the cell cap and at Excel’s row count', () => {
    expect(() => parseCsv('1,2,3\n4,5,6', 5)).toThrow(RosterFileFailure);
    expect(() => parseCsv('\n'.repeat(1_048_577) + 'x', 1e9)).toThrow(/FILE_TOO_MANY_CELLS/);
    expect(parseCsv('\n'.repeat(1_048_575) + 'x', 1e9).rows).toHaveLength(1_048_576);
  });

  it('detects the delimiter outside quotes only', () => {
    expect(detectDelimiter('"a\tb\tc",d\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('标题\n')).toBe(',');
  });

  it('reads back whatever Excel-style quoting wrote (property)', () => {
    const field = fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => s.replace(/\r/g, ''));
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (t) => {
        const quote = (f: string): string =>
          /[",\n]/.test(f) || f.startsWith('"') ? `"${f.replace(/"/g, '""')}"` : f;
        const text = t.map((r) => r.map(quote).join(',')).join('\n');
        const expected = t.map((r) => {
          const cells: RawCell[] = r.map((f) => (f === '' ? null : f));
          while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
          return cells;
        });
        // A last row of one empty field is an empty last line, which is no row at all.
        const last = t[t.length - 1];
        if (last?.length === 1 && last[0] === '') expected.pop();
        expect(rows(text)).toEqual(expected);
      }),
    );
  });
});
