import type { HoverPoint } from '../charts/nearestPoint';
import { formatSampleValue } from './formatValue';

/** ChartTooltip shows the hovered series' time, value and labels beside the pointer. */
export function ChartTooltip({ point, time, chartWidth }: { point: HoverPoint; time: number; chartWidth: number }) {
  const { __name__: name, ...labels } = point.series.labels;
  const flip = point.x > chartWidth / 2;
  return (
    <div
      className="chart-tooltip"
      role="tooltip"
      style={{ top: Math.max(0, point.y - 20), ...(flip ? { right: chartWidth - point.x + 12 } : { left: point.x + 12 }) }}
    >
      <div className="muted">{new Date(time).toISOString().replace('T', ' ').replace('.000Z', ' UTC')}</div>
      <div>
        <span className="swatch" style={{ background: point.series.color }} />
        <strong>{name ?? 'value'}</strong>: <span className="mono">{formatSampleValue(point.series.values[point.index]!)}</span>
      </div>
      {Object.entries(labels).map(([k, v]) => (
        <div key={k} className="mono tooltip-label"><strong>{k}</strong>: {v}</div>
      ))}
    </div>
  );
}
