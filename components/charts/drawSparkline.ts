import { area, line, scaleLinear, type Selection } from 'd3';

/**
 * drawSparkline draws a small filled line of `values` (one per step, NaN for
 * gaps) across the whole SVG: no axes, the shape of the trend only.
 */
export function drawSparkline(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  values: Float64Array,
  width: number,
  height: number,
  color: string,
): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  if (!Number.isFinite(lo)) {
    svg.selectAll('*').remove();
    return;
  }
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([0, width]);
  const y = scaleLinear().domain([lo, hi]).range([height - 1, height * 0.1]);
  const idx = Array.from(values, (_, i) => i);
  const defined = (i: number) => Number.isFinite(values[i]!);
  // The two paths are kept across refreshes; only their shape and colour change.
  path(svg, 'sparkline-area').attr('fill', color).attr('fill-opacity', 0.18)
    .attr('d', area<number>().digits(1).defined(defined).x(x).y0(height).y1((i) => y(values[i]!))(idx));
  path(svg, 'sparkline').attr('fill', 'none').attr('stroke', color).attr('stroke-width', 1.5)
    .attr('d', line<number>().digits(1).defined(defined).x(x).y((i) => y(values[i]!))(idx));
}

function path(svg: Selection<SVGSVGElement, unknown, null, undefined>, cls: string): Selection<SVGPathElement, unknown, null, undefined> {
  const p = svg.select<SVGPathElement>(`path.${cls}`);
  return p.empty() ? svg.append('path').attr('class', cls) : p;
}
