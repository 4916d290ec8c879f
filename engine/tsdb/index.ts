/**
 * The in-memory TSDB head. Only engine/system (and the CLI, tests, benches)
 * import it; PromQL reads through engine/storage.
 *
 * - head.ts: series registry, appends with Prometheus's errors, deletion,
 *   retention, bulk merge; querier.ts / select.ts / postings.ts: reads
 *   through the postings index; stats.ts: the TSDB status numbers.
 * - series.ts: one series' chunks; chunk.ts + chunk-decode.ts: the bit
 *   layout, with values-xor.ts (Gorilla) and values-decimal.ts (decimal
 *   delta-of-delta) as value codings; float-bits.ts: stale-marker bits.
 * - backfill.ts: OpenMetrics backfill like promtool.
 */
export { createHead } from './head';
export { backfillOpenMetrics, type BackfillResult } from './backfill';
export type { Head, HeadOptions, StatEntry, TsdbStats } from './types';
