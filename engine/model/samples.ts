/**
 * Sample types shared by storage and PromQL. Times are integer milliseconds
 * since the Unix epoch.
 */

/**
 * Histogram is a native histogram sample. Present in the types now so that
 * storage and the evaluator have room for it; the engine does not yet
 * evaluate native histograms.
 */
export interface Histogram {
  readonly schema: number;
  readonly count: number;
  readonly sum: number;
  readonly zeroThreshold: number;
  readonly zeroCount: number;
  /** Absolute bucket counts per span. */
  readonly positiveSpans: readonly BucketSpan[];
  readonly positiveBuckets: readonly number[];
  readonly negativeSpans: readonly BucketSpan[];
  readonly negativeBuckets: readonly number[];
  /** Upper bounds for custom-bucket histograms (schema -53). */
  readonly customValues?: readonly number[];
  readonly counterResetHint: 'unknown' | 'reset' | 'not_reset' | 'gauge';
}

export interface BucketSpan {
  readonly offset: number;
  readonly length: number;
}

/** FloatPoint is one float sample. */
export interface FloatPoint {
  readonly t: number;
  readonly v: number;
}

/** HistogramPoint is one native histogram sample. */
export interface HistogramPoint {
  readonly t: number;
  readonly h: Histogram;
}
