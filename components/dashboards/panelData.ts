import type { Value, Vector } from '@/engine/index';
import { colorFor } from '../charts/colors';
import { matrixToChart } from '../charts/seriesData';
import type { ChartData, ChartSeries } from '../charts/types';
import type { PanelQuery } from './model';
import { legendText } from './variables';

/** TimeRange is the dashboard's window on the world, in ms; it ends at the world's now. */
export interface TimeRange {
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
}

/** stepFor picks a step giving at most ~240 points, a multiple of 15 s (the scrape interval). */
export function stepFor(rangeMs: number): number {
  return Math.max(15_000, Math.ceil(rangeMs / 240 / 15_000) * 15_000);
}

/** rangeEndingAt builds the window [nowMs - rangeMs, nowMs], its start aligned to the step grid. */
export function rangeEndingAt(nowMs: number, rangeMs: number): TimeRange {
  const stepMs = stepFor(rangeMs);
  return { startMs: nowMs - Math.floor(rangeMs / stepMs) * stepMs, endMs: nowMs, stepMs };
}

/**
 * rangeValuesToChart joins the matrices of a panel's queries on one step
 * grid; each series is named by its query's legend template when it has one.
 */
export function rangeValuesToChart(values: readonly Value[], queries: readonly PanelQuery[], range: TimeRange): ChartData {
  const series: ChartSeries[] = [];
  let times: readonly number[] = [];
  values.forEach((value, q) => {
    if (value.type !== 'matrix') return;
    const data = matrixToChart(value.series, range.startMs, range.endMs, range.stepMs);
    times = data.times;
    for (const s of data.series) {
      const key = legendText(queries[q]?.legend, s.labels) ?? s.key;
      series.push({ ...s, key, color: colorFor(series.length) });
    }
  });
  return { times, series };
}

/** lastValue is Grafana's "last (not null)" reduction: the newest finite value, NaN if none. */
export function lastValue(values: Float64Array): number {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i]!)) return values[i]!;
  return NaN;
}

/** instantVector returns an instant query's samples; a scalar becomes one sample without labels. */
export function instantVector(value: Value): Vector {
  if (value.type === 'vector') return value.samples;
  if (value.type === 'scalar') return [{ labels: [], t: value.t, v: value.v }];
  return [];
}
