import type { MetricFamily, ParsedSample } from '../exposition/index';
import { parseText } from '../exposition/index';
import { METRIC_NAME } from '../model/labels';
import type { Bucket, LabelPair, MetricData, PgFamily, PgMetric, PgMetricType, Quantile } from './types';

/**
 * familiesFromText parses a pushed body in the text format 0.0.4 into
 * families keyed by name, grouped the way Go's `expfmt.TextParser` groups
 * them: every summary/histogram label set (without `quantile`/`le`) becomes
 * one metric holding its quantiles or buckets, sum and count. Families
 * without samples are dropped, as the Go parser does. Throws
 * ExpositionError with the Go parser's wording on malformed input.
 */
export function familiesFromText(body: string): Map<string, PgFamily> {
  const out = new Map<string, PgFamily>();
  for (const f of parseText(body)) {
    const fam = convertFamily(f);
    if (fam.metrics.length === 0) continue;
    const prev = out.get(fam.name);
    // A family split by other families' lines is one family to Go's parser.
    out.set(fam.name, prev === undefined ? fam : { ...prev, metrics: [...prev.metrics, ...fam.metrics] });
  }
  return out;
}

function convertFamily(f: MetricFamily): PgFamily {
  const type = pgType(f.type);
  const base = { name: f.name, type, ...(f.help === '' ? {} : { help: f.help }) };
  if (type === 'summary' || type === 'histogram') return { ...base, metrics: complexMetrics(f, type) };
  const metrics = f.samples.map((s): PgMetric => ({
    labels: pairs(s, undefined),
    data: { kind: type, value: s.value },
    ...(s.timestampMs === undefined ? {} : { timestampMs: s.timestampMs }),
  }));
  return { ...base, metrics };
}

function pgType(t: MetricFamily['type']): PgMetricType {
  switch (t) {
    case 'counter':
    case 'gauge':
    case 'summary':
    case 'histogram':
      return t;
    default:
      return 'untyped';
  }
}

interface Building {
  labels: LabelPair[];
  count: number;
  sum: number;
  quantiles: Quantile[];
  buckets: Bucket[];
  timestampMs?: number;
}

function complexMetrics(f: MetricFamily, type: 'summary' | 'histogram'): PgMetric[] {
  const special = type === 'summary' ? 'quantile' : 'le';
  const byKey = new Map<string, Building>();
  for (const s of f.samples) {
    const labels = pairs(s, special);
    const key = labels.map((l) => `${l.name}\xff${l.value}`).join('\xfe');
    let m = byKey.get(key);
    if (m === undefined) {
      m = { labels, count: 0, sum: 0, quantiles: [], buckets: [] };
      byKey.set(key, m);
    }
    if (s.timestampMs !== undefined) m.timestampMs = s.timestampMs;
    const name = nameOf(s);
    if (name === `${f.name}_sum`) m.sum = s.value;
    else if (name === `${f.name}_count`) m.count = s.value;
    else if (type === 'summary') m.quantiles.push({ quantile: Number(labelValue(s, 'quantile')), value: s.value });
    else m.buckets.push({ upperBound: parseBound(labelValue(s, 'le')), cumulativeCount: s.value });
  }
  return [...byKey.values()].map((m): PgMetric => {
    const data: MetricData =
      type === 'summary'
        ? { kind: 'summary', count: m.count, sum: m.sum, quantiles: m.quantiles }
        : { kind: 'histogram', count: m.count, sum: m.sum, buckets: m.buckets };
    return { labels: m.labels, data, ...(m.timestampMs === undefined ? {} : { timestampMs: m.timestampMs }) };
  });
}

function parseBound(s: string): number {
  if (s === '+Inf' || s === 'Inf' || s === '+inf' || s === 'inf') return Infinity;
  return Number(s);
}

function nameOf(s: ParsedSample): string {
  return labelValue(s, METRIC_NAME);
}

function labelValue(s: ParsedSample, name: string): string {
  for (const l of s.labels) if (l.name === name) return l.value;
  return '';
}

/** pairs returns a sample's labels without `__name__` (and without `skip`). */
function pairs(s: ParsedSample, skip: string | undefined): LabelPair[] {
  return s.labels.filter((l) => l.name !== METRIC_NAME && l.name !== skip).map((l) => ({ name: l.name, value: l.value }));
}
