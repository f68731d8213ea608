/**
 * Builds the Node entry points that run without Electron: the headless planner, the isolated
 * roster-parsing worker (a worker runs built JS, never TypeScript), the sample generator and the
 * benchmarks. Dependencies stay external (required from node_modules at run time).
 */
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;
const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
const external = (id: string): boolean =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  deps.some((d) => id === d || id.startsWith(`${d}/`));

export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/node'),
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: {
        plan: resolve(root, 'cli/plan.ts'),
        'roster-worker': resolve(root, 'main/roster/parse-worker.ts'),
        'generate-samples': resolve(root, 'scripts/generate-samples.ts'),
        bench: resolve(root, 'scripts/bench.ts'),
        'bench-ui': resolve(root, 'scripts/bench-ui.ts'),
      },
      external,
      output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
