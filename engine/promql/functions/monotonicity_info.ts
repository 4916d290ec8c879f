import type { Annotations } from '../annotations';
import type { PosRange } from '../ast';
import { goQuote } from '../../model/labels';
import type { MonotonicityFix } from './histogram_classic';
import { formatG, formatGPrec } from './numeric';
import type { FunctionContext } from './types';

/**
 * The info Prometheus gives when histogram_quantile had to repair
 * non-monotonic bucket counts. Like upstream, all repairs for one metric
 * name and position are summarised in a single annotation: the bucket
 * range affected, the largest repaired decrease, how many samples needed
 * it and over which time span.
 */

const MESSAGE =
  'input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)';

interface Summary {
  readonly minTs: number;
  readonly maxTs: number;
  readonly minBucket: number;
  readonly maxBucket: number;
  readonly maxDiff: number;
  readonly count: number;
}

/** Running summaries per annotation sink, so they end with the query. */
const summaries = new WeakMap<Annotations, Map<string, Summary>>();

export function reportForcedMonotonicity(ctx: FunctionContext, metricName: string, pos: PosRange, fix: MonotonicityFix): void {
  const base = metricName === '' ? MESSAGE : `${MESSAGE} for metric name ${goQuote(metricName)}`;
  const key = `${base}|${pos.start}`;
  let byKey = summaries.get(ctx.annotations);
  if (byKey === undefined) {
    byKey = new Map();
    summaries.set(ctx.annotations, byKey);
  }
  const prev = byKey.get(key);
  const s: Summary =
    prev === undefined
      ? { minTs: ctx.tMs, maxTs: ctx.tMs, minBucket: fix.minBucket, maxBucket: fix.maxBucket, maxDiff: fix.maxDiff, count: 1 }
      : {
          minTs: Math.min(prev.minTs, ctx.tMs),
          maxTs: Math.max(prev.maxTs, ctx.tMs),
          minBucket: Math.min(prev.minBucket, fix.minBucket),
          maxBucket: Math.max(prev.maxBucket, fix.maxBucket),
          maxDiff: Math.max(prev.maxDiff, fix.maxDiff),
          count: prev.count + 1,
        };
  byKey.set(key, s);
  const message =
    `${base}, from buckets ${formatG(s.minBucket)} to ${formatG(s.maxBucket)}, with a max diff of ${formatGPrec(s.maxDiff, 2)}, ` +
    `over ${s.count} samples from ${rfc3339(s.minTs)} to ${rfc3339(s.maxTs)}`;
  ctx.annotations.upsert(key, () => ({ severity: 'info', message, pos }));
}

/** rfc3339 prints whole seconds in UTC, as Go's time.RFC3339 layout does. */
function rfc3339(ms: number): string {
  return new Date(Math.trunc(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
