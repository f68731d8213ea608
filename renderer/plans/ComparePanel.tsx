/**
 * 方案对比: pick plan A and plan B of the open roster; their totals side by side, then either the
 * per-unit table or the groups they treat differently.
 */
import { useId } from 'react';
import type { GroupDifference, GroupSortKey, SortDirection } from '../../core/compare/model';
import { CompareTotals } from './CompareTotals';
import { GroupDiffTable } from './GroupDiffTable';
import type { CompareList } from './memory';
import type { PlanRow } from './model';
import { panelId, Tabs } from './Tabs';
import { UnitDiffTable } from './UnitDiffTable';
import { useComparison } from './useComparison';

export interface ComparePanelProps {
  rows: readonly PlanRow[];
  pair: [string, string] | null;
  onPair: (pair: [string, string]) => void;
  list: CompareList;
  onList: (list: CompareList) => void;
  unitsDifferingOnly: boolean;
  onUnitsDifferingOnly: (on: boolean) => void;
  sort: { key: GroupSortKey; direction: SortDirection };
  onSort: (sort: { key: GroupSortKey; direction: SortDirection }) => void;
  /** Opens `group` on the board in the plan with this id. */
  onLocate: (planId: string, group: GroupDifference) => void;
}

function PlanSelect(props: {
  label: string;
  side: 'a' | 'b';
  rows: readonly PlanRow[];
  value: string;
  other: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <span className="cmp-pick">
      <label htmlFor={id}>
        <span className={`cmp-side cmp-side-${props.side}`}>{props.side.toUpperCase()}</span> {props.label}
      </label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.rows.map((r) => (
          <option key={r.id} value={r.id} disabled={r.id === props.other}>
            {r.name}
            {r.open ? '（当前）' : ''}
          </option>
        ))}
      </select>
    </span>
  );
}

export function ComparePanel(props: ComparePanelProps) {
  const { rows, pair, onPair } = props;
  const { state, stale } = useComparison(pair);
  if (!pair) {
    return (
      <div className="panel empty-state">
        <p>对比需要同一名单的两个方案。请先在“方案列表”中复制一个方案，在整理看板中修改后再来对比。</p>
      </div>
    );
  }
  const [a, b] = pair;
  const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? '';
  const comparison = state?.status === 'ready' ? state.comparison : null;
  // While the next pair is compared, the figures on screen are still the previous pair's: name those.
  const shown = state?.status === 'ready' ? state.pair : pair;
  const nameA = nameOf(shown[0]);
  const nameB = nameOf(shown[1]);
  const prefix = 'cmp-list';
  return (
    <div className="cmp">
      <div className="cmp-bar" role="group" aria-label="选择要对比的方案">
        <PlanSelect
          label="方案"
          side="a"
          rows={rows}
          value={a}
          other={b}
          onChange={(id) => onPair([id, b])}
        />
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onPair([b, a])}
          title="交换左右两个方案"
          aria-label="交换方案 A 与方案 B"
        >
          ⇄ 交换
        </button>
        <PlanSelect
          label="方案"
          side="b"
          rows={rows}
          value={b}
          other={a}
          onChange={(id) => onPair([a, id])}
        />
        <span className="cmp-status" role="status" aria-live="polite">
          {state?.status === 'failed'
            ? '无法读取方案，请重新选择。'
            : stale || !comparison
              ? '正在对比…'
              : `${comparison.groups.length} 个群的处置不同，${comparison.unitsDiffering} 个单位的结果不同`}
        </span>
      </div>
      {comparison && (
        <div className={stale ? 'cmp-body cmp-stale' : 'cmp-body'} aria-busy={stale}>
          <CompareTotals rows={comparison.totals} nameA={nameA} nameB={nameB} />
          <div className="cmp-list-head">
            <Tabs
              label="对比明细"
              idPrefix={prefix}
              value={props.list}
              onChange={props.onList}
              tabs={[
                { id: 'groups', label: `处置不同的群（${comparison.groups.length}）` },
                { id: 'units', label: `单位对照（${comparison.unitsDiffering} 个不同）` },
              ]}
            />
            {props.list === 'units' && (
              <label className="check cmp-only">
                <input
                  type="checkbox"
                  checked={props.unitsDifferingOnly}
                  onChange={(e) => props.onUnitsDifferingOnly(e.target.checked)}
                />
                只显示结果不同的单位
              </label>
            )}
          </div>
          <div
            className="cmp-list"
            role="tabpanel"
            id={panelId(prefix, props.list)}
            aria-labelledby={`${prefix}-tab-${props.list}`}
          >
            {props.list === 'groups' ? (
              <GroupDiffTable
                groups={comparison.groups}
                sort={props.sort}
                onSort={props.onSort}
                nameA={nameA}
                nameB={nameB}
                onLocate={(g, side) => props.onLocate(side === 'a' ? shown[0] : shown[1], g)}
              />
            ) : (
              <UnitDiffTable
                units={comparison.units}
                differingOnly={props.unitsDifferingOnly}
                nameA={nameA}
                nameB={nameB}
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
