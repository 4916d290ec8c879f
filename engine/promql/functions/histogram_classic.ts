import { goQuote, labelsKey, withoutLabels, type Labels } from '../../model/labels';
import type { PosRange } from '../ast';
import type { FunctionContext } from './types';
import type { Vector } from '../values';
import { almostEqual, parseGoFloat } from './numeric';
import { metricName } from './output';

/**
 * Classic histograms: series named `<x>_bucket` with an `le` label holding
 * cumulative counts. This file groups such series into histograms and
 * computes quantiles and fractions over their buckets.
 */

export interface Bucket {
  readonly upperBound: number;
  count: number;
}

export interface BucketGroup {
  /** The labels of the histogram: the bucket series' labels without `le`. */
  readonly labels: Labels;
  readonly buckets: Bucket[];
}

/**
 * groupBuckets splits an input vector into classic histograms keyed by
 * their labels without `le`. Series with a missing or unparsable `le` are
 * skipped with a warning. Native histogram samples whose labels equal a
 * classic histogram's are ambiguous: both are dropped with a warning
 * (native histograms are otherwise not evaluated yet). The metric name is
 * only named in messages when it is still present (delayed name removal).
 */
export function groupBuckets(input: Vector, ctx: FunctionContext, pos: PosRange): BucketGroup[] {
  const groups = new Map<string, BucketGroup>();
  const natives: Labels[] = [];
  const nameFor = (labels: Labels): string => (ctx.delayedNameRemoval ? metricName(labels) : '');
  for (const s of input) {
    if (s.h !== undefined) {
      natives.push(s.labels);
      continue;
    }
    const { le, upperBound, labels, key } = bucketSeriesOf(s.labels);
    if (upperBound === undefined) {
      ctx.annotations.warn(`bucket label "le" is missing or has a malformed value of ${goQuote(le)}${forMetric(nameFor(s.labels))}`, pos);
      continue;
    }
    let group = groups.get(key);
    if (group === undefined) {
      group = { labels, buckets: [] };
      groups.set(key, group);
    }
    group.buckets.push({ upperBound, count: s.v });
  }
  for (const labels of natives) {
    const key = labelsKey(labels);
    if (groups.has(key)) {
      ctx.annotations.warn(`vector contains a mix of classic and native histograms${forMetric(nameFor(labels))}`, pos);
      groups.delete(key);
    }
  }
  return [...groups.values()];
}

/** BucketSeries is what grouping needs from a bucket series' labels. */
interface BucketSeries {
  readonly le: string;
  readonly upperBound: number | undefined;
  /** The labels without `le`, and their key. */
  readonly labels: Labels;
  readonly key: string;
}

/**
 * bucketSeries caches BucketSeries per label-set object. Range queries call
 * histogram_quantile at every step with the same (immutable) label sets, so
 * parsing `le` and building the group key once per series instead of once
 * per step removes most of its cost; the shared group labels also let the
 * evaluator's key cache hit.
 */
const bucketSeries = new WeakMap<Labels, BucketSeries>();

function bucketSeriesOf(seriesLabels: Labels): BucketSeries {
  let b = bucketSeries.get(seriesLabels);
  if (b === undefined) {
    const le = seriesLabels.find((l) => l.name === 'le')?.value ?? '';
    const labels = withoutLabels(seriesLabels, ['le']);
    b = { le, upperBound: parseGoFloat(le), labels, key: labelsKey(labels) };
    bucketSeries.set(seriesLabels, b);
  }
  return b;
}

function forMetric(name: string): string {
  return name === '' ? '' : ` for metric name ${goQuote(name)}`;
}

/** sortAndCoalesce copies the buckets ordered by upper bound, merging equal bounds. */
function sortAndCoalesce(buckets: readonly Bucket[]): Bucket[] {
  const sorted = buckets.map((b) => ({ ...b })).sort((a, b) => a.upperBound - b.upperBound || 0);
  const out: Bucket[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last.upperBound === b.upperBound) last.count += b.count;
    else out.push(b);
  }
  return out;
}

/** Relative differences below this between neighbouring buckets are float noise. */
const SMALL_DELTA_TOLERANCE = 1e-12;

export interface MonotonicityFix {
  readonly forced: boolean;
  readonly minBucket: number;
  readonly maxBucket: number;
  readonly maxDiff: number;
}

/**
 * makeMonotonic repairs cumulative counts that decrease with the upper
 * bound (possible with remote write or float error): negligible differences
 * are flattened silently, real decreases are flattened and reported.
 */
