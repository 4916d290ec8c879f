import { axisBottom, axisLeft, interpolateInferno, scaleBand, scaleSequentialSqrt, scaleUtc, type Selection } from 'd3';
import { formatTimeTick } from './drawAxes';
import type { HeatmapData } from './heatmapData';
import type { ChartSize } from './types';

/**
 * drawHeatmap draws one rect per (step, bucket) cell: time on x, the buckets
 * as evenly spaced rows on y (labelled by their upper bound), colour by value
 * on a square-root inferno scale so sparse buckets stay visible. Empty and
 * missing cells are not drawn.
 */
export function drawHeatmap(svg: Selection<SVGSVGElement, unknown, null, undefined>, data: HeatmapData, size: ChartSize): void {
  const { width, height, margin } = size;
  svg.selectAll('*').remove();
  const n = data.times.length;
  if (n === 0 || data.buckets.length === 0) return;
  const stepMs = n > 1 ? data.times[1]! - data.times[0]! : 1;
  const x = scaleUtc().domain([data.times[0]! - stepMs / 2, data.times[n - 1]! + stepMs / 2]).range([margin.left, width - margin.right]);
  const y = scaleBand<string>().domain(data.buckets).range([height - margin.bottom, margin.top]).paddingInner(0.05);
  const color = scaleSequentialSqrt(interpolateInferno).domain([0, data.max || 1]);
  const cellW = Math.max(1, Math.ceil(x(data.times[0]! + stepMs) - x(data.times[0]!)) + 1);
  const cells = svg.append('g').attr('class', 'heatmap-cells').attr('shape-rendering', 'crispEdges');
  data.counts.forEach((row, b) => {
    const yb = y(data.buckets[b]!)!;
    for (let i = 0; i < n; i++) {
      const v = row[i]!;
      if (!(v > 0)) continue;
      cells.append('rect').attr('x', x(data.times[i]! - stepMs / 2)).attr('y', yb).attr('width', cellW).attr('height', y.bandwidth())
        .attr('fill', color(v));
    }
  });
  svg.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 90))).tickFormat((d) => formatTimeTick(d as Date)).tickSizeOuter(0));
  svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).tickSize(0).tickPadding(4))
    .call((g) => g.select('.domain').remove());
}
