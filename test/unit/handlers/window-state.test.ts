import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  loadWindowState,
  MIN_WINDOW,
  restoreWindowState,
  saveWindowState,
  type Rect,
} from '../../../main/window-state';
import { tempDir } from './helpers';

const FULL_HD: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
/** 1366×768 at 150%: the work area in DIPs, taskbar excluded. */
const SMALL: Rect = { x: 0, y: 0, width: 910, height: 472 };
const RIGHT_MONITOR: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

const saved = (bounds: Record<string, unknown>, maximized = false): string =>
  JSON.stringify({ bounds, maximized });

describe('restoring the window', () => {
  it('uses the default size, centred, when nothing was saved', () => {
    expect(restoreWindowState(null, [FULL_HD])).toEqual({ bounds: DEFAULT_WINDOW, maximized: false });
  });

  it('shrinks the default to a small screen, but not below the minimum', () => {
    expect(restoreWindowState(null, [SMALL])).toEqual({
      bounds: { width: 910, height: 472 },
      maximized: false,
    });
    expect(restoreWindowState(null, [{ x: 0, y: 0, width: 640, height: 400 }])).toEqual({
      bounds: MIN_WINDOW,
      maximized: false,
    });
  });

  it('restores a saved position and size on a display that is attached', () => {
    expect(restoreWindowState(saved({ x: 100, y: 50, width: 1200, height: 700 }, true), [FULL_HD])).toEqual({
      bounds: { x: 100, y: 50, width: 1200, height: 700 },
      maximized: true,
    });
    expect(
      restoreWindowState(saved({ x: 2000, y: 10, width: 1000, height: 700 }), [FULL_HD, RIGHT_MONITOR])
        .bounds,
    ).toEqual({ x: 2000, y: 10, width: 1000, height: 700 });
  });

  it.each([
    ['on a monitor that is gone', { x: 2000, y: 10, width: 1000, height: 700 }],
    ['far above the screen', { x: 100, y: -5000, width: 1000, height: 700 }],
    ['title bar just off the bottom', { x: 100, y: 1030, width: 1000, height: 700 }],
    ['title bar off the left edge', { x: -990, y: 100, width: 1000, height: 700 }],
  ])('ignores a position %s (keeps the size, centres the window)', (_what, bounds) => {
    expect(restoreWindowState(saved(bounds), [FULL_HD]).bounds).toEqual({ width: 1000, height: 700 });
  });

  it('clamps absurd sizes to the minimum and to the largest display', () => {
    expect(restoreWindowState(saved({ x: 0, y: 0, width: 10, height: 10 }), [FULL_HD]).bounds).toEqual({
      x: 0,
      y: 0,
      width: MIN_WINDOW.width,
      height: MIN_WINDOW.height,
    });
    expect(restoreWindowState(saved({ x: 0, y: 0, width: 90000, height: 90000 }), [FULL_HD]).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
  });

  it.each([
    ['not JSON', '{"bounds":'],
    ['not an object', '42'],
    ['missing fields', '{"bounds":{"x":1}}'],
    ['strings for numbers', saved({ x: '1', y: 2, width: 1000, height: 700 })],
    ['fractions', saved({ x: 1.5, y: 2, width: 1000, height: 700 })],
    ['huge numbers', saved({ x: 1e300, y: 2, width: 1000, height: 700 })],
  ])('falls back to the default for a damaged file (%s)', (_what, text) => {
    expect(restoreWindowState(text, [FULL_HD])).toEqual({ bounds: DEFAULT_WINDOW, maximized: false });
  });

  it('saves atomically and loads back what it saved', async () => {
    const dir = await tempDir();
    const path = join(dir, 'window-state.json');
    expect(await loadWindowState(path, [FULL_HD])).toEqual({ bounds: DEFAULT_WINDOW, maximized: false });
    expect(await saveWindowState(path, { x: 10.4, y: 20.6, width: 1100, height: 720 }, true)).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      bounds: { x: 10, y: 21, width: 1100, height: 720 },
      maximized: true,
    });
    expect(await loadWindowState(path, [FULL_HD])).toEqual({
      bounds: { x: 10, y: 21, width: 1100, height: 720 },
      maximized: true,
    });
    expect(await saveWindowState(join(dir, 'missing', 'w.json'), FULL_HD, false)).toBe(false);
  });
});
