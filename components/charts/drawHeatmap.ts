import { axisBottom, axisLeft, interpolateInferno, scaleBand, scaleSequentialSqrt, scaleUtc, type Selection } from 'd3';
import { formatTimeTick } from './drawAxes';
import type { HeatmapData } from './heatmapData';
import type { ChartSize } from './types';

/**
 * drawHeatmap draws the (step, bucket) cells: time on x, the buckets as
 * evenly spaced rows on y (labelled by their upper bound), colour by value
 * in 64 steps of a square-root inferno scale so sparse buckets stay visible.
 * Neighbouring cells of one colour share a rect. Empty and missing cells
 * are not drawn.
 */
/** Colours on the ramp, as Grafana's heatmap steps its scheme (square-root spaced, so sparse buckets stay visible). */
const COLOR_STEPS = 64;

interface Cell {
  readonly x: number;
  readonly y: number;
  /** Width in px of the run of steps the rect covers. */
  readonly w: number;
  readonly color: string;
}

export function drawHeatmap(svg: Selection<SVGSVGElement, unknown, null, undefined>, data: HeatmapData, size: ChartSize): void {
  const { width, height, margin } = size;
  const n = data.times.length;
  if (n === 0 || data.buckets.length === 0) {
    svg.selectAll('*').remove();
    return;
  }
  const stepMs = n > 1 ? data.times[1]! - data.times[0]! : 1;
  const x = scaleUtc().domain([data.times[0]! - stepMs / 2, data.times[n - 1]! + stepMs / 2]).range([margin.left, width - margin.right]);
  const y = scaleBand<string>().domain(data.buckets).range([height - margin.bottom, margin.top]).paddingInner(0.05);
  const scale = scaleSequentialSqrt(interpolateInferno).domain([0, data.max || 1]);
  const palette = Array.from({ length: COLOR_STEPS }, (_, k) => scale(((k + 0.5) / COLOR_STEPS) ** 2 * (data.max || 1)));
  const level = (v: number) => Math.min(COLOR_STEPS - 1, Math.floor(Math.sqrt(v / (data.max || 1)) * COLOR_STEPS));
  const cellW = x(data.times[0]! + stepMs) - x(data.times[0]!);
  const cells: Cell[] = [];
  data.counts.forEach((row, b) => {
    const yb = y(data.buckets[b]!)!;
    // Neighbouring steps of one colour make one rect: a bucket's row is a few rects, not one per step.
    for (let i = 0; i < n; ) {
      if (!(row[i]! > 0)) {
        i++;
        continue;
      }
      const c = level(row[i]!);
      let j = i + 1;
      while (j < n && row[j]! > 0 && level(row[j]!) === c) j++;
      cells.push({ x: x(data.times[i]! - stepMs / 2), y: yb, w: (j - i) * cellW, color: palette[c]! });
      i = j;
    }
  });
  // The cells join by position: a refresh updates the rects in place instead of rebuilding them.
  group(svg, 'heatmap-cells').attr('shape-rendering', 'crispEdges')
    .selectAll('rect').data(cells).join('rect')
    .attr('x', (c) => c.x).attr('y', (c) => c.y).attr('width', (c) => Math.max(1, Math.ceil(c.w) + 1)).attr('height', y.bandwidth()).attr('fill', (c) => c.color);
  group(svg, 'axis axis-x').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 90))).tickFormat((d) => formatTimeTick(d as Date)).tickSizeOuter(0));
  group(svg, 'axis axis-y').attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).tickSize(0).tickPadding(4))
    .call((g) => g.select('.domain').remove());
}

/** group returns the SVG's group of class `cls`, appending it the first time. */
function group(svg: Selection<SVGSVGElement, unknown, null, undefined>, cls: string): Selection<SVGGElement, unknown, null, undefined> {
  const g = svg.select<SVGGElement>(`g.${cls.split(' ').join('.')}`);
  return g.empty() ? svg.append('g').attr('class', cls) : g;
}
