import { axisBottom, axisLeft, utcDay, utcFormat, type NumberValue, type Selection } from 'd3';
import type { ChartScales } from './scales';
import type { ChartSize } from './types';

const hourMinute = utcFormat('%H:%M');
const monthDay = utcFormat('%b %d');
const withSeconds = utcFormat('%H:%M:%S');

/** formatTimeTick prints UTC times on a 24-hour clock, the date at midnight, seconds only when needed. */
export function formatTimeTick(d: Date): string {
  if (utcDay.floor(d).getTime() === d.getTime()) return monthDay(d);
  return d.getUTCSeconds() === 0 ? hourMinute(d) : withSeconds(d);
}

const Y_TICKS = 6;

/**
 * valueTickFormat gives all value ticks one style, with the precision their
 * spacing needs: SI prefixes for large numbers (1.5M), plain decimals below.
 */
function valueTickFormat(scales: ChartScales): (d: NumberValue) => string {
  const [lo, hi] = scales.y.domain() as [number, number];
  return scales.y.tickFormat(Y_TICKS, Math.max(Math.abs(lo), Math.abs(hi)) >= 1e4 ? '~s' : undefined);
}

/**
 * drawAxes draws the UTC time axis at the bottom and the value axis on the
 * left, with horizontal grid lines across the plot.
 */
export function drawAxes(svg: Selection<SVGSVGElement, unknown, null, undefined>, scales: ChartScales, size: ChartSize): void {
  const { width, height, margin } = size;
  const plotWidth = width - margin.left - margin.right;
  svg.selectAll('g.axis').remove();
  svg.append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(scales.x).ticks(Math.max(2, Math.floor(plotWidth / 90))).tickFormat((d) => formatTimeTick(d as Date)).tickSizeOuter(0));
  svg.append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(scales.y).ticks(Y_TICKS).tickFormat(valueTickFormat(scales)).tickSize(-plotWidth))
    .call((g) => g.select('.domain').remove());
}
