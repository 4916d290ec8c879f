/**
 * The extra step of `load_with_nhcb` (FORMAT.md §3.4): classic histograms
 * (`X_bucket{le=...}`, `X_count`, `X_sum`) are also stored, timestamp by
 * timestamp, as native histograms with custom buckets (schema -53) under the
 * base name `X`. Follows upstream's conversion rules, including its errors
 * (non-cumulative buckets, a count that disagrees with the +Inf bucket).
 */
import { getLabel, labelsKey, METRIC_NAME, withLabel, withoutLabels, type Labels } from '../model/labels';
import type { Histogram } from '../model/samples';
import { parseFloatLiteral } from './numbers';
import type { LoadSeries } from './script';
import type { SeqValue } from './series';

/** One classic histogram at one timestamp, as collected from its series. */
interface Collected {
  /** Cumulative counts by upper bound, sorted by bound; duplicates keep the first. */
  buckets: { le: number; count: number }[];
  count?: number;
  sum: number;
}

interface Group {
  labels: Labels;
  line: number;
  /** Position index (timestamp = index × step) → what was collected there. */
  byPosition: Map<number, Collected>;
}

/** NhcbResult is the converted series plus the conversions that failed (with the reason). */
export interface NhcbResult {
  readonly series: LoadSeries[];
  readonly errors: { line: number; message: string }[];
}

const SUFFIXES = ['_bucket', '_sum', '_count'] as const;

/** classicToNhcb converts every classic histogram in a load body. */
export function classicToNhcb(series: readonly LoadSeries[]): NhcbResult {
  const groups = new Map<string, Group>();
  for (const s of series) {
    const name = getLabel(s.labels, METRIC_NAME);
    const suffix = SUFFIXES.find((x) => name.endsWith(x));
    if (suffix === undefined) continue;
    let le = 0;
    if (suffix === '_bucket') {
      const parsed = parseFloatLiteral(getLabel(s.labels, 'le'));
      // An `le` that is not a number is skipped, as upstream does.
      if (parsed === undefined || Number.isNaN(parsed)) continue;
      le = parsed;
    }
    const base = withLabel(withoutLabels(s.labels, ['le']), METRIC_NAME, name.slice(0, -suffix.length));
    const key = labelsKey(base);
    const g = groups.get(key) ?? { labels: base, line: s.line, byPosition: new Map<number, Collected>() };
    groups.set(key, g);
    s.values.forEach((v, k) => {
      if (v.kind !== 'float') return; // gaps, stale markers and histograms take no part
      const c = g.byPosition.get(k) ?? { buckets: [], sum: 0 };
      g.byPosition.set(k, c);
      if (suffix === '_bucket') {
        if (!c.buckets.some((b) => b.le === le)) c.buckets.push({ le, count: v.v });
      } else if (suffix === '_count') c.count = v.v;
      else c.sum = v.v;
    });
  }
  const out: LoadSeries[] = [];
  const errors: { line: number; message: string }[] = [];
  for (const g of groups.values()) {
    const values: SeqValue[] = [];
    try {
      const last = Math.max(-1, ...g.byPosition.keys());
      for (let k = 0; k <= last; k++) {
        const c = g.byPosition.get(k);
        values.push(c === undefined ? { kind: 'omitted' } : { kind: 'histogram', h: convert(c), hintGiven: false });
      }
      out.push({ line: g.line, labels: g.labels, values });
    } catch (e) {
      errors.push({ line: g.line, message: `converting classic histogram ${getLabel(g.labels, METRIC_NAME)}: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return { series: out, errors };
}

/** convert turns one collected classic histogram into a custom-bucket histogram. */
function convert(c: Collected): Histogram {
  const buckets = [...c.buckets].sort((a, b) => a.le - b.le);
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i]!;
    if (b.count < 0) throw new Error(`bucket count must be non-negative: le=${b.le}, count=${b.count}`);
    if (i > 0 && b.count < buckets[i - 1]!.count) throw new Error(`count is not cumulative: ${b.count} < ${buckets[i - 1]!.count}`);
  }
  if (c.count !== undefined && c.count < 0) throw new Error(`count must be non-negative: count=${c.count}`);
  let count = c.count;
  if (count === undefined) {
    if (buckets.length === 0) throw new Error('count must be provided when no buckets are present');
    count = buckets[buckets.length - 1]!.count;
  }
  // Without a +Inf bucket, one is added holding the overall count.
  if (buckets.length === 0 || buckets[buckets.length - 1]!.le !== Infinity) buckets.push({ le: Infinity, count });
  if (count !== buckets[buckets.length - 1]!.count) throw new Error(`count mismatch: count=${count} != le=+Inf count=${buckets[buckets.length - 1]!.count}`);
  // Cumulative counts become per-bucket counts.
  const perBucket = buckets.map((b, i) => (i === 0 ? b.count : b.count - buckets[i - 1]!.count));
  return {
    schema: -53,
    count,
    sum: c.sum,
    zeroThreshold: 0,
    zeroCount: 0,
    positiveSpans: [{ offset: 0, length: perBucket.length }],
    positiveBuckets: perBucket,
    negativeSpans: [],
    negativeBuckets: [],
    customValues: buckets.slice(0, -1).map((b) => b.le),
    counterResetHint: 'unknown',
  };
}
