/**
 * `npm run bench:ui`: the app's speed as a clerk feels it, in Chromium through the end-to-end
 * harness (built renderer, real main handlers), read from performance marks: drop → painted
 * board and dashboard at 2,000 groups in one unit and 20,000 in a district, drag frame times over
 * a big lane, first render of the sample district, 另存为 PDF. docs/performance.md explains.
 * Options: --only board,dashboard,drag,first-render,pdf  --sizes 2k,20k  --runs N  --docs / --no-docs
 * --cpu-prof / --trace (page CPU profiles or Chromium traces of the board and dashboard parts, in
 * bench-output/ui/prof/; the figures are then slower).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, samplePath, serveRenderer } from '../test/e2e/harness';
import { isFullRun, parseUiArgs, slowRuns } from './bench-ui/args';
import { replaceUiBlock, uiResultsMarkdown, type UiReport } from './bench-ui/docs';
import { figuresOf, type SizeResult, type StartupResult } from './bench-ui/figures';
import { pdfSaves } from './bench-ui/pdf';
import { benchRoster } from './bench-ui/rosters';
import { measureSize } from './bench-ui/run';
import { openSession } from './bench-ui/session';
import { startup } from './bench-ui/startup';
import { summarize } from './bench-ui/stats';

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const load = (): number[] => loadavg().map((x) => Math.round(x * 100) / 100);

/** The window.api round trips of the first runs (median per channel), e.g. the sample's import. */
function firstRunHostNote(runs: ReadonlyArray<ReadonlyArray<readonly [string, number]>>): string {
  const byChannel = new Map<string, number[]>();
  for (const run of runs)
    for (const [channel, ms] of run) byChannel.set(channel, [...(byChannel.get(channel) ?? []), ms]);
  const parts = [...byChannel]
    .map(([channel, xs]) => [channel, summarize(xs).median] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([channel, ms]) => `${channel} ${Math.round(ms)} ms`);
  return (
    'First run: the window.api calls until the cards showed took (median of the runs, per channel; ' +
    `calls overlap, and in the harness each crosses a JSON bridge instead of Electron's IPC): ${parts.join(', ')}.`
  );
}

async function main(): Promise<number> {
  const args = parseUiArgs(process.argv.slice(2));
  const root = process.cwd();
  if (!existsSync(join(root, 'package.json')) || !existsSync(join(root, 'out', 'renderer', 'index.html')))
    throw new Error('run npm run bench:ui from the repository root (it builds out/renderer first)');
  const startedAt = new Date();
  const loadStart = load();
  log(`bench:ui — load average ${loadStart.join(' / ')} at the start`);
  const server = await serveRenderer();
  const browser = await launchBrowser();
  const sizes: SizeResult[] = [];
  let startupFigures: StartupResult | null = null;
  let samplePdf: { pdf: number[]; pdfRender: number[] } | null = null;
  const notes: string[] = [];
  const profileDir = args.cpuProf || args.trace ? join(root, 'bench-output', 'ui', 'prof') : null;
  try {
    if (args.parts.includes('first-render')) {
      log('first render of the sample district…');
      const st = await startup(
        browser,
        server.url,
        samplePath,
        slowRuns(args.runs),
        args.cpuProf ? profileDir : null,
      );
      startupFigures = st;
      notes.push(firstRunHostNote(st.firstRunHost));
    }
    if (args.parts.includes('pdf')) {
      log('另存为 PDF on the sample district…');
      const session = await openSession(browser, server.url, samplePath);
      try {
        await session.page.getByTestId('totals').waitFor({ timeout: 180_000 });
        const p = await pdfSaves(session, slowRuns(args.runs));
        samplePdf = { pdf: p.clickToFile, pdfRender: p.render };
      } finally {
        await session.close();
      }
    }
    for (const size of args.sizes) {
      const sizeParts = args.parts.filter((p) => p !== 'first-render' && (p !== 'pdf' || size === '20k'));
      if (sizeParts.length === 0) continue;
      const roster = await benchRoster(root, size);
      log(`${roster.label}: ${roster.path}`);
      let f: Awaited<ReturnType<typeof measureSize>>;
      try {
        f = await measureSize(browser, server.url, roster, args.parts, args.runs, profileDir, args.trace);
      } catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        log(`${roster.label} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        notes.push(`${roster.label}: the run stopped with an error, its figures are missing: ${why}`);
        continue;
      }
      sizes.push({ label: roster.label, ...f });
      notes.push(
        `${roster.label}: the first run imported the roster file and showed its board ` +
          `${f.openSeconds.toFixed(1)} s after navigation (context only, not a target)` +
          (f.drag.length > 0
            ? `; the drag went over the ${f.dragLane} lane, ${f.drag.filter((d) => d > 20).length} of ` +
              `${f.drag.length} frames took over 20 ms.`
            : '.'),
      );
      if (f.errors.length > 0)
        notes.push(
          `${roster.label}: the page logged ${f.errors.length} error(s): ${f.errors.slice(0, 3).join(' | ')}`,
        );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const loadEnd = load();
  log(`load average ${loadEnd.join(' / ')} at the end`);
  const c = cpus();
  const report: UiReport = {
    startedAt: `${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    minutes: Math.round((Date.now() - startedAt.getTime()) / 6000) / 10,
    machine: `${c[0]?.model.trim() ?? '?'}, ${c.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; ${process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'} headless (--disable-gpu), viewport 1366×768`,
    loadStart,
    loadEnd,
    cores: c.length,
    figures: figuresOf(sizes, startupFigures, samplePdf),
    notes,
  };
  const markdown = uiResultsMarkdown(report);
  const dir = join(root, 'bench-output', 'ui');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.md'), `${markdown}\n`);
  writeFileSync(
    join(dir, 'results.json'),
    JSON.stringify({ ...report, sizes, startup: startupFigures, samplePdf }, null, 1),
  );
  process.stdout.write(`${markdown}\n`);
  if (args.docs ?? isFullRun(args)) {
    const path = join(root, 'docs', 'performance.md');
    writeFileSync(path, replaceUiBlock(readFileSync(path, 'utf8'), markdown));
    log(`written: ${path}`);
  } else {
    log('docs/performance.md not changed (not a full run; --docs writes it)');
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench:ui failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
