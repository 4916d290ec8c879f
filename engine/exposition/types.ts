import type { Labels } from '../model/labels';
import type { MetricType } from '../storage/interface';

/**
 * The plain data the exposition parsers produce and the writers consume.
 * Times are integer milliseconds since the Unix epoch in both formats (the
 * OpenMetrics parser converts its float seconds).
 */

/** ExpositionFormat names the two wire formats. */
export type ExpositionFormat = 'text' | 'openmetrics';

/** Exemplar is an OpenMetrics exemplar attached to one sample. */
export interface Exemplar {
  readonly labels: Labels;
  readonly value: number;
  readonly timestampMs?: number;
}

/**
 * ParsedSample is one exposed sample. `labels` includes `__name__`, which is
 * the sample's own name (`foo_bucket`, `foo_total`), not its family's name.
 * Labels with empty values are absent, as in Prometheus.
 */
export interface ParsedSample {
  readonly labels: Labels;
  readonly value: number;
  readonly timestampMs?: number;
  readonly exemplar?: Exemplar;
}

/**
 * MetricFamily is one family with its metadata and samples in input order.
 * In the text format the name is the TYPE/HELP name (a counter keeps its
 * `_total`); in OpenMetrics it is the family name (`foo` for `foo_total`).
 * `help` and `unit` are '' when absent.
 */
export interface MetricFamily {
  readonly name: string;
  readonly type: MetricType;
  readonly help: string;
  readonly unit: string;
  readonly samples: readonly ParsedSample[];
}

/** MutableSample is how the parsers build a ParsedSample before handing it out. */
export interface MutableSample {
  labels: Labels;
  value: number;
  timestampMs?: number;
  exemplar?: Exemplar;
}
