/**
 * The child side of a measurement: peak RSS (the process's, worker threads included), RSS
 * sampled during a timed phase, and the one result line the orchestrator reads from stdout.
 */

export const RESULT_PREFIX = 'BENCH_RESULT ';

export interface TaskResult {
  /** The timed phase, milliseconds. */
  ms: number;
  /** process.resourceUsage().maxRSS at the end: the whole process's high-water mark. */
  peakRssMb: number;
  /** RSS right before the timed phase (after loading the untimed state and a gc). */
  rssBeforeMb?: number;
  /** The highest RSS sampled during the timed phase (every 5 ms when the event loop turns). */
  peakDuringMb?: number;
  /** Parts of the timed phase, or extra timings, in ms. */
  phases?: Record<string, number>;
  /** Facts about what was measured (row counts, plan outcome, file size). */
  info?: Record<string, string | number | boolean>;
  /** Set when the task failed; the orchestrator reports it instead of a time. */
  error?: string;
}

const MB = 1024 * 1024;

export const rssMb = (): number => process.memoryUsage.rss() / MB;
/** maxRSS is in kilobytes on every platform Node supports. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') {
    gc();
    gc();
  }
}

/** Samples RSS while a phase runs; only sees the moments when the event loop turns. */
export class RssSampler {
  private max = 0;
  private timer: NodeJS.Timeout | null = null;

  start(): void {
    this.max = rssMb();
    this.timer = setInterval(() => {
      this.max = Math.max(this.max, rssMb());
    }, 5);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return Math.max(this.max, rssMb());
  }
}

export function emitResult(result: TaskResult): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

export const round = (n: number, digits = 0): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Progress to stderr (stdout carries only the result line). */
export const note = (text: string): void => {
  process.stderr.write(`${text}\n`);
};
