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

/**
 * panelRange builds the window of `rangeMs` ending at `endMs` on a grid of
 * `stepMs` (the panel's $__interval), its start a whole number of steps back.
 */
export function panelRange(endMs: number, rangeMs: number, stepMs: number): TimeRange {
  return { startMs: endMs - Math.floor(rangeMs / stepMs) * stepMs, endMs, stepMs };
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
