/**
 * The Pushgateway's data model: metric families as the Go client library
 * holds them (`dto.MetricFamily`), not as flat samples, because the
 * Pushgateway's rules (consistency checks, sorting, the JSON API) are
 * stated in those terms. Values are float64; counts are integers.
 */

/** PgMetricType is a family's type, spelled as the text format spells it. */
export type PgMetricType = 'counter' | 'gauge' | 'summary' | 'histogram' | 'untyped';

/**
 * LabelPair is one label. Unlike `model.Labels`, the value may be empty:
 * the Pushgateway exposes `instance=""` on purpose.
 */
export interface LabelPair {
  readonly name: string;
  readonly value: string;
}

export interface Quantile {
  readonly quantile: number;
  readonly value: number;
}

export interface Bucket {
  /** The bucket's `le`, +Inf included when pushed. */
  readonly upperBound: number;
  readonly cumulativeCount: number;
}

/** MetricData is what one metric carries; `kind` says which proto field is set. */
export type MetricData =
  | { readonly kind: 'counter' | 'gauge' | 'untyped'; readonly value: number }
  | { readonly kind: 'summary'; readonly count: number; readonly sum: number; readonly quantiles: readonly Quantile[] }
  | { readonly kind: 'histogram'; readonly count: number; readonly sum: number; readonly buckets: readonly Bucket[] };

/** PgMetric is one metric (one label set) of a family; labels sorted by name. */
export interface PgMetric {
  readonly labels: readonly LabelPair[];
  readonly data: MetricData;
  readonly timestampMs?: number;
}

/** PgFamily is a metric family; `help` is undefined when no HELP line was given. */
export interface PgFamily {
  readonly name: string;
  readonly type: PgMetricType;
  readonly help?: string;
  readonly metrics: readonly PgMetric[];
}

/** PROTO_TYPE names a type the way Go's client library prints it in errors and the JSON API. */
export const PROTO_TYPE: Record<PgMetricType, string> = {
  counter: 'COUNTER',
  gauge: 'GAUGE',
  summary: 'SUMMARY',
  histogram: 'HISTOGRAM',
  untyped: 'UNTYPED',
};
