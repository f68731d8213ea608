/**
 * Where the bench keeps its files: everything under bench-output/ (gitignored). Roster files are
 * cached by size and generator version, so reruns measure the same bytes without regenerating.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sizeLabel } from './args';
import { GENERATOR_VERSION } from './roster';

/** The repository root: the orchestrator passes it to its children. */
export function benchRoot(): string {
  return process.env['BENCH_ROOT'] ?? process.cwd();
}

export function outputDir(...parts: string[]): string {
  const dir = join(benchRoot(), 'bench-output', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const rosterPath = (size: number): string =>
  join(outputDir(), `roster-${sizeLabel(size)}-g${GENERATOR_VERSION}.xlsx`);

/** The imported roster, v8-serialised by the first import-full run (autoplan and export load it). */
export const statePath = (size: number): string =>
  join(outputDir('state'), `roster-${sizeLabel(size)}-g${GENERATOR_VERSION}.v8`);

export const tmpPath = (name: string): string => join(outputDir('tmp'), name);

export const hasRoster = (size: number): boolean => existsSync(rosterPath(size));
