import type { CompiledMatcher } from '../model/matchers';
import type { Labels } from '../model/labels';
import type { Histogram } from '../model/samples';

/**
 * The storage contract between PromQL (and the API) and the TSDB. PromQL
 * reads only through these interfaces and never imports the TSDB.
 */

/** MetricType is the TYPE a metric family was declared with. */
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'gaugehistogram' | 'summary' | 'info' | 'stateset' | 'unknown';

export interface MetricMetadata {
  readonly type: MetricType;
  readonly help: string;
  readonly unit: string;
}

/**
 * SampleBatch holds the samples of one series in a time range, in time order.
 * Parallel arrays keep decoding cheap; `stale[i]` marks an explicit staleness
 * marker (its value is NaN and must never be returned as data). `hs[i]` is set
 * for native histogram samples (then `vs[i]` is NaN); it is undefined for
 * float-only batches. A batch is read-only: its arrays may be storage's own
 * (the TSDB hands out views of its cached decoded chunks).
 */
export interface SampleBatch {
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  readonly stale: Uint8Array;
  readonly hs?: readonly (Histogram | undefined)[];
  /**
   * Start ("created") timestamps in ms, index for index (0 = unknown, as
   * upstream); undefined when the storage knows none for this batch, which
   * is the case for every series that never had one (keeps reads cheap).
   */
  readonly sts?: Float64Array;
  readonly length: number;
}

/** StoredSeries is one series returned by a Querier. */
export interface StoredSeries {
  readonly labels: Labels;
  /** samples returns the samples with minT <= t <= maxT (inclusive, milliseconds). */
  samples(minT: number, maxT: number): SampleBatch;
}

export interface SelectHints {
  /** Inclusive time bounds the caller will read; series without samples in it may be skipped. */
  readonly startMs: number;
  readonly endMs: number;
}

/** Querier reads series and label data for a time range. */
export interface Querier {
  /** select returns the series matching all matchers, sorted by labels. */
  select(matchers: readonly CompiledMatcher[], hints?: SelectHints): StoredSeries[];
  /** labelNames returns sorted label names of series matching the matchers (all series when none). */
  labelNames(matchers?: readonly CompiledMatcher[]): string[];
  /** labelValues returns sorted values of a label over series matching the matchers. */
  labelValues(name: string, matchers?: readonly CompiledMatcher[]): string[];
  /** metadata returns the metadata per metric family name. */
  metadata(metric?: string): Map<string, MetricMetadata>;
}

/** Queryable hands out queriers over a time range. */
export interface Queryable {
  querier(minT: number, maxT: number): Querier;
}

/** AppendError carries Prometheus's storage error texts. */
export class AppendError extends Error {
  constructor(
    readonly kind: 'out_of_order' | 'duplicate' | 'out_of_bounds' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'AppendError';
  }
}

export const ERR_OUT_OF_ORDER = 'out of order sample';
export const ERR_DUPLICATE = 'duplicate sample for timestamp';
export const ERR_OUT_OF_BOUNDS = 'out of bounds';

/**
 * SeriesRef is storage's own handle of a series, opaque to callers: what
 * `appendRef` returned for a label set, to pass back with its next sample.
 */
export type SeriesRef = object;

/** RefItem is one series of an appendRefsAt batch: its labels and the ref its previous sample returned. */
export interface RefItem {
  readonly labels: Labels;
  ref?: SeriesRef;
}

/**
 * AppendBatch is storage's handle on a fixed list of series, made by
 * `prepareBatch` for callers that append to the same series in the same
 * order again and again (a scrape loop whose target's layout holds). Opaque
 * to callers; it stays valid as long as the items do.
 */
export interface AppendBatch {
  /** items are the series of the batch, in order (refs are kept up to date as with appendRefsAt). */
  readonly items: readonly RefItem[];
}

/** Appender adds samples; errors are thrown as AppendError. */
export interface Appender {
  /**
   * append adds a float sample. `stMs` is its optional start ("created")
   * timestamp in ms: when the counter began counting towards this value
   * (its creation or last reset; for delta temporality, the start of the
   * interval). 0 or omitted means unknown. Storage that keeps start
   * timestamps returns them in SampleBatch.sts; other storage ignores them.
   */
  append(labels: Labels, tMs: number, v: number, stMs?: number): void;
  /**
   * appendRef is `append` for callers that append the same series over and
   * over (a scrape loop), as Prometheus's `Append(ref, lset, t, v)`: pass
   * the ref the previous call returned for `labels` (undefined the first
   * time) and keep the one returned. A ref the storage no longer knows
   * (the series left the head) falls back to `labels`. Optional: storage
   * without it is used through `append`.
   */
  appendRef?(ref: SeriesRef | undefined, labels: Labels, tMs: number, v: number): SeriesRef;
  /**
   * appendRefsAt is `appendRef` over a batch of samples that share one
   * timestamp (a scrape's): sample i is (items[i].labels, tMs, vs[i]), and
   * items[i].ref is passed and replaced as with appendRef. One call rather
   * than one per sample spares the call and the boxing of each value. A
   * sample that fails with an AppendError is skipped; the number of those
   * is returned. Other errors are thrown. Optional, like appendRef.
   */
  appendRefsAt?(tMs: number, items: readonly RefItem[], vs: readonly number[], n: number): number;
  /**
   * prepareBatch and appendBatchAt are appendRefsAt for a list of series
   * that stays the same from call to call: sample i is (batch.items[i],
   * tMs, vs[i]) for every item. The storage keeps what it needs to find
   * each series' place without looking the series up. Optional, like
   * appendRefsAt; returns the number of samples that failed.
   */
  prepareBatch?(items: readonly RefItem[]): AppendBatch;
  appendBatchAt?(tMs: number, batch: AppendBatch, vs: readonly number[]): number;
  appendStale(labels: Labels, tMs: number): void;
  appendHistogram(labels: Labels, tMs: number, h: Histogram): void;
  setMetadata(metricFamily: string, meta: MetricMetadata): void;
}

export interface Storage extends Queryable {
  appender(): Appender;
}
