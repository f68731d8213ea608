/**
 * The UI benchmark's block in docs/performance.md: rewritten between its own two markers, the
 * text around them (and the `npm run bench` block) left alone. A file without the markers gets a
 * "## UI (npm run bench:ui)" section with them at its end.
 */
import { markdownTable } from '../bench/summary';
import { ms, verdict, type Summary, type Target, type Verdict } from './stats';

export const UI_BEGIN =
  '<!-- bench-ui:results:begin (written by npm run bench:ui; edits inside are overwritten) -->';
export const UI_END = '<!-- bench-ui:results:end -->';
export const UI_HEADING = '## UI (npm run bench:ui)';

export interface Figure {
  /** e.g. "drop → painted board (merge, 确定 → painted)". */
  what: string;
  /** e.g. "2,000 groups (one unit)". */
  size: string;
  /** Percentiles (and the verdicts) are of these, in ms. */
  samples: number[];
  summary: Summary;
  /** The target this figure is judged by, if any. */
  target: Target | null;
}

export interface UiReport {
  startedAt: string;
  minutes: number;
  machine: string;
  loadStart: readonly number[];
  loadEnd: readonly number[];
  cores: number;
  figures: Figure[];
  notes: string[];
}

const load = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(' / ');

export function verdicts(figures: readonly Figure[]): Verdict[] {
  return figures.filter((f) => f.target !== null).map((f) => verdict(f.target as Target, f.summary));
}

export function uiResultsMarkdown(r: UiReport): string {
  return [
    `Measured ${r.startedAt}, ${r.minutes} minutes in all, on ${r.machine}.`,
    `Load average (1/5/15 min): ${load(r.loadStart)} at the start, ${load(r.loadEnd)} at the end. ` +
      `The machine is shared (${r.cores} cores, other sessions building and testing meanwhile): a load ` +
      'above the core count means the browser waited for a core, so these times are slower and noisier ' +
      'than on an idle desktop.',
    '',
    markdownTable(
      ['Target', 'Measured', 'Verdict'],
      verdicts(r.figures).map((v) => [v.target, v.measured, v.verdict]),
    ),
    '',
    markdownTable(
      ['figure', 'size', 'samples', 'median', 'p95', 'max'],
      r.figures.map((f) => [
        f.what,
        f.size,
        String(f.summary.n),
        ms(f.summary.median),
        ms(f.summary.p95),
        ms(f.summary.max),
      ]),
    ),
    ...(r.notes.length > 0 ? ['', ...r.notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}

/** The document with the block between the markers replaced (or a new section appended). */
export function replaceUiBlock(doc: string, markdown: string): string {
  const block = `${UI_BEGIN}\n${markdown}\n${UI_END}`;
  const a = doc.indexOf(UI_BEGIN);
  const b = doc.indexOf(UI_END);
  if (a >= 0 && b > a) return doc.slice(0, a) + block + doc.slice(b + UI_END.length);
  return `${doc.trimEnd()}\n\n${UI_HEADING}\n\n${block}\n`;
}
