/**
 * Turns the runs into medians, ratios against the baselines of the same size from the same run,
 * and a PASS/SHORT verdict per target of the issue; renders them as a console table and as
 * Markdown for docs/performance.md.
 */
import { sizeLabel, type TaskName } from './args';
import { median, round, type TaskResult } from './measure';

export interface Aggregate {
  task: TaskName;
  size: number;
  runs: TaskResult[];
  ok: TaskResult[];
  ms: number;
  minMs: number;
  maxMs: number;
  peakRssMb: number;
  rssBeforeMb: number | null;
  peakDuringMb: number | null;
  phases: Record<string, number>;
}

export type Results = Map<string, TaskResult[]>;
export const resultKey = (task: TaskName, size: number): string => `${task}@${size}`;

function medianOf(runs: readonly TaskResult[], pick: (r: TaskResult) => number | undefined): number | null {
  const values = runs.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return values.length > 0 ? median(values) : null;
}

export function aggregate(results: Results, task: TaskName, size: number): Aggregate | null {
  const runs = results.get(resultKey(task, size));
  if (!runs || runs.length === 0) return null;
  const ok = runs.filter((r) => r.error === undefined && Number.isFinite(r.ms));
  const phases: Record<string, number> = {};
  for (const key of new Set(ok.flatMap((r) => Object.keys(r.phases ?? {})))) {
    const m = medianOf(ok, (r) => r.phases?.[key]);
    if (m !== null) phases[key] = round(m, 1);
  }
  const times = ok.map((r) => r.ms);
  return {
    task,
    size,
    runs,
    ok,
    ms: medianOf(ok, (r) => r.ms) ?? NaN,
    minMs: times.length ? Math.min(...times) : NaN,
    maxMs: times.length ? Math.max(...times) : NaN,
    peakRssMb: medianOf(ok, (r) => r.peakRssMb) ?? NaN,
    rssBeforeMb: medianOf(ok, (r) => r.rssBeforeMb),
    peakDuringMb: medianOf(ok, (r) => r.peakDuringMb),
    phases,
  };
}

export interface Verdict {
  target: string;
  measured: string;
  pass: boolean | null;
}

const ratio = (a: number | undefined, b: number | undefined): number =>
  a === undefined || b === undefined || !(b > 0) ? NaN : a / b;
const fmtRatio = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '—');
const check = (r: number, limit: number): boolean | null => (Number.isFinite(r) ? r <= limit : null);

export function verdicts(results: Results, sizes: readonly number[]): Verdict[] {
  const out: Verdict[] = [];
  for (const size of sizes) {
    const label = sizeLabel(size);
    const lean = aggregate(results, 'import-sheetjs-lean', size);
    const full = aggregate(results, 'import-full', size);
    if (lean && full) {
      const t = ratio(full.ms, lean.ms);
      const m = ratio(full.peakRssMb, lean.peakRssMb);
      out.push({
        target: `${label} import time ≤ 1.2× lean SheetJS`,
        measured: fmtRatio(t),
        pass: check(t, 1.2),
      });
      out.push({
        target: `${label} import peak RSS ≤ 1.2× lean SheetJS`,
        measured: fmtRatio(m),
        pass: check(m, 1.2),
      });
    }
    const bare = aggregate(results, 'export-bare', size);
    const exp = aggregate(results, 'export-full', size);
    if (bare && exp) {
      const t = ratio(exp.ms, bare.ms);
      const m = ratio(exp.peakRssMb, bare.peakRssMb);
      out.push({
        target: `${label} export time ≤ 1.3× bare exceljs write`,
        measured: fmtRatio(t),
        pass: check(t, 1.3),
      });
      out.push({
        target: `${label} export peak RSS ≤ 1.3× bare exceljs write`,
        measured: fmtRatio(m),
        pass: check(m, 1.3),
      });
    }
  }
  const small = aggregate(results, 'autoplan', 10_000);
  const big = aggregate(results, 'autoplan', 100_000);
  if (small && big) {
    const r = ratio(big.ms, small.ms);
    out.push({ target: 'auto-plan 100k time ≤ 12× 10k', measured: fmtRatio(r), pass: check(r, 12) });
  }
  if (big)
    out.push({
      target: 'auto-plan 100k < 1 s',
      measured: `${Math.round(big.ms)} ms`,
      pass: Number.isFinite(big.ms) ? big.ms < 1000 : null,
    });
  return out;
}

const BASELINE: Partial<Record<TaskName, TaskName>> = {
  'import-exceljs-stream': 'import-sheetjs-lean',
  'import-full': 'import-sheetjs-lean',
  'export-full': 'export-bare',
};

export const TABLE_HEADER = [
  'task',
  'size',
  'runs',
  'median ms',
  'min–max ms',
  'peak RSS MB',
  'RSS before MB',
  'peak while timed MB',
  'time ratio',
  'RSS ratio',
  'parts (medians, ms)',
];

export function tableRows(
  results: Results,
  sizes: readonly number[],
  tasks: readonly TaskName[],
): string[][] {
  const rows: string[][] = [];
  const n = (v: number | null, d = 0): string => (v === null || !Number.isFinite(v) ? '—' : v.toFixed(d));
  for (const size of sizes) {
    for (const task of tasks) {
      const a = aggregate(results, task, size);
      if (!a) continue;
      const baseTask = BASELINE[task];
      const base = baseTask ? aggregate(results, baseTask, size) : null;
      const failed = a.runs.length - a.ok.length;
      rows.push([
        task,
        sizeLabel(size),
        `${a.ok.length}${failed ? ` (${failed} failed)` : ''}`,
        n(a.ms, a.ms < 100 ? 1 : 0),
        `${n(a.minMs, a.minMs < 100 ? 1 : 0)}–${n(a.maxMs, a.maxMs < 100 ? 1 : 0)}`,
        n(a.peakRssMb),
        n(a.rssBeforeMb),
        n(a.peakDuringMb),
        base ? fmtRatio(ratio(a.ms, base.ms)) : '',
        base ? fmtRatio(ratio(a.peakRssMb, base.peakRssMb)) : '',
        Object.entries(a.phases)
          .map(([k, v]) => `${k.replace(/Ms$/, '')} ${v}`)
          .join(', '),
      ]);
    }
  }
  return rows;
}

/** A plain-text table for the console (CJK counts double). */
export function textTable(header: readonly string[], rows: readonly string[][]): string {
  const width = (s: string): number =>
    [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
  const cols = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => c + ' '.repeat(Math.max(0, (cols[i] ?? 0) - width(c)))).join('  ');
  return [line(header), cols.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export const verdictWord = (v: Verdict): string => (v.pass === null ? 'n/a' : v.pass ? 'PASS' : 'SHORT');
