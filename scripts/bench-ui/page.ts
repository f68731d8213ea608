/**
 * What the benchmark runs inside the page. These functions are serialised by playwright and run
 * in Chromium, so they may use only their arguments and the page's globals (typed here by hand:
 * scripts/ compile without the DOM library) — no module-level names, hence the literal mark names.
 */

/** The page globals the probes use. */
interface PageGlobal {
  document: { querySelector(selector: string): unknown };
  requestAnimationFrame(callback: (time: number) => void): number;
  addEventListener(type: 'keydown', listener: () => void, capture: boolean): void;
  __benchUi?: BenchProbe;
  __hostInvoke?: (channel: string, args: string) => Promise<string>;
}

interface BenchProbe {
  /** performance.now() in the task after the first frame that showed cards on the board. */
  firstCardsAt: number | null;
  /** rAF timestamps while recording. */
  frames: number[] | null;
}

/**
 * The init script (runs before the app's own scripts in every document): watches for the first
 * frame with cards (once per frame, in rAF, so the cost is a querySelector per frame until then)
 * and marks every keydown as `bench:key`, before the app's handler sees it.
 */
export function installProbe(): void {
  const g = globalThis as unknown as PageGlobal;
  const probe: BenchProbe = { firstCardsAt: null, frames: null };
  g.__benchUi = probe;
  const watch = (): void => {
    if (g.document.querySelector('.lanes .card[data-card-id]') !== null) {
      // This rAF precedes the paint of the frame that shows the cards; the next task follows it.
      setTimeout(() => (probe.firstCardsAt = performance.now()), 0);
      return;
    }
    g.requestAnimationFrame(watch);
  };
  g.requestAnimationFrame(watch);
  // Each window.api call's round trip through the harness's bridge, as the measure host:<channel>.
  const send = g.__hostInvoke;
  if (typeof send === 'function') {
    g.__hostInvoke = async (channel, args) => {
      const start = performance.now();
      try {
        return await send(channel, args);
      } finally {
        performance.measure(`host:${channel}`, { start, end: performance.now() });
      }
    };
  }
  g.addEventListener(
    'keydown',
    () => {
      performance.clearMarks('bench:key');
      performance.mark('bench:key');
    },
    true,
  );
}

export function firstCardsAt(): number | null {
  return (globalThis as unknown as PageGlobal).__benchUi?.firstCardsAt ?? null;
}

/** Starts recording rAF timestamps. */
export function startFrames(): void {
  const g = globalThis as unknown as PageGlobal;
  const probe = g.__benchUi;
  if (!probe) throw new Error('no probe');
  const frames: number[] = [];
  probe.frames = frames;
  const tick = (t: number): void => {
    if (probe.frames !== frames) return;
    frames.push(t);
    g.requestAnimationFrame(tick);
  };
  g.requestAnimationFrame(tick);
}

/** Stops recording; the deltas between consecutive frames, in ms. */
export function stopFrames(): number[] {
  const probe = (globalThis as unknown as PageGlobal).__benchUi;
  const frames = probe?.frames ?? [];
  if (probe) probe.frames = null;
  return frames.slice(1).map((t, i) => t - (frames[i] ?? t));
}

/** The latest mark's start time, or -1. */
export function markTime(name: string): number {
  const marks = performance.getEntriesByName(name, 'mark');
  return marks.at(-1)?.startTime ?? -1;
}

/** key → dashboard painted, once the dashboard has painted after the latest keypress; else null. */
export function keyToDashboard(): number | null {
  const key = performance.getEntriesByName('bench:key', 'mark').at(-1)?.startTime;
  const painted = performance.getEntriesByName('dashboard:painted', 'mark').at(-1)?.startTime;
  return key !== undefined && painted !== undefined && painted > key ? painted - key : null;
}

export function measureDurations(name: string): number[] {
  return performance.getEntriesByName(name, 'measure').map((m) => m.duration);
}

export function clearMeasures(): void {
  performance.clearMeasures();
}

/** The first number in a lane's header ("12", or "3 / 12" when filtered). */
export function laneCountOf(lane: string): number {
  const g = globalThis as unknown as {
    document: { querySelector(s: string): { textContent: string | null } | null };
  };
  const text = g.document.querySelector(`section.lane-${lane} .lane-count`)?.textContent ?? '';
  return Number(text.split('/')[0]?.trim());
}

export function laneCountIs([lane, want]: readonly [string, number]): boolean {
  const g = globalThis as unknown as {
    document: { querySelector(s: string): { textContent: string | null } | null };
  };
  const text = g.document.querySelector(`section.lane-${lane} .lane-count`)?.textContent ?? '';
  return Number(text.split('/')[0]?.trim()) === want;
}

export function measureCountAbove([name, n]: readonly [string, number]): boolean {
  return performance.getEntriesByName(name, 'measure').length > n;
}

export function markAfter([name, t]: readonly [string, number]): boolean {
  return (performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? -1) > t;
}

/** Total time per host channel so far (measures host:<channel>), in ms. */
export function hostTimes(): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const m of performance.getEntriesByType('measure'))
    if (m.name.startsWith('host:'))
      totals.set(m.name.slice(5), (totals.get(m.name.slice(5)) ?? 0) + m.duration);
  return [...totals];
}

interface IdbRequest<T> {
  result: T;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
  onupgradeneeded?: (() => void) | null;
}
interface IdbTransaction {
  objectStore(name: string): { put(value: unknown, key: string): unknown };
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbDatabase {
  createObjectStore(name: string): unknown;
  transaction(store: string, mode: 'readwrite'): IdbTransaction;
  close(): void;
}

/**
 * The baseline for a stored edit: `runs` bare IndexedDB readwrite transactions (one small put each,
 * in a scratch database), each timed from its start to its complete event, in ms.
 */
export async function bareIdbWrites(runs: number): Promise<number[]> {
  const idb = (
    globalThis as unknown as { indexedDB: { open(name: string, v: number): IdbRequest<IdbDatabase> } }
  ).indexedDB;
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const req = idb.open('bench-ui-probe', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('s');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error('open failed'));
  });
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('s', 'readwrite');
      tx.objectStore('s').put({ i, at: start, decision: { kind: 'dissolve', rule: 3 } }, `k${i % 4}`);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error('write failed'));
    });
    out.push(performance.now() - start);
  }
  db.close();
  return out;
}
