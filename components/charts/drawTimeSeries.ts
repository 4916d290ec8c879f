import { area, line, type ScaleContinuousNumeric, type ScaleTime, type Selection } from 'd3';
import type { StackedSeries } from './types';

export interface TimeSeriesStyle {
  readonly drawStyle: 'line' | 'bars' | 'points';
  /** 0–100, Grafana's fill opacity under lines (stacked bands always get some). */
  readonly fillOpacity: number;
  readonly stacked: boolean;
  /** Join the line across missing steps instead of leaving a gap. */
  readonly spanNulls: boolean;
  /** A log axis cannot show values ≤ 0: they become gaps. */
  readonly log: boolean;
}

/**
 * drawTimeSeries draws every series into `g.series` as Grafana's time series
 * panel does: a line (`path.series-line`, with an area under it when filled
 * or stacked), bars (`rect`, side by side unless stacked) or points. Gaps
 * (NaN) break the line unless spanNulls.
 */
export function drawTimeSeries(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  times: readonly number[],
  series: readonly StackedSeries[],
  x: ScaleTime<number, number>,
  y: ScaleContinuousNumeric<number, number>,
  style: TimeSeriesStyle,
): void {
  let layer = svg.select<SVGGElement>('g.series');
  if (layer.empty()) layer = svg.append('g').attr('class', 'series');
  layer.selectAll('*').remove();
  const ok = (v: number) => Number.isFinite(v) && (!style.log || v > 0);
  const px = (i: number) => x(times[i]!);
  const [yMin] = y.domain() as [number, number];
  const base = y(style.log ? yMin : Math.max(yMin, 0));
  const stepPx = times.length > 1 ? Math.abs(x(times[1]!) - x(times[0]!)) : 10;
  series.forEach((s, k) => {
    const g = layer.append('g').attr('data-series', s.key);
    const all = times.map((_, i) => i);
    const idx = style.spanNulls ? all.filter((i) => ok(s.y1[i]!)) : all;
    const defined = (i: number) => ok(s.y1[i]!);
    if (style.drawStyle === 'bars') {
      const groupW = Math.max(1, stepPx * 0.8);
      const w = style.stacked ? groupW : Math.max(1, groupW / series.length);
      const off = style.stacked ? -groupW / 2 : -groupW / 2 + k * w;
      const bars = g.append('g').attr('class', 'series-bars').attr('fill', s.color).attr('fill-opacity', 0.8);
      for (const i of idx) {
        if (!defined(i)) continue;
        const top = y(s.y1[i]!);
        const bottom = style.stacked ? y(s.y0[i]!) : base;
        bars.append('rect').attr('x', px(i) + off).attr('width', w).attr('y', Math.min(top, bottom)).attr('height', Math.max(1, Math.abs(bottom - top)));
      }
      // A zero-width line keeps `path.series-line` per series for tests and hover.
      g.append('path').attr('class', 'series-line').attr('d', 'M0,0').attr('stroke', 'none');
      return;
    }
    if (style.stacked || style.fillOpacity > 0) {
      const fill = area<number>().defined(defined).x(px)
        .y0((i) => (style.stacked ? y(s.y0[i]!) : base)).y1((i) => y(s.y1[i]!));
      g.append('path').attr('class', 'series-area').attr('fill', s.color)
        .attr('fill-opacity', Math.max(style.fillOpacity, style.stacked ? 25 : 0) / 100).attr('d', fill(idx));
    }
    if (style.drawStyle === 'points') {
      const dots = g.append('g').attr('class', 'series-points').attr('fill', s.color);
      for (const i of idx) if (defined(i)) dots.append('circle').attr('cx', px(i)).attr('cy', y(s.y1[i]!)).attr('r', 2.5);
      g.append('path').attr('class', 'series-line').attr('d', 'M0,0').attr('stroke', 'none');
      return;
    }
    const stroke = line<number>().defined(defined).x(px).y((i) => y(s.y1[i]!));
    g.append('path').attr('class', 'series-line').attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', 1.5).attr('d', stroke(idx));
  });
}
