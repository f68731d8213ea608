/**
 * `npm run bench`: import, auto-plan and export at 10k and 100k groups against baselines measured
 * in the same run, each in its own process (docs/performance.md explains the method and the
 * figures). Options: --sizes 10k,100k  --runs N  --only task,task  --cpu-prof  --docs / --no-docs.
 * With --task NAME --size N it is one measurement, as the orchestrator starts it.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs, type BenchArgs } from './bench/args';
import { benchRoot } from './bench/files';
import { emitResult, type TaskResult } from './bench/measure';
import { orchestrate } from './bench/orchestrate';
import { stopChildren } from './bench/runner';
import { autoplanTask } from './bench/task-autoplan';
import { exportBare, exportFull } from './bench/task-export';
import { generateTask } from './bench/task-generate';
import { importPhases } from './bench/task-import-phases';
import { importExceljsStream, importFull, importSheetjsLean } from './bench/task-import';

/** This bundle's folder: out/node/bench.js is CommonJS, and the reader thread is built beside it. */
const here = typeof __dirname === 'string' ? __dirname : process.cwd();
const workerPath = join(here, 'roster-worker.js');

async function runTask(args: BenchArgs): Promise<TaskResult> {
  const size = args.size;
  switch (args.task) {
    case 'generate':
      return generateTask(size);
    case 'import-sheetjs-lean':
      return importSheetjsLean(size);
    case 'import-exceljs-stream':
      return importExceljsStream(size);
    case 'import-full':
      return importFull(size, workerPath, {
        saveState: args.saveState,
        defaultLimits: false,
        readerHeapMb: args.readerHeapMb,
      });
    case 'import-default-limits':
      return importFull(size, workerPath, { saveState: false, defaultLimits: true });
    case 'import-phases':
      return importPhases(size, workerPath);
    case 'autoplan':
      return autoplanTask(size);
    case 'export-bare':
      return exportBare(size);
    case 'export-full':
      return exportFull(size);
    case null:
      throw new Error('no task');
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.task !== null) {
    try {
      emitResult(await runTask(args));
    } catch (e) {
      emitResult({ ms: NaN, peakRssMb: NaN, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return 1;
    }
    return 0;
  }
  const root = benchRoot();
  if (!existsSync(join(root, 'package.json')) || basename(here) === 'bin')
    throw new Error('run npm run bench from the repository root');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopChildren();
      process.exit(130);
    });
  }
  return orchestrate(args, join(here, 'bench.js'), root);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
