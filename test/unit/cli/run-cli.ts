/** Runs the built headless planner (out/node/plan.js) as a clerk's shell would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const planJs = join(repoRoot, 'out', 'node', 'plan.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  cwd: string;
}

export function newWorkDir(): string {
  return mkdtempSync(join(tmpdir(), 'plan-cli-'));
}

export function runCli(args: string[], cwd: string = newWorkDir()): CliRun {
  const r = spawnSync(process.execPath, [planJs, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}
