import { area, line, type Selection } from 'd3';
import type { ChartScales } from './scales';
import type { StackedSeries } from './types';

/**
 * drawSeries draws one path per series (`path.series-line`, keyed by series),
 * broken wherever a step has no value (`line.defined`). Stacked series also
 * get a translucent area between their lower and upper bound.
 */
export function drawSeries(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  times: readonly number[],
  series: readonly StackedSeries[],
  scales: ChartScales,
  stacked: boolean,
): void {
  const idx = times.map((_, i) => i);
  const defined = (s: StackedSeries) => (i: number) => Number.isFinite(s.y1[i]!);
  const x = (i: number) => scales.x(times[i]!);
  let layer = svg.select<SVGGElement>('g.series');
  if (layer.empty()) layer = svg.append('g').attr('class', 'series');
  layer.selectAll('*').remove();
  for (const s of series) {
    const g = layer.append('g').attr('data-series', s.key);
    if (stacked) {
      const fill = area<number>().defined(defined(s)).x(x).y0((i) => scales.y(s.y0[i]!)).y1((i) => scales.y(s.y1[i]!));
      g.append('path').attr('class', 'series-area').attr('fill', s.color).attr('fill-opacity', 0.25).attr('d', fill(idx));
    }
    const stroke = line<number>().defined(defined(s)).x(x).y((i) => scales.y(s.y1[i]!));
    g.append('path').attr('class', 'series-line').attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', 1.5).attr('d', stroke(idx));
  }
}
