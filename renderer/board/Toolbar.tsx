/**
 * The board's tool bar: the tree toggle, the selected unit with its quota, 含下属社区 for a
 * street, search and filters (platform, category, business line, flagged), 自动规划.
 */
import { memo } from 'react';
import type { ComputedPlanMetrics } from '../../core/metrics/model';
import { UNIT_TYPE_LABELS } from '../../core/roster/model';
import { useStore, useWorkspaceSelector } from '../store/context';
import { DEFAULT_FILTERS, type LaneFilters } from '../store/view';
import type { BoardData } from './model/board-data';
import { filterOptions, isFiltering } from './model/filters';
import { ALL_UNITS } from './model/lanes';
import { badgeOf, badgeText } from './model/tree';
import type { Scope } from './useBoardModel';

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | null;
  options: readonly string[];
  onChange(v: string | null): void;
}) {
  return (
    <select
      aria-label={label}
      className={value === null ? 'filter' : 'filter is-active'}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    >
      <option value="">{`${label}：全部`}</option>
      {options.map((o) => (
        // The chosen option is all the closed box shows: keep the filter's name in it.
        <option key={o} value={o}>{`${label}：${o}`}</option>
      ))}
    </select>
  );
}

function ToolbarView({
  data,
  scope,
  metrics,
  treeOpen,
  onToggleTree,
  onAutoPlan,
}: {
  data: BoardData;
  scope: Scope;
  metrics: ComputedPlanMetrics;
  treeOpen: boolean;
  onToggleTree(): void;
  onAutoPlan(): void;
}) {
  const store = useStore();
  const filters = useWorkspaceSelector((s) => s.view.filters);
  const options = filterOptions(data.shape, data.policy);
  const set = (f: Partial<LaneFilters>) => store.updateView({ filters: { ...filters, ...f }, selection: [] });
  const all = scope.selected === ALL_UNITS;
  const unit = all ? null : data.index.unitById.get(scope.selected);
  const m = all ? undefined : metrics.units.find((u) => u.id === scope.selected);
  const badge = m ? badgeOf(m) : null;
  return (
    <div className="board-toolbar">
      <button
        type="button"
        className="btn btn-quiet tree-toggle"
        aria-expanded={treeOpen}
        aria-controls="board-tree"
        title={treeOpen ? '收起单位列表' : '展开单位列表'}
        onClick={onToggleTree}
      >
        <span aria-hidden="true">☰</span> 单位
      </button>
      <h1 className="sr-only">整理看板</h1>
      <h2 className="board-unit" title={unit?.name ?? '全区'}>
        {unit?.name ?? '全区（全部单位）'}
      </h2>
      {unit && <span className="muted board-unit-type">{UNIT_TYPE_LABELS[unit.type]}</span>}
      {badge && badge.quota !== null && (
        <span className={`quota ${badge.over > 0 ? 'quota-over' : 'quota-ok'}`}>
          {badgeText(badge)} {badge.over > 0 ? `超出 ${badge.over}` : '✓'}
        </span>
      )}
      {scope.childrenPossible && (
        <label className="check board-children">
          <input
            type="checkbox"
            checked={scope.showChildren}
            onChange={(e) =>
              store.updateView({ showChildren: e.target.checked, selection: [], laneScroll: {} })
            }
          />
          含下属社区
        </label>
      )}
      <span className="board-filters" role="search" aria-label="查找和筛选">
        <input
          type="search"
          className="board-search"
          aria-label="查找群（名称、群编号、负责人、单位）"
          placeholder="查找群名、编号、负责人"
          value={filters.search}
          onChange={(e) => set({ search: e.target.value })}
        />
        <Choice
          label="平台"
          value={filters.platform}
          options={options.platforms}
          onChange={(platform) => set({ platform })}
        />
        <Choice
          label="类别"
          value={filters.category}
          options={options.categories}
          onChange={(category) => set({ category })}
        />
        <Choice
          label="业务"
          value={filters.businessLine}
          options={options.businessLines}
          onChange={(businessLine) => set({ businessLine })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={filters.flagged}
            onChange={(e) => set({ flagged: e.target.checked })}
          />
          有标记
        </label>
        {isFiltering(filters) && (
          <button type="button" className="btn btn-small" onClick={() => set(DEFAULT_FILTERS)}>
            清除筛选
          </button>
        )}
      </span>
      <button type="button" className="btn board-autoplan" onClick={onAutoPlan}>
        自动规划
      </button>
    </div>
  );
}

export const Toolbar = memo(ToolbarView);
