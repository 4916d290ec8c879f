import type { Value, Vector } from '@/engine/index';
import { colorFor } from '../charts/colors';
import { seriesKey } from '../charts/seriesData';
import type { ChartData, ChartSeries } from '../charts/types';
import type { GridSeries } from '../system/gridSeries';
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
