import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3';
import type { ChartOptions, ChartSize, StackedSeries } from './types';

export interface ChartScales {
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleLinear<number, number>;
}

/**
 * makeScales maps the time range onto the plot's width and the values (or
 * stacked piles) onto its height; finite values only. With yFromZero the
 * y domain always contains 0. A flat series gets a small band around it.
 */
export function makeScales(times: readonly number[], series: readonly StackedSeries[], size: ChartSize, opts: ChartOptions): ChartScales {
  const { width, height, margin } = size;
  const x = scaleUtc()
    .domain([times[0] ?? 0, times[times.length - 1] ?? 1])
    .range([margin.left, width - margin.right]);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.y1.length; i++) {
      const a = s.y1[i]!;
      if (!Number.isFinite(a)) continue;
      const b = opts.stacked ? s.y0[i]! : a;
      lo = Math.min(lo, a, b);
      hi = Math.max(hi, a, b);
    }
  }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  if (opts.yFromZero) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  const y = scaleLinear().domain([lo, hi]).nice().range([height - margin.bottom, margin.top]);
  return { x, y };
}
