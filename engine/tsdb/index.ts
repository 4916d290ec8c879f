/**
 * The in-memory TSDB head. Only engine/system (and the CLI, tests, benches)
 * import it; PromQL reads through engine/storage.
 *
 * - head.ts: series registry (series-map.ts), appends with Prometheus's
 *   errors (by label set, or by series ref for scrape loops), deletion,
 *   retention, bulk merge; querier.ts / select.ts / postings.ts /
 *   label-order.ts: reads through the postings index, with select-cache.ts
 *   keeping each repeated selector's sorted result; stats.ts: the TSDB
 *   status numbers.
 * - series.ts + chunk-list.ts: one series' chunks; chunk.ts +
 *   chunk-decode.ts: the bit layout (bitstream.ts, varbits.ts), with
 *   values-xor.ts (Gorilla) and values-decimal.ts (decimal delta-of-delta)
 *   as value codings; float-bits.ts: value bits and the stale marker;
 *   start-times.ts: the per-chunk start-timestamp column, only for series
 *   that have start timestamps; decoded-cache.ts: recently read chunks
 *   decoded, an open chunk's decode extended as samples arrive.
 * - backfill.ts: OpenMetrics backfill like promtool.
 */
export { createHead } from './head';
export { backfillOpenMetrics, type BackfillResult } from './backfill';
export type { Head, HeadOptions, StatEntry, TsdbStats } from './types';
