#!/usr/bin/env node
/**
 * `npm run plan` (and samples, bench) run built JS: the roster parser runs in a worker thread,
 * which must load JavaScript, not TypeScript. This builds out/node/ only when it is missing or
 * older than any source it is built from, and sends the build's output to stderr so that
 * `npm run -s plan -- --json` keeps stdout to the one JSON object.
 */
const { statSync, readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const outputs = ['plan.js', 'roster-worker.js', 'generate-samples.js', 'bench.js'].map((f) =>
  join(root, 'out', 'node', f),
);
const inputs = ['core', 'main', 'cli', 'scripts'];
const files = ['package.json', 'package-lock.json', 'vite.node.config.mts'];

function newest(path) {
  let best = 0;
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    best = Math.max(best, newest(join(path, entry.name)));
  }
  return best;
}

function oldestOutput() {
  let oldest = Infinity;
  for (const f of outputs) {
    if (!existsSync(f)) return 0;
    oldest = Math.min(oldest, statSync(f).mtimeMs);
  }
  return oldest;
}

const sourceTime = Math.max(
  ...inputs.map((d) => newest(join(root, d))),
  ...files.map((f) => newest(join(root, f))),
);
if (oldestOutput() > sourceTime) process.exit(0);

process.stderr.write('正在构建命令行规划器（源代码有更新）…\n');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.node.config.mts'], {
  cwd: root,
  stdio: ['ignore', process.stderr, process.stderr],
});
if (result.status !== 0) {
  process.stderr.write('构建失败，请查看上面的输出。\n');
  process.exit(result.status ?? 1);
}
