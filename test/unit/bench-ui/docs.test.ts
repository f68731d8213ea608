import { describe, expect, it } from 'vitest';
import { parseUiArgs, isFullRun } from '../../../scripts/bench-ui/args';
import {
  replaceUiBlock,
  UI_BEGIN,
  UI_END,
  UI_HEADING,
  uiResultsMarkdown,
  type UiReport,
} from '../../../scripts/bench-ui/docs';
import { figuresOf } from '../../../scripts/bench-ui/figures';

const BENCH_BLOCK = '<!-- bench:results:begin (x) -->\nold bench figures\n<!-- bench:results:end -->';

describe('replaceUiBlock', () => {
  it('appends a UI section when the markers are missing, leaving the rest alone', () => {
    const doc = `# Performance\n\n${BENCH_BLOCK}\n\n## Where we fall short\n\ntext\n`;
    const out = replaceUiBlock(doc, 'figures A');
    expect(out.startsWith(`# Performance\n\n${BENCH_BLOCK}\n\n## Where we fall short\n\ntext\n`)).toBe(true);
    expect(out.endsWith(`${UI_HEADING}\n\n${UI_BEGIN}\nfigures A\n${UI_END}\n`)).toBe(true);
  });

  it('replaces only what is between its own markers', () => {
    const doc = replaceUiBlock(`# P\n\n${BENCH_BLOCK}\n`, 'figures A') + '\nhand-written analysis\n';
    const out = replaceUiBlock(doc, 'figures B');
    expect(out).toContain(BENCH_BLOCK);
    expect(out).toContain('figures B');
    expect(out).not.toContain('figures A');
    expect(out).toContain('hand-written analysis');
    expect(out.split(UI_HEADING)).toHaveLength(2);
    expect(replaceUiBlock(out, 'figures B')).toBe(out);
  });
});

describe('uiResultsMarkdown', () => {
  it('shows the load, a verdict per target and a row per measured figure', () => {
    const report: UiReport = {
      startedAt: '2026-11-27 23:00 UTC',
      minutes: 12.5,
      machine: 'test CPU, 2 cores',
      loadStart: [2.5, 3, 4],
      loadEnd: [3.25, 3, 4],
      cores: 2,
      figures: figuresOf(
        [
          {
            label: '2,000 groups (one unit)',
            laneDrop: [20, 30, 40],
            laneDropCommitted: [5, 6, 7],
            merge: [50, 60, 70],
            mergeCommitted: [],
            idb: [],
            dashboard: [],
            series: [2, 3],
            drag: [16.7, 16.7, 33.3],
            pdf: [],
            pdfRender: [],
          },
        ],
        { firstRun: [1200, 1400, 1600], reload: [600, 700, 800] },
        null,
      ),
      notes: ['a note'],
    };
    const md = uiResultsMarkdown(report);
    expect(md).toContain('2.50 / 3.00 / 4.00 at the start, 3.25 / 3.00 / 4.00 at the end');
    expect(md).toContain(
      '| drop → painted board, 2,000 groups (one unit): median ≤ 33 ms | 30.0 ms | PASS |',
    );
    expect(md).toContain(
      '| merge → painted board, 2,000 groups (one unit): median ≤ 33 ms | 60.0 ms | SHORT |',
    );
    expect(md).toContain('| first render, first run: median ≤ 1500 ms | 1400 ms | PASS |');
    // Not measured in this run: no row for the dashboard or the PDF.
    expect(md).not.toContain('painted dashboard');
    expect(md).not.toContain('PDF');
    expect(md).toContain('- a note');
  });
});

describe('parseUiArgs', () => {
  it('defaults to a full run of 15 samples', () => {
    const a = parseUiArgs([]);
    expect(a.runs).toBe(15);
    expect(isFullRun(a)).toBe(true);
  });
  it('reads --only, --sizes, --runs and --no-docs', () => {
    const a = parseUiArgs(['--only', 'board,drag', '--sizes', '20k', '--runs', '5', '--no-docs']);
    expect(a).toEqual({
      parts: ['board', 'drag'],
      sizes: ['20k'],
      runs: 5,
      docs: false,
      cpuProf: false,
      trace: false,
    });
    expect(isFullRun(a)).toBe(false);
  });
  it.each([[['--only', 'boards']], [['--runs', '0']], [['--sizes', '100k']], [['--fast']]])(
    'refuses %j',
    (argv) => {
      expect(() => parseUiArgs(argv)).toThrow();
    },
  );
});
