/**
 * --cpu-prof: the page's JavaScript CPU profile (Chrome DevTools Protocol Profiler) while a part
 * runs, written as a .cpuprofile (open it in Chrome DevTools' Performance panel) and summarised
 * as the functions with the most self time. Profiling slows the page: figures taken with it on are
 * for reading the profile beside, not for the docs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The `top` functions by self time, as "name (file:line) ms". */
export function topSelfTime(profile: CpuProfile, top = 15): string[] {
  const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const f = byNode.get(id)?.callFrame;
    if (!f) return;
    const file = f.url.split('/').at(-1) ?? '';
    const key = `${f.functionName || '(anonymous)'} (${file}:${f.lineNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`);
}

/** Runs `body` with the page's profiler on; writes the profile to `dir/name.cpuprofile`. */
export async function profiled<T>(page: Page, dir: string, name: string, body: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await body();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}.cpuprofile`);
    writeFileSync(path, JSON.stringify(profile));
    process.stderr.write(`  profile: ${path}\n    ${topSelfTime(profile as CpuProfile).join('\n    ')}\n`);
    await cdp.detach();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Main-thread time of the page's renderer by trace event name (complete events; nested ones are
 * counted in their parents too, so the list is for comparing kinds of work, not for adding up).
 */
export function mainThreadTime(trace: { traceEvents: TraceEvent[] }, top = 12): string[] {
  const main = new Set<string>();
  for (const e of trace.traceEvents)
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  const byName = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || e.dur === undefined || !main.has(`${e.pid}:${e.tid}`)) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
}

/** Runs `body` while Chromium records a performance trace (devtools.timeline); writes it as JSON. */
export async function traced<T>(page: Page, dir: string, name: string, body: () => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) return body();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.trace.json`);
  await browser.startTracing(page, {
    path,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  try {
    return await body();
  } finally {
    const buffer = await browser.stopTracing();
    const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    process.stderr.write(`  trace: ${path}\n    ${mainThreadTime(trace).join('\n    ')}\n`);
  }
}
