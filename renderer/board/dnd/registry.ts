/**
 * The lanes on screen, as the keyboard stepper and "focus this card" need them: each lane
 * registers how to find its rows (their offsets are computed, never measured) and its elements.
 */

import { LANE_KEYS, type LaneKey } from '../../store/view';
import { CARD_HEIGHT } from '../model/layout';
import { isDragData, type DragData } from './ids';
import type { Coordinates, KeyboardStepper, StepKey } from './keyboard';

export interface LaneHandle {
  ids(): readonly string[];
  section(): HTMLElement | null;
  header(): HTMLElement | null;
  viewport(): HTMLElement | null;
  /** The row's offset and height inside the lane's scroll area. */
  row(index: number): { start: number; size: number } | null;
  /** Scrolls the row into view (nearest edge). */
  reveal(index: number): void;
}

export type LaneRegistry = Map<LaneKey, LaneHandle>;

/** Scrolls the viewport so that the top of the row (at least one card high) is visible. */
function showRow(vp: HTMLElement, start: number, size: number): void {
  const visible = Math.min(size, CARD_HEIGHT, vp.clientHeight);
  if (start < vp.scrollTop) vp.scrollTop = start;
  else if (start + visible > vp.scrollTop + vp.clientHeight) vp.scrollTop = start + visible - vp.clientHeight;
}

/** The first row at least partly in view. */
export function firstVisible(h: LaneHandle): number {
  const vp = h.viewport();
  const n = h.ids().length;
  if (!vp) return 0;
  for (let i = 0; i < n; i++) {
    const r = h.row(i);
    if (r && r.start + r.size > vp.scrollTop + 1) return i;
  }
  return 0;
}

export interface Stop {
  lane: LaneKey;
  /** -1: the lane's header (a drop on the lane). */
  index: number;
}

/** The screen point of a stop, scrolling the lane (and the lanes sideways) to show it. */
export function pointOf(registry: LaneRegistry, stop: Stop): Coordinates | null {
  const h = registry.get(stop.lane);
  const section = h?.section();
  if (!h || !section) return null;
  const box = section.getBoundingClientRect();
  const sideways = section.parentElement;
  if (sideways && (box.left < sideways.getBoundingClientRect().left || box.right > window.innerWidth)) {
    section.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'auto' });
  }
  if (stop.index < 0) {
    const head = h.header()?.getBoundingClientRect();
    return head ? { x: head.left + head.width / 2, y: head.top + head.height / 2 } : null;
  }
  const vp = h.viewport();
  const row = h.row(stop.index);
  if (!vp || !row) return null;
  showRow(vp, row.start, row.size);
  const r = vp.getBoundingClientRect();
  return {
    x: r.left + r.width / 2,
    y: r.top + row.start - vp.scrollTop + Math.min(row.size, CARD_HEIGHT) / 2,
  };
}

/**
 * ↑/↓ go to the previous/next card of the lane (from the header: the first visible card), ↑ from
 * the first card to the header; ←/→ go to the neighbouring lane's header. The dragged card itself
 * is skipped.
 */
export function laneStepper(
  registry: LaneRegistry,
  locate: (drag: DragData) => Stop | null,
): KeyboardStepper {
  let stop: Stop | null = null;
  let self = '';
  return {
    begin(data) {
      stop = isDragData(data) ? locate(data) : null;
      self = isDragData(data) && !data.fromStack ? data.groupId : '';
    },
    step(key: StepKey) {
      if (!stop) return null;
      let next: Stop;
      if (key === 'ArrowLeft' || key === 'ArrowRight') {
        const at = LANE_KEYS.indexOf(stop.lane) + (key === 'ArrowLeft' ? -1 : 1);
        const lane = LANE_KEYS[at];
        if (!lane) return null;
        next = { lane, index: -1 };
      } else {
        const h = registry.get(stop.lane);
        if (!h) return null;
        const ids = h.ids();
        let index: number;
        if (key === 'ArrowDown') {
          index = stop.index < 0 ? firstVisible(h) : stop.index + 1;
          if (ids[index] === self) index++;
          if (index >= ids.length) return null;
        } else {
          index = stop.index - 1;
          if (index >= 0 && ids[index] === self) index--;
          if (index < -1) return null;
        }
        next = { lane: stop.lane, index };
      }
      const point = pointOf(registry, next);
      if (point) stop = next;
      return point;
    },
  };
}
