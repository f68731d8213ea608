/**
 * A paint mark for the dashboard, for the UI benchmark (modelled on renderer/board/perf.ts): after
 * the render that shows a new plan version, the mark `dashboard:painted` is set in the task right
 * after that frame is painted. The benchmark measures from its own input mark (a keypress) to it.
 * Only the latest mark is kept, so nothing piles up in a long session.
 */
import { useLayoutEffect } from 'react';

export const DASHBOARD_PAINTED = 'dashboard:painted';

export function useDashboardPaintMark(planVersion: number): void {
  useLayoutEffect(() => {
    requestAnimationFrame(() => {
      // The rAF callback runs before the frame is painted; the next task runs after it.
      setTimeout(() => {
        performance.clearMarks(DASHBOARD_PAINTED);
        performance.mark(DASHBOARD_PAINTED, { detail: planVersion });
      }, 0);
    });
  }, [planVersion]);
}
