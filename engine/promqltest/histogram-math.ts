/**
 * The little native-histogram arithmetic the interpreter needs: adding and
 * subtracting for the `{{A}}+{{B}}xN` series notation, and the compacted
 * comparison of expected and returned histograms (FORMAT.md §7.6).
 */
import type { BucketSpan, Histogram } from '../model/samples';
import { almostEqual } from './almost';

/** bucketMap expands spans into absolute bucket index → count. */
export function bucketMap(spans: readonly BucketSpan[], buckets: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  let index = 0;
  let b = 0;
  for (const span of spans) {
    index += span.offset;
    for (let k = 0; k < span.length; k++) out.set(index + k, buckets[b++] ?? 0);
    index += span.length;
  }
  return out;
}

/** spansFromMap rebuilds spans; with `dropEmpty` buckets with count 0 are left out (compaction). */
export function spansFromMap(map: ReadonlyMap<number, number>, dropEmpty: boolean): { spans: BucketSpan[]; buckets: number[] } {
  const indexes = [...map.keys()].filter((i) => !dropEmpty || map.get(i) !== 0).sort((a, b) => a - b);
  const spans: { offset: number; length: number }[] = [];
  const buckets: number[] = [];
  let next: number | undefined; // the index just past the previous bucket
  for (const i of indexes) {
    if (next !== undefined && i === next) spans[spans.length - 1]!.length++;
    else spans.push({ offset: next === undefined ? i : i - next, length: 1 });
    buckets.push(map.get(i)!);
    next = i + 1;
  }
  return { spans, buckets };
}

/** reduceIndex maps a bucket index of schema `from` onto the coarser schema `to` (to <= from). */
function reduceIndex(index: number, from: number, to: number): number {
  // Bucket i of schema s covers (f^(i-1), f^i]; merging 2^(from-to) neighbours keeps upper bounds aligned.
  return Math.floor((index - 1) / 2 ** (from - to)) + 1;
}

function reduced(map: ReadonlyMap<number, number>, from: number, to: number): Map<number, number> {
  if (from === to || from === -53) return new Map(map);
  const out = new Map<number, number>();
  for (const [i, c] of map) {
    const j = reduceIndex(i, from, to);
    out.set(j, (out.get(j) ?? 0) + c);
  }
  return out;
}

/**
 * addHistograms returns a + sign·b. Exponential schemas are brought to the
 * coarser of the two; the zero threshold is the larger one (buckets inside
 * the wider zero bucket are not moved: the notation never relies on that).
 */
export function addHistograms(a: Histogram, b: Histogram, sign: 1 | -1): Histogram {
  const schema = Math.min(a.schema, b.schema);
  const combine = (x: Map<number, number>, y: Map<number, number>): Map<number, number> => {
    for (const [i, c] of y) x.set(i, (x.get(i) ?? 0) + sign * c);
    return x;
  };
  const pos = combine(
    reduced(bucketMap(a.positiveSpans, a.positiveBuckets), a.schema, schema),
    reduced(bucketMap(b.positiveSpans, b.positiveBuckets), b.schema, schema),
  );
  const neg = combine(
    reduced(bucketMap(a.negativeSpans, a.negativeBuckets), a.schema, schema),
    reduced(bucketMap(b.negativeSpans, b.negativeBuckets), b.schema, schema),
  );
  const p = spansFromMap(pos, false);
  const n = spansFromMap(neg, false);
  return {
    schema,
    count: a.count + sign * b.count,
    sum: a.sum + sign * b.sum,
    zeroThreshold: Math.max(a.zeroThreshold, b.zeroThreshold),
    zeroCount: a.zeroCount + sign * b.zeroCount,
    positiveSpans: p.spans,
    positiveBuckets: p.buckets,
    negativeSpans: n.spans,
    negativeBuckets: n.buckets,
    ...(a.customValues !== undefined ? { customValues: a.customValues } : {}),
    counterResetHint: a.counterResetHint,
  };
}

/**
 * histogramsMatch compares an expected and a returned histogram after
 * compaction. The counter-reset hint counts only when `compareHint` is set,
 * i.e. when the expectation spelled it out.
 */
export function histogramsMatch(exp: Histogram, got: Histogram, compareHint: boolean): boolean {
  if (exp.schema !== got.schema) return false;
  if (!almostEqual(exp.count, got.count) || !almostEqual(exp.sum, got.sum)) return false;
  if (exp.zeroThreshold !== got.zeroThreshold || !almostEqual(exp.zeroCount, got.zeroCount)) return false;
  if (exp.schema === -53 && !sameBounds(exp.customValues ?? [], got.customValues ?? [])) return false;
  if (!bucketsMatch(exp.positiveSpans, exp.positiveBuckets, got.positiveSpans, got.positiveBuckets)) return false;
  if (!bucketsMatch(exp.negativeSpans, exp.negativeBuckets, got.negativeSpans, got.negativeBuckets)) return false;
  return !compareHint || exp.counterResetHint === got.counterResetHint;
}

function sameBounds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function bucketsMatch(es: readonly BucketSpan[], eb: readonly number[], gs: readonly BucketSpan[], gb: readonly number[]): boolean {
  const e = spansFromMap(bucketMap(es, eb), true);
  const g = spansFromMap(bucketMap(gs, gb), true);
  if (e.spans.length !== g.spans.length || e.buckets.length !== g.buckets.length) return false;
  for (let i = 0; i < e.spans.length; i++) {
    if (e.spans[i]!.offset !== g.spans[i]!.offset || e.spans[i]!.length !== g.spans[i]!.length) return false;
  }
  return e.buckets.every((v, i) => almostEqual(v, g.buckets[i]!));
}
