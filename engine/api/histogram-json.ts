import type { BucketSpan, Histogram } from '../model/samples';
import { formatSampleValue } from './float';

/**
 * Native histograms in the API's JSON: `{"count":"…","sum":"…","buckets":[[rule,"lo","hi","n"],…]}`
 * with buckets from the most negative to the most positive and empty buckets
 * left out. Boundary rules: 0 = (lo,hi], 1 = [lo,hi), 3 = [lo,hi].
 */

/** CUSTOM_BUCKETS_SCHEMA marks histograms with explicit bounds (NHCB). */
const CUSTOM_BUCKETS_SCHEMA = -53;

/**
 * bucketBound is the upper bound of exponential bucket `idx`: 2^(idx·2^-schema).
 * Prometheus reads schema > 0 bounds from a table; Math.pow may differ from it
 * in the last bit for some buckets.
 */
function bucketBound(idx: number, schema: number): number {
  if (schema < 0) return 2 ** (idx * 2 ** -schema);
  return 2 ** (idx / 2 ** schema);
}

interface Bucket {
  readonly rule: number;
  readonly lo: number;
  readonly hi: number;
  readonly count: number;
}

function spanIndices(spans: readonly BucketSpan[]): number[] {
  const out: number[] = [];
  let idx = 0;
  for (const s of spans) {
    idx += s.offset;
    for (let k = 0; k < s.length; k++) out.push(idx++);
  }
  return out;
}

function buckets(h: Histogram): Bucket[] {
  const out: Bucket[] = [];
  if (h.schema === CUSTOM_BUCKETS_SCHEMA) {
    const bounds = h.customValues ?? [];
    spanIndices(h.positiveSpans).forEach((idx, k) => {
      const lo = idx === 0 ? -Infinity : bounds[idx - 1] ?? Infinity;
      const hi = idx < bounds.length ? bounds[idx]! : Infinity;
      out.push({ rule: 0, lo, hi, count: h.positiveBuckets[k] ?? 0 });
    });
    return out;
  }
  const neg = spanIndices(h.negativeSpans);
  for (let k = neg.length - 1; k >= 0; k--) {
    const idx = neg[k]!;
    out.push({ rule: 1, lo: -bucketBound(idx, h.schema), hi: -bucketBound(idx - 1, h.schema), count: h.negativeBuckets[k] ?? 0 });
  }
  if (h.zeroCount > 0) out.push({ rule: 3, lo: -h.zeroThreshold, hi: h.zeroThreshold, count: h.zeroCount });
  spanIndices(h.positiveSpans).forEach((idx, k) => {
    out.push({ rule: 0, lo: bucketBound(idx - 1, h.schema), hi: bucketBound(idx, h.schema), count: h.positiveBuckets[k] ?? 0 });
  });
  return out;
}

/** histogramJson renders one native histogram sample. */
export function histogramJson(h: Histogram): string {
  let out = `{"count":"${formatSampleValue(h.count)}","sum":"${formatSampleValue(h.sum)}"`;
  const list = buckets(h).filter((b) => b.count !== 0);
  if (list.length > 0) {
    out += ',"buckets":[' + list.map((b) => `[${b.rule},"${formatSampleValue(b.lo)}","${formatSampleValue(b.hi)}","${formatSampleValue(b.count)}"]`).join(',') + ']';
  }
  return out + '}';
}
