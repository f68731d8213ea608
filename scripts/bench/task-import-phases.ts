/**
 * Task `import-phases` (diagnostic, not a target): the steps of the product's import run one
 * after another in this thread, each timed, to show where import-full's time goes relative to
 * the lean SheetJS baseline. Steps: read the bytes, the zip scan (inflates every part once to
 * check caps), SheetJS with the product's options (strict WTF mode, number formats), the walk
 * into the wire form, the rebuild of rows on the main side, importRoster. For contrast, SheetJS
 * with the product's options but lenient (no WTF), and without number formats.
 * No worker thread here; what starting one costs (a fresh V8 isolate that loads SheetJS) is
 * measured apart, as readRosterFile on a roster of one group (median of 3).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { importRoster } from '../../core/import/index';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { readRosterFile } from '../../main/roster/read-roster-file';
import { resolveLimits } from '../../main/roster/roster-limits';
import { decodeWorkbook, WireWriter } from '../../main/roster/roster-wire';
import { walkWorkbook } from '../../main/roster/sheet-walk';
import { readWorkbook } from '../../main/roster/sheetjs-read';
import { scanZip } from '../../main/roster/zip-scan';
import { rosterPath } from './files';
import { collectGarbage, median, peakRssMb, round, type TaskResult } from './measure';
import { generateRoster } from './roster';
import { writeRosterXlsx } from './roster-xlsx';
import { BENCH_LIMITS } from './task-import';

function timed<T>(phases: Record<string, number>, key: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  phases[key] = round(performance.now() - t0);
  return out;
}

const PRODUCT_LIKE: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  cellDates: false,
  bookVBA: false,
  bookFiles: false,
  bookDeps: false,
};

/** The reader thread's fixed cost: start, load SheetJS, parse a one-group file, answer, end. */
async function threadRoundTrip(workerPath: string): Promise<number> {
  const tiny = rosterPath(1);
  if (!existsSync(tiny)) await writeRosterXlsx(generateRoster(1), tiny);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = await readRosterFile({ path: tiny }, { workerPath });
    if (!r.ok) throw new Error(r.problem.message);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The product's steps in this thread; everything they build is garbage once this returns. */
function productSteps(
  size: number,
  phases: Record<string, number>,
): { ms: number; peak: number; errors: number } {
  const limits = resolveLimits(BENCH_LIMITS);
  const t0 = performance.now();
  const bytes = timed(phases, 'readBytesMs', () => readFileSync(rosterPath(size)));
  const scan = timed(phases, 'zipScanMs', () => scanZip(bytes, limits));
  const wb = timed(phases, 'sheetjsProductMs', () => readWorkbook(scan.stored ?? bytes));
  const writer = new WireWriter(limits.maxCells);
  timed(phases, 'walkToWireMs', () => walkWorkbook(wb, false, writer));
  const { workbook: wire } = writer.finish({ format: 'xlsx', date1904: false });
  const raw = timed(phases, 'decodeRowsMs', () => decodeWorkbook('bench.xlsx', wire));
  const result = timed(phases, 'importRosterMs', () =>
    importRoster([raw], { businessLines: YUELU_POLICY.businessLines, policy: YUELU_POLICY }),
  );
  const ms = performance.now() - t0;
  return { ms, peak: peakRssMb(), errors: result.problems.filter((p) => p.level === 'error').length };
}

export async function importPhases(size: number, workerPath: string): Promise<TaskResult> {
  const phases: Record<string, number> = {};
  const steps = productSteps(size, phases);
  collectGarbage();
  phases['threadRoundTripTinyMs'] = round(await threadRoundTrip(workerPath));
  const bytes = readFileSync(rosterPath(size));
  collectGarbage();
  timed(phases, 'contrastLenientNfMs', () => XLSX.read(bytes, { ...PRODUCT_LIKE, cellNF: true, WTF: false }));
  collectGarbage();
  timed(phases, 'contrastLenientNoNfMs', () =>
    XLSX.read(bytes, { ...PRODUCT_LIKE, cellNF: false, WTF: false }),
  );
  return {
    ms: round(steps.ms),
    peakRssMb: round(steps.peak),
    phases,
    info: { errors: steps.errors, note: 'in-thread; contrast* are SheetJS alone, after the timed steps' },
    ...(steps.errors > 0 ? { error: `${steps.errors} import errors` } : {}),
  };
}
