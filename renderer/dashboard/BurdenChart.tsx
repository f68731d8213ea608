/** How many people are in how many work groups, before and after (only with member lists). */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { BurdenSeries } from '../../core/dashboard';
import { AXIS_TICK, CHART, LEGEND, fmt } from './theme';

export function BurdenChart({ burden }: { burden: BurdenSeries | null }) {
  return (
    <section className="panel dash-panel" aria-labelledby="dash-burden-title">
      <h2 id="dash-burden-title" className="panel-title">
        人员负担：每人所在工作群数
      </h2>
      {burden === null ? (
        <p className="muted">名单未附群成员，无法统计人员负担。</p>
      ) : (
        <>
          <p className="dash-panel-note">
            {fmt(burden.people)} 人；人均 {burden.meanBefore.toFixed(1)} 个 → {burden.meanAfter.toFixed(1)} 个
          </p>
          <BarChart
            data={burden.buckets}
            style={{ width: '100%', height: 240 }}
            responsive
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
            barGap={1}
          >
            <CartesianGrid vertical={false} stroke={CHART.grid} />
            <XAxis dataKey="label" tick={AXIS_TICK} interval={0} stroke={CHART.axis} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} stroke={CHART.axis} width={48} />
            <Tooltip
              isAnimationActive={false}
              cursor={{ fill: '#f0f0f0' }}
              formatter={(v) => `${String(v)} 人`}
            />
            <Legend {...LEGEND} />
            <Bar dataKey="before" name="精简前" fill={CHART.before} isAnimationActive={false} />
            <Bar dataKey="after" name="精简后" fill={CHART.after} isAnimationActive={false} />
          </BarChart>
        </>
      )}
    </section>
  );
}
