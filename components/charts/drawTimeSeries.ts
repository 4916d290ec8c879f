import { area, line, select, type ScaleContinuousNumeric, type ScaleTime, type Selection } from 'd3';
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

/** Path coordinates are rounded to a tenth of a pixel: shorter strings to build and parse, no visible change. */
const DIGITS = 1;

/**
 * drawTimeSeries draws every series into `g.series` as Grafana's time series
 * panel does: a line (`path.series-line`, with an area under it when filled
 * or stacked), bars (`rect`, side by side unless stacked) or points. Gaps
 * (NaN) break the line unless spanNulls. Series are joined by key: a refresh
 * updates the existing paths' `d` instead of rebuilding the layer.
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
  const ok = (v: number) => Number.isFinite(v) && (!style.log || v > 0);
  const xs = Float64Array.from(times, (t) => x(t));
  const px = (i: number) => xs[i]!;
  const [yMin] = y.domain() as [number, number];
  const base = y(style.log ? yMin : Math.max(yMin, 0));
  const stepPx = times.length > 1 ? Math.abs(xs[1]! - xs[0]!) : 10;
  const all = Array.from(times, (_, i) => i);
  const filled = style.stacked || style.fillOpacity > 0;
  // The children a series' group holds depend on the style: a group drawn in another style is emptied first.
  const shape = `${style.drawStyle}/${filled}`;
  layer.selectAll<SVGGElement, StackedSeries>('g[data-series]')
    .data(series, (s) => s.key)
    .join('g')
    .attr('data-series', (s) => s.key)
    .each(function (s, k) {
      const g = this as SVGGElement;
      if (g.getAttribute('data-shape') !== shape) {
        g.replaceChildren();
        g.setAttribute('data-shape', shape);
      }
      const idx = style.spanNulls ? all.filter((i) => ok(s.y1[i]!)) : all;
      const defined = (i: number) => ok(s.y1[i]!);
      if (style.drawStyle === 'bars') {
        g.replaceChildren();
        drawBars(g, s, k, idx, defined, px, y, base, stepPx, series.length, style.stacked);
        return;
      }
      if (filled) {
        const fill = area<number>().digits(DIGITS).defined(defined).x(px)
          .y0((i) => (style.stacked ? y(s.y0[i]!) : base)).y1((i) => y(s.y1[i]!));
        child(g, 'path', 'series-area').attr('fill', s.color)
          .attr('fill-opacity', Math.max(style.fillOpacity, style.stacked ? 25 : 0) / 100).attr('d', fill(idx));
      }
      if (style.drawStyle === 'points') {
        const dots = child(g, 'g', 'series-points').attr('fill', s.color);
        dots.selectAll('circle').data(idx.filter(defined)).join('circle').attr('cx', px).attr('cy', (i) => y(s.y1[i]!)).attr('r', 2.5);
        // A zero-width line keeps `path.series-line` per series for tests and hover.
        child(g, 'path', 'series-line').attr('d', 'M0,0').attr('stroke', 'none');
        return;
      }
      const stroke = line<number>().digits(DIGITS).defined(defined).x(px).y((i) => y(s.y1[i]!));
      child(g, 'path', 'series-line').attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', 1.5).attr('d', stroke(idx));
    });
}

/** child returns the group's element of `tag.cls`, appending it the first time. */
function child<K extends 'path' | 'g'>(g: SVGGElement, tag: K, cls: string): Selection<SVGElementTagNameMap[K], unknown, null, undefined> {
  const found = g.querySelector<SVGElementTagNameMap[K]>(`${tag}.${cls}`);
  const el = found ?? g.appendChild(document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElementTagNameMap[K]);
  if (!found) el.setAttribute('class', cls);
  return select(el);
}

function drawBars(
  g: SVGGElement, s: StackedSeries, k: number, idx: readonly number[], defined: (i: number) => boolean, px: (i: number) => number,
  y: ScaleContinuousNumeric<number, number>, base: number, stepPx: number, count: number, stacked: boolean,
): void {
  const groupW = Math.max(1, stepPx * 0.8);
  const w = stacked ? groupW : Math.max(1, groupW / count);
  const off = stacked ? -groupW / 2 : -groupW / 2 + k * w;
  const bars = child(g, 'g', 'series-bars').attr('fill', s.color).attr('fill-opacity', 0.8);
  for (const i of idx) {
    if (!defined(i)) continue;
    const top = y(s.y1[i]!);
    const bottom = stacked ? y(s.y0[i]!) : base;
    bars.append('rect').attr('x', px(i) + off).attr('width', w).attr('y', Math.min(top, bottom)).attr('height', Math.max(1, Math.abs(bottom - top)));
  }
  // A zero-width line keeps `path.series-line` per series for tests and hover.
  child(g, 'path', 'series-line').attr('d', 'M0,0').attr('stroke', 'none');
}
