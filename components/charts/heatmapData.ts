import type { ChartData } from './types';

/** HeatmapData is a grid of cells: `counts[b][i]` is bucket b's value at step i (NaN when missing). */
export interface HeatmapData {
  readonly times: readonly number[];
  /** Bucket upper bounds as written in `le` ("0.1", "+Inf"), ascending. */
  readonly buckets: readonly string[];
  readonly counts: readonly Float64Array[];
  /** The largest finite cell value (0 if none). */
  readonly max: number;
}

/** leBound reads a bucket bound as Prometheus writes it; `+Inf` sorts last. */
function leBound(le: string): number {
  return le === '+Inf' ? Infinity : Number(le);
}

/**
 * bucketsToHeatmap turns cumulative histogram series (one per `le`, e.g. from
 * `sum by (le) (rate(x_bucket[5m]))`) into per-bucket values: each bucket's
 * cumulative value minus the one below it, as Grafana's "format as heatmap".
 * Series without an `le` label are ignored; small negative differences from
 * rounding are clamped to 0.
 */
export function bucketsToHeatmap(data: ChartData): HeatmapData {
  const withLe = data.series.filter((s) => s.labels.le !== undefined);
  withLe.sort((a, b) => leBound(a.labels.le!) - leBound(b.labels.le!));
  let max = 0;
  const counts = withLe.map((s, b) => {
    const below = withLe[b - 1];
    return Float64Array.from(s.values, (v, i) => {
      const d = below ? v - below.values[i]! : v;
      const out = Number.isFinite(d) ? Math.max(0, d) : NaN;
      if (out > max) max = out;
      return out;
    });
  });
  return { times: data.times, buckets: withLe.map((s) => s.labels.le!), counts, max };
}
