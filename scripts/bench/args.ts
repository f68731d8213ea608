/**
 * The bench's command line. Without --task it runs the whole benchmark (orchestrator); with
 * --task it is one measurement in its own process, started by the orchestrator.
 */

export const TASKS = [
  'generate',
  'import-sheetjs-lean',
  'import-exceljs-stream',
  'import-full',
  'import-default-limits',
  'import-phases',
  'autoplan',
  'export-bare',
  'export-full',
] as const;
export type TaskName = (typeof TASKS)[number];

export interface BenchArgs {
  /** Child mode: the one task to run. */
  task: TaskName | null;
  /** Child mode: the roster size (groups). */
  size: number;
  /** Orchestrator: the sizes to run, default 10k and 100k. */
  sizes: number[];
  /** Orchestrator: runs per task (default 3, the 100k import 2 per variant is not assumed). */
  runs: number | null;
  /** Orchestrator: only these tasks. */
  only: TaskName[] | null;
  /** import-full: also save the imported roster for autoplan and export. */
  saveState: boolean;
  /** Orchestrator: start every child with --cpu-prof (profiles in bench-output/prof/). */
  cpuProf: boolean;
  /** Orchestrator: write the results into docs/performance.md (default: only on a full run). */
  docs: boolean | null;
  /** import-full: the reader thread's heap cap (diagnosis; default the product's). */
  readerHeapMb: number | null;
}

/** 10k, 100k, 2000, 1.5m → a group count. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`not a size: ${text}`);
  const scale = m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1;
  const n = Math.round(Number(m[1]) * scale);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a size: ${text}`);
  return n;
}

/** 10000 → 10k, 100000 → 100k, 2500 → 2500. */
export function sizeLabel(n: number): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}

const isTask = (t: string): t is TaskName => (TASKS as readonly string[]).includes(t);

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    task: null,
    size: 0,
    sizes: [10_000, 100_000],
    runs: null,
    only: null,
    saveState: false,
    cpuProf: false,
    docs: null,
    readerHeapMb: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--task': {
        const t = value();
        if (!isTask(t)) throw new Error(`unknown task ${t} (tasks: ${TASKS.join(', ')})`);
        args.task = t;
        break;
      }
      case '--size':
        args.size = parseSize(value());
        break;
      case '--sizes':
        args.sizes = value().split(',').map(parseSize);
        break;
      case '--runs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error('--runs takes a positive integer');
        args.runs = n;
        break;
      }
      case '--only': {
        const list = value().split(',');
        const bad = list.filter((t) => !isTask(t));
        if (bad.length > 0) throw new Error(`unknown task: ${bad.join(', ')}`);
        args.only = list.filter(isTask);
        break;
      }
      case '--save-state':
        args.saveState = true;
        break;
      case '--cpu-prof':
        args.cpuProf = true;
        break;
      case '--reader-heap-mb': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 64) throw new Error('--reader-heap-mb takes an integer ≥ 64');
        args.readerHeapMb = n;
        break;
      }
      case '--docs':
        args.docs = true;
        break;
      case '--no-docs':
        args.docs = false;
        break;
      default:
        throw new Error(`unknown option ${a}`);
    }
  }
  if (args.task !== null && args.size < 1) throw new Error('--task needs --size');
  return args;
}
