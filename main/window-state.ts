/**
 * The window's size and position, remembered between runs in userData/window-state.json. The
 * file is written atomically and read defensively: a damaged file, absurd sizes or a position on
 * a monitor that is no longer attached (a laptop taken off its docking station) fall back to a
 * centred window of the default size, never to a window the clerk cannot see.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './files/atomic-write';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The normal (not maximised) bounds; x and y absent: centre on the primary display. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

/** Small enough for 1366×768 at 150% (a work area of about 910×480 DIPs). */
export const MIN_WINDOW = { width: 800, height: 460 } as const;
export const DEFAULT_WINDOW = { width: 1280, height: 800 } as const;

const int = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: int, y: int, width: int, height: int }),
  maximized: z.boolean().default(false),
});

/** How much of the title bar must lie on some display for a saved position to be used. */
const GRIP = { width: 120, height: 32 };

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The default window, shrunk to fit the primary display's work area. */
export function defaultWindowState(primary: Rect | null): WindowState {
  const width = Math.max(MIN_WINDOW.width, Math.min(DEFAULT_WINDOW.width, primary?.width ?? Infinity));
  const height = Math.max(MIN_WINDOW.height, Math.min(DEFAULT_WINDOW.height, primary?.height ?? Infinity));
  return { bounds: { width, height }, maximized: false };
}

/**
 * The saved state made safe for the displays attached now (their work areas, primary first):
 * sizes clamped to [MIN_WINDOW, the largest work area]; the position kept only when the top of
 * the window (its title bar) is on a display.
 */
export function restoreWindowState(text: string | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? null;
  const fallback = defaultWindowState(primary);
  if (text === null) return fallback;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fallback;
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) return fallback;
  const { bounds, maximized } = parsed.data;
  const maxWidth = Math.max(MIN_WINDOW.width, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_WINDOW.height, ...workAreas.map((a) => a.height));
  const width = Math.min(maxWidth, Math.max(MIN_WINDOW.width, bounds.width));
  const height = Math.min(maxHeight, Math.max(MIN_WINDOW.height, bounds.height));
  const grip: Rect = {
    x: bounds.x + Math.max(0, (width - GRIP.width) / 2),
    y: bounds.y,
    width: Math.min(GRIP.width, width),
    height: GRIP.height,
  };
  const visible = workAreas.some((area) => {
    const o = overlap(grip, area);
    return o !== null && o.width >= Math.min(GRIP.width, width) / 2 && o.height >= GRIP.height / 2;
  });
  return {
    bounds: visible ? { x: bounds.x, y: bounds.y, width, height } : { width, height },
    maximized,
  };
}

export async function loadWindowState(path: string, workAreas: readonly Rect[]): Promise<WindowState> {
  let text: string | null;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    text = null;
  }
  return restoreWindowState(text, workAreas);
}

/** Saves the state; a failure only means the next start uses the default size, so it is not reported. */
export async function saveWindowState(path: string, bounds: Rect, maximized: boolean): Promise<boolean> {
  const state = {
    bounds: {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    },
    maximized,
  };
  const written = await writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(state)}\n`), {
    label: '窗口位置',
  });
  return written.ok;
}
