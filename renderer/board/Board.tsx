/**
 * 整理看板, the merge board: the unit tree with quota badges, the lanes 待定 / 保留 / 合并 / 解散
 * / 转出 of the selected unit (drag a card onto a card to merge, onto a lane to move; the 移至…
 * menu as the non-drag path), the running totals, search and filters, the detail panel, and
 * 自动规划. Every edit goes through the store (written first, one undo step per drag); the
 * selection, filters, unit and scroll are view state. docs/renderer.md has the design.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ComputedPlanMetrics } from '../../core/metrics/model';
import { NoPlanOpen } from '../components/NoPlanOpen';
import { useStore, useWorkspaceSelector } from '../store/context';
import { LANE_KEYS, type LaneKey } from '../store/view';
import { BoardDnd, type ActiveDrag } from './BoardDnd';
import { BoardController } from './controller';
import { DetailPanel } from './DetailPanel';
import { Lane } from './Lane';
import type { BoardData } from './model/board-data';
import { Overlays } from './Overlays';
import { usePaintMark } from './perf';
import { TotalsBar } from './TotalsBar';
import { Toolbar } from './Toolbar';
import { UnitTree } from './UnitTree';
import { useBoardData, useDeferredMetrics, useLanes, useScope } from './useBoardModel';
import './board.css';
import './board-cards.css';
import './board-panels.css';

export function Board() {
  const data = useBoardData();
  const metrics = useDeferredMetrics();
  if (!data || !metrics) return <NoPlanOpen title="整理看板" />;
  return <BoardScreen data={data} metrics={metrics} />;
}

/** board-panels.css's narrow layout (1366×768 at 150% is 910 px wide): the tree becomes a drawer. */
const NARROW = '(max-width: 980px)';

const toggled = (set: ReadonlySet<string>, id: string): ReadonlySet<string> => {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
};

function BoardScreen({ data, metrics }: { data: BoardData; metrics: ComputedPlanMetrics }) {
  const store = useStore();
  const scope = useScope(data, metrics);
  const lanes = useLanes(data, scope);
  const selectionList = useWorkspaceSelector((s) => s.view.selection);
  const detailId = useWorkspaceSelector((s) => s.view.detailGroupId);
  const laneScroll = useWorkspaceSelector((s) => s.view.laneScroll);
  const planVersion = useWorkspaceSelector((s) => s.planVersion);
  usePaintMark(planVersion);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [treeOpen, setTreeOpen] = useState(() => window.innerWidth >= 1100);
  const [active, setActive] = useState<ActiveDrag | null>(null);
  const [ctl] = useState(() => new BoardController(store, (id) => setExpanded((prev) => toggled(prev, id))));
  useLayoutEffect(() => {
    ctl.sync({ data, lanes, selection: selectionList });
  });
  useEffect(() => {
    // The starting unit is chosen once and kept, so that edits never move the board elsewhere.
    if (scope && store.getSnapshot().view.selectedUnitId === null)
      store.updateView({ selectedUnitId: scope.selected });
  }, [scope, store]);

  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const moving = useMemo(() => new Set(active?.ids ?? []), [active]);
  const onScrolled = useCallback(
    (lane: LaneKey, offset: number) =>
      store.updateView({ laneScroll: { ...store.getSnapshot().view.laneScroll, [lane]: offset } }),
    [store],
  );
  const selectUnit = useCallback(
    (id: string) => {
      store.updateView({ selectedUnitId: id, selection: [], laneScroll: {}, detailGroupId: null });
      // In a narrow window the tree is a drawer over the lanes: out of the way once a unit is chosen.
      if (window.matchMedia(NARROW).matches) setTreeOpen(false);
    },
    [store],
  );
  const toggleTree = useCallback(() => setTreeOpen((o) => !o), []);
  const autoPlan = useCallback(() => ctl.openDialog({ kind: 'autoplan' }), [ctl]);
  if (!scope || !lanes) return null;
  const showUnit = scope.unitIds.length > 1;
  const scopeKey = `${scope.selected}\u0000${scope.showChildren}`;

  return (
    <section className={`board${active ? ' is-dragging' : ''}`}>
      <Toolbar
        data={data}
        scope={scope}
        metrics={metrics}
        treeOpen={treeOpen}
        onToggleTree={toggleTree}
        onAutoPlan={autoPlan}
      />
      <TotalsBar metrics={metrics} />
      <div className="board-body">
        {treeOpen && (
          <nav id="board-tree" className="board-tree" aria-label="单位列表">
            <UnitTree
              roster={data.roster}
              metrics={metrics}
              selected={scope.selected}
              onSelect={selectUnit}
            />
          </nav>
        )}
        <BoardDnd ctl={ctl} data={data} showUnit={showUnit} onActive={setActive}>
          <div className="lanes" role="region" aria-label="处置栏">
            {LANE_KEYS.map((k) => (
              <Lane
                key={`${scopeKey}:${k}`}
                ctl={ctl}
                data={data}
                lane={lanes[k]}
                showUnit={showUnit}
                selection={selection}
                expanded={expanded}
                moving={moving}
                initialScroll={laneScroll[k] ?? 0}
                onScrolled={onScrolled}
              />
            ))}
          </div>
        </BoardDnd>
        {detailId !== null && (
          <DetailPanel
            ctl={ctl}
            data={data}
            id={detailId}
            onClose={() => store.updateView({ detailGroupId: null })}
          />
        )}
        {selectionList.length > 1 && (
          <div className="selection-bar" role="region" aria-label="已选的群">
            <span>已选 {selectionList.length} 个群</span>
            <button
              type="button"
              className="btn btn-small btn-primary"
              aria-haspopup="menu"
              onClick={(e) => {
                const r = e.currentTarget.getBoundingClientRect();
                ctl.openMenu({
                  ids: ctl.moving(selectionList[0] ?? ''),
                  x: r.left,
                  y: r.top - 8,
                  returnFocus: e.currentTarget,
                });
              }}
            >
              移至…
            </button>
            <button type="button" className="btn btn-small" onClick={() => ctl.clearSelection()}>
              取消选择
            </button>
          </div>
        )}
      </div>
      <Overlays ctl={ctl} data={data} />
    </section>
  );
}
