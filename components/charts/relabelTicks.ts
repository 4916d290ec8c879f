import type { Selection } from 'd3';

/**
 * relabelTicks rewrites the value axis' tick labels drawn by `drawAxes` with
 * `format` (a unit such as `250 ms` or `1.5 GiB`), keeping their positions.
 * On a short chart it hides every second (third, …) label and grid line so
 * labels stay at least `minGapPx` apart.
 */
export function relabelTicks(svg: Selection<SVGSVGElement, unknown, null, undefined>, format: (v: number) => string, plotHeight: number, minGapPx = 16): void {
  const ticks = svg.selectAll<SVGGElement, number>('g.axis-y .tick');
  ticks.select('text').text((d) => format(d));
  const n = ticks.size();
  if (n < 2) return;
  const every = Math.ceil(minGapPx / (plotHeight / (n - 1)));
  if (every > 1) ticks.filter((_, i) => i % every !== 0).remove();
}
