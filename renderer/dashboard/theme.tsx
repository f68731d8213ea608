/**
 * The charts' colours and text sizes, in one place: calm, distinguishable in greyscale print
 * (light grey before, the app's blue after, dark red only for an over-quota bar), and the same
 * blue as --c-accent in tokens.css (SVG attributes cannot read CSS variables).
 */
export const CHART = {
  before: '#b8c0c9',
  after: '#0f6cbd',
  over: '#c42b1c',
  quota: '#1f1f1f',
  grid: '#e6e6e6',
  axis: '#616161',
  text: '#1f1f1f',
  fontSize: 12,
} as const;

/** Legend entries in the text colour (recharts colours them like their series, too faint for the grey). */
export const LEGEND = {
  verticalAlign: 'top',
  height: 24,
  wrapperStyle: { fontSize: CHART.fontSize },
  formatter: (value: unknown) => <span style={{ color: CHART.text }}>{String(value)}</span>,
} as const;

export const AXIS_TICK = { fill: CHART.axis, fontSize: CHART.fontSize } as const;

/** 1,784 — thousands grouped as the clerk reads numbers. */
export const fmt = (n: number): string => n.toLocaleString('zh-CN');
