/**
 * `npm run bench`: for each size, the roster file (generated once and cached), then every task in
 * its own process, several times, in interleaved rounds (lean, exceljs, full, lean, …) so that a
 * change in the machine's load touches baseline and product alike. Prints each run, then the
 * table with ratios against the same size's baselines from this run and a verdict per target.
 */
import { cpSync, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sizeLabel, type BenchArgs, type TaskName } from './args';
import { hasRoster, outputDir, statePath } from './files';
import { machineInfo } from './machine';
import { round, type TaskResult } from './measure';
import { runChild, type ChildOptions } from './runner';
import {
  resultKey,
  tableRows,
  textTable,
  TABLE_HEADER,
  verdicts,
  verdictWord,
  type Results,
} from './summary';
import { resultsMarkdown, writeDocs, type RunReport } from './docs';

const ORDER: readonly TaskName[] = [
  'import-sheetjs-lean',
  'import-exceljs-stream',
  'import-full',
  'import-default-limits',
  'import-phases',
  'autoplan',
  'export-bare',
  'export-full',
];

const say = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

function describe(task: TaskName, size: number, i: number, r: TaskResult): string {
  const head = `  ${task} ${sizeLabel(size)} #${i + 1}: `;
  if (r.error !== undefined) return `${head}FAILED: ${r.error}`;
  const parts = [`${r.ms} ms`, `peak RSS ${r.peakRssMb} MB`];
  if (r.rssBeforeMb !== undefined) parts.push(`before ${r.rssBeforeMb} MB`);
  if (r.peakDuringMb !== undefined) parts.push(`peak while timed ${r.peakDuringMb} MB`);
  if (r.phases)
    parts.push(
      Object.entries(r.phases)
        .map(([k, v]) => `${k} ${v}`)
        .join(' '),
    );
  if (r.info)
    parts.push(
      Object.entries(r.info)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' '),
    );
  return head + parts.join(', ');
}

/**
 * The children run from a copy of the build: a rebuild of out/node (ensure-built empties it)
 * while a long run is going would otherwise pull the scripts from under them.
 */
function snapshotBuild(script: string): string {
  const bin = outputDir('bin');
  rmSync(bin, { recursive: true, force: true });
  cpSync(dirname(script), bin, { recursive: true, filter: (src) => !src.endsWith('.map') });
  return join(bin, 'bench.js');
}

export async function orchestrate(args: BenchArgs, script: string, root: string): Promise<number> {
  const started = new Date();
  const machine = machineInfo(root);
  const child: ChildOptions = { script: snapshotBuild(script), root, cpuProf: args.cpuProf };
  const results: Results = new Map();
  const notes: string[] = [];
  const wanted = (t: TaskName): boolean => args.only === null || args.only.includes(t);
  say(
    `bench: sizes ${args.sizes.map(sizeLabel).join(', ')}, load ${machine.load.join(' / ')} (${machine.cores} cores)`,
  );

  const run = async (task: TaskName, size: number, extra: string[] = []): Promise<TaskResult> => {
    const r = await runChild(task, size, { ...child, extra });
    const key = resultKey(task, size);
    const list = results.get(key) ?? [];
    list.push(r);
    results.set(key, list);
    say(describe(task, size, list.length - 1, r));
    return r;
  };

  for (const size of args.sizes) {
    if (!hasRoster(size)) {
      say(`generating the ${sizeLabel(size)} roster (once; cached in bench-output/ afterwards)…`);
      const g = await runChild('generate', size, child);
      if (g.error !== undefined) throw new Error(`generating the roster failed: ${g.error}`);
      say(`  ${round(g.ms / 1000, 1)} s, ${JSON.stringify(g.info)}`);
    }
    const runs = args.runs ?? 3;
    const imports = (['import-sheetjs-lean', 'import-exceljs-stream', 'import-full'] as const).filter(wanted);
    const needState = wanted('autoplan') || wanted('export-bare') || wanted('export-full');
    let saved = false;
    for (let i = 0; i < runs; i++) {
      for (const task of imports) {
        const save = task === 'import-full' && !saved;
        const r = await run(task, size, save ? ['--save-state'] : []);
        if (save && r.error === undefined) saved = true;
      }
    }
    if (needState && !saved) {
      const stale =
        !existsSync(statePath(size)) || statSync(statePath(size)).mtimeMs < statSync(script).mtimeMs;
      if (stale) {
        say(`  importing the ${sizeLabel(size)} roster for the later tasks (not counted)…`);
        const r = await runChild('import-full', size, { ...child, extra: ['--save-state'] });
        if (r.error !== undefined) throw new Error(`the import failed, cannot go on: ${r.error}`);
      }
    }
    if (wanted('import-default-limits')) {
      const r = await run('import-default-limits', size);
      if (r.info?.['accepted'] === false)
        notes.push(
          `With the shipped limits the ${sizeLabel(size)} roster (${String(r.info['fileMb'])} MB) is refused: ` +
            `${String(r.info['code'])}. import-full raises the file, cell and time caps ` +
            '(BENCH_LIMITS in scripts/bench/task-import.ts) to measure the import itself.',
        );
    }
    if (wanted('import-phases')) await run('import-phases', size);
    if (wanted('autoplan')) for (let i = 0; i < runs; i++) await run('autoplan', size);
    const exports = (['export-bare', 'export-full'] as const).filter(wanted);
    for (let i = 0; i < runs; i++) for (const task of exports) await run(task, size);
  }

  const tasks = ORDER.filter(wanted);
  const rows = tableRows(results, args.sizes, tasks);
  const judged = verdicts(results, args.sizes);
  const end = machineInfo(root);
  say('');
  say(textTable(TABLE_HEADER, rows));
  say('');
  for (const v of judged) say(`${verdictWord(v).padEnd(5)}  ${v.target}：${v.measured}`);
  for (const n of notes) say(`note: ${n}`);
  say(
    `load: ${machine.load.join(' / ')} at the start, ${end.load.join(' / ')} at the end (${machine.cores} cores)`,
  );

  const report: RunReport = {
    startedAt: started.toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    minutes: round((Date.now() - started.getTime()) / 60000, 1),
    machineStart: machine,
    loadEnd: end.load,
    rows,
    verdicts: judged,
    notes,
  };
  const markdown = resultsMarkdown(report);
  writeFileSync(join(outputDir(), 'results.md'), `${markdown}\n`);
  writeFileSync(
    join(outputDir(), 'results.json'),
    `${JSON.stringify({ report, runs: Object.fromEntries(results) }, null, 2)}\n`,
  );
  const fullRun = args.only === null && args.sizes.join() === '10000,100000';
  if (args.docs ?? fullRun) say(`wrote ${writeDocs(root, markdown)}`);
  const failed = [...results.values()].flat().filter((r) => r.error !== undefined).length;
  return failed > 0 ? 1 : 0;
}
