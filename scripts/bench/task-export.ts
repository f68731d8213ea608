/**
 * The export tasks, from the same untimed state (imported roster, auto-plan, metrics; gc):
 * - export-full: buildReport + writeReport (atomic save), timed together;
 * - export-bare: the model built untimed, then the bare exceljs write of its rows (export-bare.ts).
 * The model's big tables are lazy views over the roster, so walking them is part of both writes;
 * export-bare also times one walk of every row on its own (untimed for the ratio) to show what
 * that walk costs.
 */
import { statSync } from 'node:fs';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { buildReport } from '../../core/report/build';
import type { ReportModel } from '../../core/report/model';
import { writeReport } from '../../main/report/write-report';
import { sizeLabel } from './args';
import { writeBare } from './export-bare';
import { tmpPath } from './files';
import { collectGarbage, peakRssMb, round, rssMb, RssSampler, type TaskResult } from './measure';
import { BENCH_AS_OF } from './roster';
import { loadPlannedState } from './state';

const reportOptions = { maskPersonalNumbers: false, generatedAt: BENCH_AS_OF };

function walk(model: ReportModel): { rows: number; ms: number } {
  const t0 = performance.now();
  let rows = 0;
  let sink = 0;
  for (const s of model.sheets)
    for (const t of s.tables)
      for (const r of t.rows) {
        rows++;
        sink += r.length;
      }
  return { rows: rows + (sink < 0 ? 1 : 0), ms: performance.now() - t0 };
}

export async function exportFull(size: number): Promise<TaskResult> {
  const { roster, plan, metrics } = loadPlannedState(size);
  collectGarbage();
  const before = rssMb();
  const sampler = new RssSampler();
  const path = tmpPath(`export-full-${sizeLabel(size)}.xlsx`);
  sampler.start();
  const t0 = performance.now();
  const model = buildReport(roster, plan, YUELU_POLICY, metrics, reportOptions);
  const tBuild = performance.now();
  const saved = await writeReport(model, path);
  const ms = performance.now() - t0;
  const during = sampler.stop();
  if (!saved.ok) return { ms: round(ms), peakRssMb: round(peakRssMb()), error: saved.problem.message };
  return {
    ms: round(ms),
    peakRssMb: round(peakRssMb()),
    rssBeforeMb: round(before),
    peakDuringMb: round(during),
    phases: { buildReportMs: round(tBuild - t0), writeReportMs: round(ms - (tBuild - t0)) },
    info: { sheets: model.sheets.length, fileMb: round(statSync(path).size / 1024 / 1024, 1) },
  };
}

export async function exportBare(size: number): Promise<TaskResult> {
  const { roster, plan, metrics } = loadPlannedState(size);
  const model = buildReport(roster, plan, YUELU_POLICY, metrics, reportOptions);
  const walked = walk(model);
  collectGarbage();
  const before = rssMb();
  const sampler = new RssSampler();
  const path = tmpPath(`export-bare-${sizeLabel(size)}.xlsx`);
  sampler.start();
  const t0 = performance.now();
  const written = await writeBare(model, path);
  const ms = performance.now() - t0;
  const during = sampler.stop();
  return {
    ms: round(ms),
    peakRssMb: round(peakRssMb()),
    rssBeforeMb: round(before),
    peakDuringMb: round(during),
    phases: { rowWalkMs: round(walked.ms) },
    info: {
      rows: written.rows,
      cells: written.cells,
      fileMb: round(statSync(path).size / 1024 / 1024, 1),
    },
  };
}
