/**
 * The import tasks, each on the same cached file in its own process:
 * - import-sheetjs-lean: bare SheetJS, its leanest options, then sheet_to_json of every sheet;
 * - import-exceljs-stream: exceljs's streaming reader, every row and cell value touched;
 * - import-full: the product's path, readRosterFile (isolated reader thread) + importRoster,
 *   which must succeed with no errors;
 * - import-default-limits: the product's path with its default limits, once, to say whether a
 *   roster of this size is accepted as it ships.
 */
import { statSync, writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { importRoster } from '../../core/import/index';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { DEFAULT_LIMITS, readRosterFile, type ParseLimits } from '../../main/roster/read-roster-file';
import { rosterPath, statePath } from './files';
import { peakRssMb, round, type TaskResult } from './measure';

const MB = 1024 * 1024;

/**
 * The 100k roster (about 1M 成员 rows, 6M cells) is past the shipped caps (maxCells 5M): the
 * bench raises the size, cell and time caps to measure the import itself, and
 * import-default-limits reports what the shipped caps do with the same file.
 */
export const BENCH_LIMITS: Partial<ParseLimits> = {
  maxFileBytes: 1024 * MB,
  maxCells: 50_000_000,
  timeoutMs: 30 * 60_000,
};

export function importSheetjsLean(size: number): TaskResult {
  const path = rosterPath(size);
  const t0 = performance.now();
  const wb = XLSX.readFile(path, { dense: true, cellHTML: false, cellText: false, cellFormula: false });
  const tRead = performance.now();
  let rows = 0;
  let cells = 0;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const data = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
    rows += data.length;
    for (const r of data) cells += r.length;
  }
  const ms = performance.now() - t0;
  return {
    ms: round(ms),
    peakRssMb: round(peakRssMb()),
    phases: { readMs: round(tRead - t0), sheetToJsonMs: round(ms - (tRead - t0)) },
    info: { rows, cells },
  };
}

export async function importExceljsStream(size: number): Promise<TaskResult> {
  const path = rosterPath(size);
  const t0 = performance.now();
  // Styles cached: without them a date cell cannot be told from a number (the importer needs that).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  let cells = 0;
  let text = 0;
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      rows++;
      const values = row.values as ExcelJS.CellValue[];
      for (const v of values) {
        if (v === undefined || v === null) continue;
        cells++;
        if (typeof v === 'string') text += v.length;
      }
    }
  }
  return {
    ms: round(performance.now() - t0),
    peakRssMb: round(peakRssMb()),
    info: { rows, cells, textChars: text },
  };
}

export async function importFull(
  size: number,
  workerPath: string,
  options: { saveState: boolean; defaultLimits: boolean; readerHeapMb?: number | null },
): Promise<TaskResult> {
  const path = rosterPath(size);
  const heap = options.readerHeapMb ? { maxHeapMb: options.readerHeapMb } : {};
  const limits = options.defaultLimits ? {} : { ...BENCH_LIMITS, ...heap };
  const t0 = performance.now();
  const read = await readRosterFile({ path }, { workerPath, limits });
  const tRead = performance.now();
  if (!read.ok) {
    return {
      ms: round(tRead - t0),
      peakRssMb: round(peakRssMb()),
      info: { accepted: false, code: read.problem.code, fileMb: round(statSync(path).size / MB, 1) },
      ...(options.defaultLimits ? {} : { error: `${read.problem.code}: ${read.problem.message}` }),
    };
  }
  const result = importRoster([read.workbook], {
    businessLines: YUELU_POLICY.businessLines,
    policy: YUELU_POLICY,
  });
  const ms = performance.now() - t0;
  const peak = peakRssMb();
  const errors = result.problems.filter((p) => p.level === 'error');
  const warnings = new Map<string, number>();
  for (const p of [...read.warnings, ...result.problems])
    if (p.level === 'warning') warnings.set(p.code, (warnings.get(p.code) ?? 0) + 1);
  const out: TaskResult = {
    ms: round(ms),
    peakRssMb: round(peak),
    phases: { readMs: round(tRead - t0), importMs: round(ms - (tRead - t0)) },
    info: {
      accepted: true,
      errors: errors.length,
      warnings: [...warnings].map(([c, n]) => `${c}×${n}`).join(' ') || 'none',
      units: result.roster?.units.length ?? 0,
      groups: result.roster?.groups.length ?? 0,
      people: result.roster?.people.length ?? 0,
      memberships: result.roster?.memberships.length ?? 0,
      cellSlots: read.workbook.sheets.reduce(
        (s, sh) => s + (sh.grid ? sh.grid.kinds.length : sh.rows.reduce((t, r) => t + r.length, 0)),
        0,
      ),
    },
  };
  if (options.defaultLimits) out.info = { ...out.info, limits: JSON.stringify(DEFAULT_LIMITS) };
  if (errors.length > 0 || !result.roster) {
    out.error = `${errors.length} import errors, the first: ${errors[0]?.message ?? 'no roster'}`;
    return out;
  }
  if (options.saveState) writeFileSync(statePath(size), serialize(result.roster));
  return out;
}
