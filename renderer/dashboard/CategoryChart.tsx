/** Work groups by business line (and by platform), before and after. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CategoryCount } from '../../core/metrics/model';
import { AXIS_TICK, CHART, LEGEND } from './theme';

const ROW_H = 30;

export function CategoryChart({ title, id, data }: { title: string; id: string; data: CategoryCount[] }) {
  return (
    <section className="panel dash-panel" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {data.length === 0 ? (
        <p className="muted">没有数据。</p>
      ) : (
        <BarChart
          layout="vertical"
          data={data}
          style={{ width: '100%', height: data.length * ROW_H + 56 }}
          responsive
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          barGap={1}
        >
          <CartesianGrid horizontal={false} stroke={CHART.grid} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={CHART.axis} />
          <YAxis
            type="category"
            dataKey="name"
            width={88}
            tick={AXIS_TICK}
            interval={0}
            stroke={CHART.axis}
          />
          <Tooltip isAnimationActive={false} cursor={{ fill: '#f0f0f0' }} />
          <Legend {...LEGEND} />
          <Bar dataKey="before" name="精简前" fill={CHART.before} isAnimationActive={false} />
          <Bar dataKey="after" name="精简后" fill={CHART.after} isAnimationActive={false} />
        </BarChart>
      )}
    </section>
  );
}
