/**
 * The board's derived state, each piece recomputed only when what it depends on changes: the
 * plan view (per planVersion), the metrics (per planVersion, but deferred: a drop paints its
 * lanes first and the totals and badges follow in the next render), the scope and the lanes.
 */
import { useEffect, useMemo, useState } from 'react';
import { computeMetrics } from '../../core/metrics/compute';
import type { ComputedPlanMetrics } from '../../core/metrics/model';
import { useWorkspaceSelector } from '../store/context';
import { boardData, type BoardData } from './model/board-data';
import { buildLanes, canShowChildren, scopeUnitIds, type Lanes } from './model/lanes';
import { defaultUnit } from './model/tree';

export function useBoardData(): BoardData | null {
  const open = useWorkspaceSelector((s) => s.open);
  const planVersion = useWorkspaceSelector((s) => s.planVersion);
  // The plan's Maps change in place: planVersion says when to look again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (open ? boardData(open) : null), [open, planVersion]);
}

/**
 * The metrics (totals strip, tree badges), one frame behind the lanes: after an edit the new
 * version is taken up once the lanes are painted, so a drop never waits for computeMetrics
 * (milliseconds on the sample, tens on a 20,000-group district).
 */
export function useDeferredMetrics(): ComputedPlanMetrics | null {
  const open = useWorkspaceSelector((s) => s.open);
  const planVersion = useWorkspaceSelector((s) => s.planVersion);
  const [version, setVersion] = useState(planVersion);
  useEffect(() => {
    if (version === planVersion) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setVersion(planVersion), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [planVersion, version]);
  return useMemo(
    () => (open ? computeMetrics(open.roster, open.plan, open.policy, open.index) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, version],
  );
}

export interface Scope {
  /** The tree's selection (a unit id or ALL_UNITS). */
  selected: string;
  unitIds: string[];
  /** 含下属社区 applies (a street or town with communities). */
  childrenPossible: boolean;
  showChildren: boolean;
}

export function useScope(data: BoardData | null, metrics: ComputedPlanMetrics | null): Scope | null {
  const chosen = useWorkspaceSelector((s) => s.view.selectedUnitId);
  const showChildren = useWorkspaceSelector((s) => s.view.showChildren);
  const roster = data?.roster ?? null;
  const fallback = useMemo(() => (metrics ? defaultUnit(metrics) : null), [metrics]);
  return useMemo(() => {
    if (!roster) return null;
    const selected = chosen ?? fallback ?? roster.units[0]?.id ?? null;
    if (selected === null) return null;
    const childrenPossible = canShowChildren(roster, selected);
    return {
      selected,
      unitIds: scopeUnitIds(roster, selected, showChildren),
      childrenPossible,
      showChildren: childrenPossible && showChildren,
    };
  }, [roster, chosen, fallback, showChildren]);
}

export function useLanes(data: BoardData | null, scope: Scope | null): Lanes | null {
  const filters = useWorkspaceSelector((s) => s.view.filters);
  return useMemo(
    () => (data && scope ? buildLanes(data, scope.unitIds, filters) : null),
    [data, scope, filters],
  );
}
