import { axisBottom, axisLeft, type ScaleContinuousNumeric, type ScaleTime, type Selection } from 'd3';
import { formatTimeTick } from './drawAxes';
import type { ChartSize } from './types';

/**
 * drawValueAxes draws the UTC time axis and a value axis whose labels come
 * from `format` (a unit, e.g. `250 ms`), with grid lines across the plot.
 * Log axes get only the ticks that fit.
 */
export function drawValueAxes(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  x: ScaleTime<number, number>,
  y: ScaleContinuousNumeric<number, number>,
  size: ChartSize,
  format: (v: number) => string,
): void {
  const { width, height, margin } = size;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  // The axes update in place (d3's axis joins its ticks), so a refresh does not rebuild them.
  axisGroup(svg, 'axis-x').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(plotW / 90))).tickFormat((d) => formatTimeTick(d as Date)).tickSizeOuter(0));
  const count = Math.max(2, Math.min(6, Math.floor(plotH / 28)));
  let ticks = y.ticks(count);
  if (ticks.length > count + 1) ticks = ticks.filter((_, i) => i % Math.ceil(ticks.length / count) === 0);
  axisGroup(svg, 'axis-y').attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).tickValues(ticks).tickFormat((d) => format(Number(d))).tickSize(-plotW))
    .call((g) => g.select('.domain').remove());
}

/** axisGroup returns the SVG's `g.axis.<cls>`, appending it (first, under the series) when missing. */
function axisGroup(svg: Selection<SVGSVGElement, unknown, null, undefined>, cls: string): Selection<SVGGElement, unknown, null, undefined> {
  const g = svg.select<SVGGElement>(`g.axis.${cls}`);
  return g.empty() ? svg.insert<SVGGElement>('g', ':first-child').attr('class', `axis ${cls}`) : g;
}
