/** Building RawWorkbook values in tests: arrays of rows, no files. */
import type { Problem } from '../../../core/problems';
import type { RawCell, RawSheet, RawWorkbook } from '../../../core/import/raw';

export type Rows = RawCell[][];

export function sheet(name: string, rows: Rows, merges: RawSheet['merges'] = []): RawSheet {
  return { name, rows, merges };
}

export function book(file: string, sheets: RawSheet[], date1904 = false): RawWorkbook {
  return { file, format: 'xlsx', date1904, sheets };
}

export const GROUP_HEADER = ['群编号', '群名称', '所属单位', '平台', '群类别', '成员数'];

/** A one-sheet groups workbook with the header on row 1. */
export function groupsBook(file: string, rows: Rows, header: RawCell[] = GROUP_HEADER): RawWorkbook {
  return book(file, [sheet('工作群', [header, ...rows])]);
}

/** Problems as [code, row, column] triples, the shape most assertions compare. */
export function places(
  problems: readonly Problem[],
  ...codes: string[]
): Array<[string, number | null, string | null]> {
  return problems
    .filter((p) => codes.length === 0 || codes.includes(p.code))
    .map((p) => [p.code, p.row, p.column]);
}

export function codes(problems: readonly Problem[]): string[] {
  return problems.map((p) => p.code);
}
