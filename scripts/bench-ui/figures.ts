/** The run's measurements as the docs' rows, each with the target it is judged by (pure). */
import type { Figure } from './docs';
import { summarize, type Target } from './stats';

export const FRAME_MS = 33;
export const DRAG_P95_MS = 17;
export const FIRST_RENDER_MS = 1500;

export interface SizeResult {
  label: string;
  laneDrop: number[];
  laneDropCommitted: number[];
  merge: number[];
  mergeCommitted: number[];
  idb: number[];
  dashboard: number[];
  series: number[];
  drag: number[];
  pdf: number[];
  pdfRender: number[];
}

export interface StartupResult {
  firstRun: number[];
  reload: number[];
}

const figure = (what: string, size: string, samples: number[], target: Target | null): Figure => ({
  what,
  size,
  samples,
  summary: summarize(samples),
  target,
});

const median = (label: string, limitMs: number): Target => ({ label, statistic: 'median', limitMs });

/** Figures that were not measured in this run (an empty sample list) are left out. */
export function figuresOf(
  sizes: readonly SizeResult[],
  startup: StartupResult | null,
  samplePdf: { pdf: number[]; pdfRender: number[] } | null,
): Figure[] {
  const out: Figure[] = [];
  for (const s of sizes) {
    out.push(
      figure(
        'drop → painted board (card dropped on 解散)',
        s.label,
        s.laneDrop,
        median(`drop → painted board, ${s.label}`, FRAME_MS),
      ),
      figure(
        '↳ of which edit → stored and applied (board:edit→committed)',
        s.label,
        s.laneDropCommitted,
        null,
      ),
      figure(
        'merge 确定 → painted board',
        s.label,
        s.merge,
        median(`merge → painted board, ${s.label}`, FRAME_MS),
      ),
      figure('↳ of which 确定 → stored and applied (board:edit→committed)', s.label, s.mergeCommitted, null),
      figure('bare IndexedDB readwrite transaction, same page (baseline)', s.label, s.idb, null),
      figure(
        'Ctrl+Z/Ctrl+Y of a merge → painted dashboard',
        s.label,
        s.dashboard,
        median(`edit → painted dashboard, ${s.label}`, FRAME_MS),
      ),
      figure('dashboard series recompute (dashboard:series)', s.label, s.series, null),
      figure('rAF frame delta while dragging over the biggest lane', s.label, s.drag, {
        label: `drag frames, ${s.label}`,
        statistic: 'p95',
        limitMs: DRAG_P95_MS,
      }),
      figure('另存为 PDF: click → file written', s.label, s.pdf, null),
      figure('↳ of which Chromium page.pdf', s.label, s.pdfRender, null),
    );
  }
  if (startup) {
    out.push(
      figure(
        'first render: navigation → board painted with cards, first run (fresh profile, imports the sample)',
        '示例-岳麓区 (1,784 groups)',
        startup.firstRun,
        median('first render, first run', FIRST_RENDER_MS),
      ),
      figure(
        'first render: navigation → board painted with cards, reload (warm)',
        '示例-岳麓区 (1,784 groups)',
        startup.reload,
        median('first render, warm reload', FIRST_RENDER_MS),
      ),
    );
  }
  if (samplePdf) {
    out.push(
      figure('另存为 PDF: click → file written', '示例-岳麓区 (1,784 groups)', samplePdf.pdf, null),
      figure('↳ of which Chromium page.pdf', '示例-岳麓区 (1,784 groups)', samplePdf.pdfRender, null),
    );
  }
  return out.filter((f) => f.samples.length > 0);
}
