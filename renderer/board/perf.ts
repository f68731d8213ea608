/**
 * Performance marks for the board's edits, for the end-to-end timing test and the UI benchmark:
 * `board:edit` when an edit starts (a lane drop, or the 确定 of a merge), then the measures
 * `board:edit→committed` (written to IndexedDB and applied) and `board:edit→painted` (the frame
 * after React drew the new plan). Only the latest marks are kept; measures are capped.
 */
import { useLayoutEffect } from 'react';

const EDIT = 'board:edit';
const MAX_MEASURES = 400;
let pending = false;

function trim(name: string): void {
  if (performance.getEntriesByName(name, 'measure').length > MAX_MEASURES) performance.clearMeasures(name);
}

export function markEdit(): void {
  performance.clearMarks(EDIT);
  performance.mark(EDIT);
  pending = true;
}

export function markCommitted(): void {
  if (performance.getEntriesByName(EDIT, 'mark').length === 0) return;
  trim('board:edit→committed');
  performance.measure('board:edit→committed', EDIT);
}

/** After the render that shows a new plan version: measures the edit once the frame is painted. */
export function usePaintMark(planVersion: number): void {
  useLayoutEffect(() => {
    if (!pending) return;
    pending = false;
    requestAnimationFrame(() => {
      // The rAF callback runs before the frame is painted; the next task runs after it.
      setTimeout(() => {
        if (performance.getEntriesByName(EDIT, 'mark').length === 0) return;
        trim('board:edit→painted');
        performance.measure('board:edit→painted', EDIT);
      }, 0);
    });
  }, [planVersion]);
}
