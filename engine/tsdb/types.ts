import type { CompiledMatcher } from '../model/matchers';
import type { Storage } from '../storage/interface';

/** HeadOptions configures an in-memory head. */
export interface HeadOptions {
  /** chunkSize is the number of samples per chunk before a new one is cut (default 120, at most 128). */
  readonly chunkSize?: number;
  /** retentionMs is how much data applyRetention keeps (default: unlimited). */
  readonly retentionMs?: number;
}

/** Head is the in-memory TSDB: all data lives in compressed chunks in RAM. */
export interface Head extends Storage {
  /** stats reports cardinality like Prometheus's /api/v1/status/tsdb (top `limit`, default 10). */
  stats(limit?: number): TsdbStats;
  /**
   * deleteSeries removes the samples of matching series in [minT, maxT]
   * (inclusive ms; the whole series by default) like the admin delete_series
   * API. Series left without samples leave the index. Returns the number of
   * series that lost samples.
   */
  deleteSeries(matchers: readonly CompiledMatcher[], minT?: number, maxT?: number): number;
  /** applyRetention drops data older than nowMs - retentionMs (a no-op without retentionMs). */
  applyRetention(nowMs: number): void;
  /**
   * truncateBefore drops every sample with t < minT; later appends below
   * minT fail with 'out of bounds', as after a Prometheus head truncation.
   */
  truncateBefore(minT: number): void;
  /** minTime/maxTime bound the stored samples (ms); Infinity/-Infinity when empty. */
  readonly minTime: number;
  readonly maxTime: number;
  readonly numSeries: number;
}

/** StatEntry is one row of a top-N list. */
export interface StatEntry {
  readonly name: string;
  readonly value: number;
}

/** TsdbStats mirrors the TSDB status page, plus our chunk accounting. */
export interface TsdbStats {
  readonly headStats: {
    readonly numSeries: number;
    readonly numLabelPairs: number;
    readonly chunkCount: number;
    readonly minTime: number;
    readonly maxTime: number;
  };
  readonly seriesCountByMetricName: StatEntry[];
  readonly labelValueCountByLabelName: StatEntry[];
  readonly memoryInBytesByLabelName: StatEntry[];
  readonly seriesCountByLabelValuePair: StatEntry[];
  readonly numSamples: number;
  /** bytesPerSample is chunkBytes / numSamples (0 when empty). */
  readonly bytesPerSample: number;
  /** chunkBytes is the size of the encoded chunk data (with any start-timestamp columns). */
  readonly chunkBytes: number;
}
