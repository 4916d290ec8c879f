import { axisBottom, axisLeft, format, utcDay, utcFormat, type Selection } from 'd3';
import type { ChartScales } from './scales';
import type { ChartSize } from './types';

const si = format('~s');
const hourMinute = utcFormat('%H:%M');
const monthDay = utcFormat('%b %d');
const withSeconds = utcFormat('%H:%M:%S');

/** formatTimeTick prints UTC times on a 24-hour clock, the date at midnight, seconds only when needed. */
export function formatTimeTick(d: Date): string {
  if (utcDay.floor(d).getTime() === d.getTime()) return monthDay(d);
  return d.getUTCSeconds() === 0 ? hourMinute(d) : withSeconds(d);
}

/** formatValueTick prints axis values compactly: 1.5k, 20m, 0.25. */
function formatValueTick(v: number): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  return abs >= 0.01 && abs < 1000 ? format('~r')(Number(v.toPrecision(6))) : si(v);
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
    .call(axisLeft(scales.y).ticks(6).tickFormat((d) => formatValueTick(Number(d))).tickSize(-plotWidth))
    .call((g) => g.select('.domain').remove());
}
