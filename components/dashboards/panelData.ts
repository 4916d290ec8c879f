import type { Value, Vector } from '@/engine/index';
import { colorFor } from '../charts/colors';
import { seriesKey } from '../charts/seriesData';
import type { ChartData, ChartSeries } from '../charts/types';
import type { GridSeries } from '../system/gridSeries';
import type { PanelQuery } from './model';
import { legendText } from './variables';

/**
 * TimeRange is a panel's window on the world, in ms: the step grid its range
 * queries run on (startMs…endMs every stepMs), and `viewEndMs`, the
 * dashboard's end (the world's now) that instant queries run at.
 */
export interface TimeRange {
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
  readonly viewEndMs: number;
}

/**
 * panelRange builds the grid for the window of `rangeMs` ending at `endMs`,
 * stepped by `stepMs` (the panel's $__interval) and aligned as Grafana's
 * Prometheus data source aligns it: start and end rounded down to a multiple
 * of the step. A refresh a moment later therefore asks for the same step
 * times (the worker reuses the settled ones) and never for a point past now.
 */
export function panelRange(endMs: number, rangeMs: number, stepMs: number): TimeRange {
  const alignedEnd = Math.floor(endMs / stepMs) * stepMs;
  return { startMs: Math.floor((endMs - rangeMs) / stepMs) * stepMs, endMs: alignedEnd, stepMs, viewEndMs: endMs };
}

/**
 * rangeValuesToChart joins the answers of a panel's queries (each already on
 * the range's step grid) into one chart; each series is named by its query's
 * legend template when it has one.
 */
export function rangeValuesToChart(grids: readonly (readonly GridSeries[])[], queries: readonly PanelQuery[], range: TimeRange): ChartData {
  const times: number[] = [];
  for (let t = range.startMs; t <= range.endMs; t += range.stepMs) times.push(t);
  const series: ChartSeries[] = [];
  grids.forEach((list, q) => {
    for (const s of list) {
      const key = legendText(queries[q]?.legend, s.labels) ?? seriesKey(s.labels);
      series.push({ key, labels: s.labels, color: colorFor(series.length), values: s.values });
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
