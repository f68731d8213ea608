/**
 * Tests that go through the isolated roster parser need the built worker (a worker thread runs
 * JavaScript, not TypeScript): build out/node/ when it is missing or stale.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'ensure-built.cjs')], {
    stdio: 'inherit',
  });
}
