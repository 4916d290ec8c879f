import { bisectCenter } from 'd3';
import type { ChartScales } from './scales';
import type { StackedSeries } from './types';

export interface HoverPoint {
  readonly series: StackedSeries;
  /** Index into the time grid. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

/**
 * nearestPoint finds the step closest to the pointer's x and, at that step,
 * the series whose drawn point is closest to the pointer's y.
 */
export function nearestPoint(px: number, py: number, times: readonly number[], series: readonly StackedSeries[], scales: ChartScales): HoverPoint | null {
  if (times.length === 0) return null;
  const index = bisectCenter(times as number[], scales.x.invert(px).getTime());
  let best: HoverPoint | null = null;
  for (const s of series) {
    const v = s.y1[index]!;
    if (!Number.isFinite(v)) continue;
    const y = scales.y(v);
    if (!best || Math.abs(y - py) < Math.abs(best.y - py)) best = { series: s, index, x: scales.x(times[index]!), y };
  }
  return best;
}
