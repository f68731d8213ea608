/**
 * Per unit: its own work groups before and after, against its quota (a dark tick). Over-quota
 * units come first (core's order); by default the over-quota units are shown (12 to 40 rows),
 * and 显示全部单位 shows every unit. A click on a row (bar or name) opens that unit
 * on the board; the names are focusable and open it with Enter.
 */
import { useMemo, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { UnitBar, UnitSeries } from '../../core/dashboard';
import { AXIS_TICK, CHART, LEGEND, fmt } from './theme';

/** Rows shown before 显示全部单位: the over-quota units, at least MIN_ROWS, at most MAX_ROWS (a district has hundreds). */
export const MIN_ROWS = 12;
export const MAX_ROWS = 40;
const ROW_H = 28;
const NAME_CHARS = 9;

interface Row {
  id: string;
  name: string;
  before: number;
  after: number;
  quota: number | null;
  over: boolean;
  unit: UnitBar;
}

const short = (name: string): string =>
  name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name;

function QuotaTick(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (typeof cx !== 'number' || typeof cy !== 'number' || !Number.isFinite(cx)) return <g />;
  return <line x1={cx} x2={cx} y1={cy - 11} y2={cy + 11} stroke={CHART.quota} strokeWidth={2} />;
}

function UnitTip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }> }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const u = row.unit;
  return (
    <div className="dash-tip">
      <strong>{u.name}</strong>
      {u.parent ? <span className="muted">（{u.parent}）</span> : null}
      <div>
        精简前 {fmt(u.before)} 个 → 精简后 {fmt(u.after)} 个
      </div>
      <div>
        {u.quota === null ? '无限额规定' : `限额 ${u.quota} 个${u.quotaAssumed ? '（按默认档位）' : ''}`}
      </div>
      {u.excess > 0 ? <div className="dash-bad">超出 {u.excess} 个</div> : null}
      <div className="muted">点击在整理看板中打开</div>
    </div>
  );
}

function nameTick(props: YAxisTickContentProps, rows: readonly Row[], onOpen: (unitId: string) => void) {
  const row = rows[props.payload.index];
  if (!row) return <g />;
  return (
    <text
      x={props.x}
      y={props.y}
      dy={4}
      textAnchor="end"
      className="dash-unit-name"
      fill={row.over ? CHART.over : CHART.text}
      fontSize={CHART.fontSize}
      tabIndex={0}
      role="button"
      aria-label={`在整理看板中打开 ${row.name}`}
      data-unit-id={row.id}
      onClick={(e) => {
        // The chart's own click (the row) would open the same unit again.
        e.stopPropagation();
        onOpen(row.id);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(row.id);
        }
      }}
    >
      <title>{row.name}</title>
      {short(row.name)}
    </text>
  );
}

export function UnitChart({ series, onOpen }: { series: UnitSeries; onOpen: (unitId: string) => void }) {
  const [all, setAll] = useState(false);
  const total = series.units.length;
  const firstCount = Math.min(total, Math.min(MAX_ROWS, Math.max(series.overQuota, MIN_ROWS)));
  const shownCount = all ? total : firstCount;
  const rows = useMemo<Row[]>(
    () =>
      series.units.slice(0, shownCount).map((u) => ({
        id: u.id,
        name: u.name,
        before: u.before,
        after: u.after,
        quota: u.quota,
        over: u.excess > 0,
        unit: u,
      })),
    [series, shownCount],
  );
  const height = rows.length * ROW_H + 56;
  // A bar's payload is its row (the chart's data item).
  const onBar = (item: { payload?: unknown }) => {
    const row = item.payload as Row | undefined;
    if (row) onOpen(row.id);
  };
  return (
    <section className="panel dash-panel dash-units" aria-labelledby="dash-units-title">
      <div className="dash-panel-head">
        <h2 id="dash-units-title" className="panel-title">
          各单位工作群数与限额
        </h2>
        <span className="dash-panel-note">
          {series.overQuota > 0 ? `超出限额的 ${series.overQuota} 个单位排在前面` : '各单位均在限额以内'}
          ；显示 {rows.length} / {total} 个单位
        </span>
        {total > firstCount ? (
          <label className="check dash-toggle">
            <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
            显示全部单位
          </label>
        ) : null}
      </div>
      {total === 0 ? (
        <p className="muted">名单中没有工作群。</p>
      ) : (
        <div className="dash-units-scroll">
          <ComposedChart
            layout="vertical"
            data={rows}
            style={{ width: '100%', height }}
            responsive
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
            barCategoryGap={6}
            barGap={1}
          >
            <CartesianGrid horizontal={false} stroke={CHART.grid} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={CHART.axis} />
            <YAxis
              type="category"
              dataKey="name"
              width={132}
              tick={(props: YAxisTickContentProps) => nameTick(props, rows, onOpen)}
              interval={0}
              stroke={CHART.axis}
            />
            <Tooltip content={UnitTip} cursor={{ fill: '#f0f0f0' }} isAnimationActive={false} />
            <Legend {...LEGEND} />
            <Bar
              dataKey="before"
              name="精简前"
              fill={CHART.before}
              isAnimationActive={false}
              onClick={onBar}
              className="dash-clickable"
            />
            <Bar
              dataKey="after"
              name="精简后"
              fill={CHART.after}
              isAnimationActive={false}
              onClick={onBar}
              className="dash-clickable"
            >
              {rows.map((r) => (
                <Cell key={r.id} fill={r.over ? CHART.over : CHART.after} />
              ))}
            </Bar>
            <Scatter
              dataKey="quota"
              name="限额"
              fill={CHART.quota}
              shape={QuotaTick}
              legendType="plainline"
              isAnimationActive={false}
            />
          </ComposedChart>
        </div>
      )}
    </section>
  );
}
