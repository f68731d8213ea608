/**
 * 模拟看板: what the plan achieves, drawn from core/dashboard's series (recomputed per
 * planVersion, so it follows the board live). Components here only draw; a click on a unit
 * selects it on the board and goes there.
 */
import { useCallback } from 'react';
import { useStore, useWorkspaceSelector } from '../store/context';
import { NoPlanOpen } from '../components/NoPlanOpen';
import { BigNumbers } from './BigNumbers';
import { BurdenChart } from './BurdenChart';
import { CategoryChart } from './CategoryChart';
import { InfeasibleList } from './InfeasibleList';
import { useDashboardPaintMark } from './perf';
import { UnitChart } from './UnitChart';
import { useDashboard } from './useDashboard';
import './dashboard.css';

export function Dashboard() {
  const store = useStore();
  const series = useDashboard();
  const open = useWorkspaceSelector((s) => s.open);
  const planVersion = useWorkspaceSelector((s) => s.planVersion);
  useDashboardPaintMark(planVersion);
  const openUnit = useCallback(
    (unitId: string) => {
      store.updateView({ selectedUnitId: unitId, selection: [], laneScroll: {}, detailGroupId: null });
      store.setScreen('board');
    },
    [store],
  );
  if (!series || !open) return <NoPlanOpen title="模拟看板" />;
  return (
    <section className="page dash" aria-labelledby="dash-title">
      <div className="page-head dash-head">
        <h1 id="dash-title" className="page-title">
          模拟看板
        </h1>
        <span className="muted">
          {open.rosterName} · {open.planName} · 规则：{open.policy.name}
        </span>
      </div>
      <BigNumbers big={series.big} overQuota={series.units.overQuota} />
      <div className="dash-grid">
        <UnitChart series={series.units} onOpen={openUnit} />
        <div className="dash-side">
          <CategoryChart title="按业务分类" id="dash-lines-title" data={series.categories} />
          <CategoryChart title="按平台" id="dash-platforms-title" data={series.platforms} />
        </div>
      </div>
      <div className="dash-grid">
        <BurdenChart burden={series.burden} />
        <InfeasibleList units={series.infeasible} onOpen={openUnit} />
      </div>
    </section>
  );
}