function makeMonotonic(buckets: Bucket[]): MonotonicityFix {
  let forced = false;
  let minBucket = Infinity;
  let maxBucket = -Infinity;
  let maxDiff = 0;
  let prev = buckets[0]!.count;
  for (let i = 1; i < buckets.length; i++) {
    const b = buckets[i]!;
    const curr = b.count;
    if (curr === prev) continue;
    if (almostEqual(prev, curr, SMALL_DELTA_TOLERANCE)) {
      b.count = prev;
      continue;
    }
    if (curr < prev) {
      b.count = prev;
      forced = true;
      minBucket = Math.min(minBucket, b.upperBound);
      maxBucket = Math.max(maxBucket, b.upperBound);
      maxDiff = Math.max(maxDiff, prev - curr);
      continue;
    }
    prev = curr;
  }
  return { forced, minBucket, maxBucket, maxDiff };
}

const NO_FIX: MonotonicityFix = { forced: false, minBucket: Infinity, maxBucket: -Infinity, maxDiff: 0 };

/**
 * bucketQuantile estimates the φ-quantile of a classic histogram by linear
 * interpolation inside the bucket holding the rank. The lowest bucket
 * starts at 0 if its bound is positive (else its bound is the answer); a
 * rank in the +Inf bucket answers the highest finite bound. NaN when there
 * is no +Inf bucket, fewer than two buckets or no observations.
 */
export function bucketQuantile(q: number, input: readonly Bucket[]): { value: number; fix: MonotonicityFix } {
  if (Number.isNaN(q)) return { value: NaN, fix: NO_FIX };
  if (q < 0) return { value: -Infinity, fix: NO_FIX };
  if (q > 1) return { value: Infinity, fix: NO_FIX };
  const buckets = sortAndCoalesce(input);
  if (buckets[buckets.length - 1]?.upperBound !== Infinity) return { value: NaN, fix: NO_FIX };
  const fix = makeMonotonic(buckets);
  if (buckets.length < 2) return { value: NaN, fix };
  const observations = buckets[buckets.length - 1]!.count;
  if (observations === 0) return { value: NaN, fix };

  let rank = q * observations;
  // First bucket (excluding +Inf) whose cumulative count reaches the rank.
  let b = buckets.length - 1;
  for (let i = 0; i < buckets.length - 1; i++) {
    if (buckets[i]!.count >= rank) {
      b = i;
      break;
    }
  }
  if (b === buckets.length - 1) return { value: buckets[buckets.length - 2]!.upperBound, fix };
  if (b === 0 && buckets[0]!.upperBound <= 0) return { value: buckets[0]!.upperBound, fix };
  let bucketStart = 0;
  const bucketEnd = buckets[b]!.upperBound;
  let count = buckets[b]!.count;
  if (b > 0) {
    bucketStart = buckets[b - 1]!.upperBound;
    count -= buckets[b - 1]!.count;
    rank -= buckets[b - 1]!.count;
  }
  return { value: bucketStart + (bucketEnd - bucketStart) * (rank / count), fix };
}

/**
 * bucketFraction estimates the fraction of observations in [lower, upper]
 * by linear interpolation inside buckets. Observations in the +Inf bucket
 * (and, for histograms with negative bounds, in the bucket below the lowest
 * bound) cannot be placed and count only at the extremes.
 */
export function bucketFraction(lower: number, upper: number, input: readonly Bucket[]): number {
  const buckets = sortAndCoalesce(input);
  if (buckets[buckets.length - 1]?.upperBound !== Infinity) return NaN;
  const count = buckets[buckets.length - 1]!.count;
  if (count === 0 || Number.isNaN(lower) || Number.isNaN(upper)) return NaN;
  if (lower >= upper) return 0;

  let rank = 0;
  let lowerRank = 0;
  let upperRank = 0;
  let lowerSet = false;
  let upperSet = false;
  let lowerBound = buckets[0]!.upperBound <= 0 ? -Infinity : 0;
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i]!;
    if (i > 0) lowerBound = buckets[i - 1]!.upperBound;
    const upperBound = b.upperBound;
    const interpolate = (v: number): number =>
      lowerBound === -Infinity ? b.count : rank + ((b.count - rank) * (v - lowerBound)) / (upperBound - lowerBound);

    if (!lowerSet && lowerBound >= lower) {
      lowerRank = rank;
      lowerSet = true;
    }
    if (!upperSet && lowerBound >= upper) {
      upperRank = rank;
      upperSet = true;
    }
    if (lowerSet && upperSet) break;
    if (!lowerSet && lowerBound < lower && upperBound > lower) {
      lowerRank = interpolate(lower);
      lowerSet = true;
    }
    if (!upperSet && lowerBound < upper && upperBound > upper) {
      upperRank = interpolate(upper);
      upperSet = true;
    }
    if (lowerSet && upperSet) break;
    rank = b.count;
  }
  if (!lowerSet || lowerRank > count) lowerRank = count;
  if (!upperSet || upperRank > count) upperRank = count;
  return (upperRank - lowerRank) / count;
}
