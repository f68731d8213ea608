/**
 * `npm run bench:ui`'s command line: --only part,part  --runs N  --sizes 2k,20k  --docs / --no-docs
 * --cpu-prof  --trace.
 */

export const PARTS = ['board', 'dashboard', 'drag', 'first-render', 'pdf'] as const;
export type Part = (typeof PARTS)[number];

/** The two boards: one unit of 2,000 groups, and a district of 20,000 groups (全区). */
export const SIZES = ['2k', '20k'] as const;
export type SizeKey = (typeof SIZES)[number];

export interface UiArgs {
  parts: Part[];
  sizes: SizeKey[];
  /** Samples per drop / keypress figure (first render and PDF take a third, at least 3). */
  runs: number;
  /** Write docs/performance.md: by default only after a full run (every part, both sizes). */
  docs: boolean | null;
  /** Write a CPU profile of the page during the board and dashboard parts (bench-output/ui/prof/). */
  cpuProf: boolean;
  /** Record a Chromium trace (devtools.timeline) of the board and dashboard parts instead. */
  trace: boolean;
}

const isPart = (p: string): p is Part => (PARTS as readonly string[]).includes(p);
const isSize = (s: string): s is SizeKey => (SIZES as readonly string[]).includes(s);

export function parseUiArgs(argv: readonly string[]): UiArgs {
  const args: UiArgs = {
    parts: [...PARTS],
    sizes: [...SIZES],
    runs: 15,
    docs: null,
    cpuProf: false,
    trace: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--only': {
        const list = value().split(',');
        const bad = list.filter((p) => !isPart(p));
        if (bad.length > 0) throw new Error(`unknown part: ${bad.join(', ')} (parts: ${PARTS.join(', ')})`);
        args.parts = list.filter(isPart);
        break;
      }
      case '--sizes': {
        const list = value().split(',');
        const bad = list.filter((s) => !isSize(s));
        if (bad.length > 0) throw new Error(`unknown size: ${bad.join(', ')} (sizes: ${SIZES.join(', ')})`);
        args.sizes = list.filter(isSize);
        break;
      }
      case '--runs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error('--runs takes a positive integer');
        args.runs = n;
        break;
      }
      case '--docs':
        args.docs = true;
        break;
      case '--cpu-prof':
        args.cpuProf = true;
        break;
      case '--trace':
        args.trace = true;
        break;
      case '--no-docs':
        args.docs = false;
        break;
      default:
        throw new Error(`unknown option ${a}`);
    }
  }
  return args;
}

/** True when the run covers everything, so its figures may replace the docs block by default. */
export const isFullRun = (a: UiArgs): boolean =>
  a.parts.length === PARTS.length && a.sizes.length === SIZES.length;

/** Samples for the slow figures (a fresh profile, a PDF). */
export const slowRuns = (runs: number): number => Math.max(3, Math.ceil(runs / 3));
