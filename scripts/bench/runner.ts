/**
 * The orchestrator's side of a measurement: each one in a fresh Node process (so one task's heap,
 * caches and JIT state never help or hurt another), started with --expose-gc, its stderr passed
 * through, its one result line read from stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { sizeLabel, type TaskName } from './args';
import { outputDir } from './files';
import { RESULT_PREFIX, type TaskResult } from './measure';

export interface ChildOptions {
  script: string;
  root: string;
  cpuProf: boolean;
  extra?: string[];
}

const running = new Set<ChildProcess>();

/** Ends the measurement children still running (the orchestrator was interrupted). */
export function stopChildren(): void {
  for (const c of running) c.kill('SIGKILL');
}

export function runChild(task: TaskName, size: number, options: ChildOptions): Promise<TaskResult> {
  const node = ['--expose-gc'];
  if (options.cpuProf)
    node.push(
      '--cpu-prof',
      `--cpu-prof-dir=${outputDir('prof')}`,
      `--cpu-prof-name=${task}-${sizeLabel(size)}-${Date.now()}.cpuprofile`,
    );
  const args = [...node, options.script, '--task', task, '--size', String(size), ...(options.extra ?? [])];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: options.root,
      env: { ...process.env, BENCH_ROOT: options.root },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.add(child);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', (e) => resolve({ ms: NaN, peakRssMb: NaN, error: String(e) }));
    child.on('close', (code, signal) => {
      running.delete(child);
      const line = out
        .split('\n')
        .reverse()
        .find((l) => l.startsWith(RESULT_PREFIX));
      if (line) {
        try {
          resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as TaskResult);
          return;
        } catch (e) {
          resolve({ ms: NaN, peakRssMb: NaN, error: `bad result line: ${String(e)}` });
          return;
        }
      }
      resolve({
        ms: NaN,
        peakRssMb: NaN,
        error: `child ended (${signal ?? `code ${code}`}) without a result${out ? `: ${out.slice(-500)}` : ''}`,
      });
    });
  });
}
