/**
 * Reading through the real isolated reader: the built worker (vitest's global setup builds
 * out/node when main/ changed).
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { sheetRows } from '../../../core/import/grid';
import type { RawCell, RawSheet, RawWorkbook } from '../../../core/import/raw';
import type { Problem, ProblemCode } from '../../../core/problems';
import { readRosterFile, type ParseLimits, type ReadResult } from '../../../main/roster/read-roster-file';
import { rosterWorkbook, write } from './roster-files';

export const workerPath = join(import.meta.dirname, '..', '..', '..', 'out', 'node', 'roster-worker.js');

/** A sheet's cells as row arrays (the reader hands back a grid). */
export const rowsOf = (sheet: RawSheet | undefined): RawCell[][] | undefined =>
  sheet === undefined ? undefined : sheetRows(sheet);

export const read = (bytes: Uint8Array, name: string, limits?: Partial<ParseLimits>): Promise<ReadResult> =>
  readRosterFile({ bytes, name }, { workerPath, limits });

export async function readOk(
  bytes: Uint8Array,
  name: string,
): Promise<{ workbook: RawWorkbook; warnings: Problem[] }> {
  const r = await read(bytes, name);
  if (!r.ok)
    throw new Error(
      `expected ${name} to read, got ${r.problem.code}: ${r.problem.message} (${r.problem.detail ?? ''})`,
    );
  return r;
}

/** The read failed with `code`, an error naming the file in Chinese. */
export function expectFailure(r: ReadResult, code: ProblemCode, file: string): Problem {
  if (r.ok) throw new Error(`expected ${code}, but ${file} was read`);
  expect({ code: r.problem.code, detail: r.problem.detail }).toMatchObject({ code });
  expect(r.problem.level).toBe('error');
  expect(r.problem.file).toBe(file);
  expect(r.problem.message).toContain(file);
  expect(r.problem.message).toMatch(/[\u4e00-\u9fff]/);
  return r.problem;
}

/** The process is unharmed: a normal workbook still reads. */
export async function expectStillWorks(): Promise<void> {
  const r = await readOk(write(rosterWorkbook(), 'xlsx'), '正常.xlsx');
  expect(rowsOf(r.workbook.sheets[0])?.[4]?.[1]).toBe('望月湖街道党建工作群');
}
