import { formatGoFloat } from '../exposition/index';
import { compareStrings } from '../model/labels';
import type { LabelPair, PgFamily, PgMetric } from './types';

/**
 * writeFamiliesText renders families in the text format 0.0.4 exactly as
 * Go's `expfmt` does after the client library normalises a gather: families
 * sorted by name (empty ones left out), metrics sorted by label count and
 * then label values, HELP only when the family has one, empty label values
 * written out (`instance=""`), a histogram's missing `+Inf` bucket added.
 */
export function writeFamiliesText(families: readonly PgFamily[]): string {
  const sorted = families.filter((f) => f.metrics.length > 0).sort((a, b) => compareStrings(a.name, b.name));
  let out = '';
  for (const f of sorted) {
    if (f.help !== undefined) out += `# HELP ${f.name} ${escapeHelp(f.help)}\n`;
    out += `# TYPE ${f.name} ${f.type}\n`;
    for (const m of [...f.metrics].sort(compareMetrics)) out += metricLines(f.name, m);
  }
  return out;
}

function metricLines(name: string, m: PgMetric): string {
  const d = m.data;
  switch (d.kind) {
    case 'counter':
    case 'gauge':
    case 'untyped':
      return line(name, m.labels, undefined, formatGoFloat(d.value));
    case 'summary': {
      let s = '';
      for (const q of d.quantiles) s += line(name, m.labels, { name: 'quantile', value: formatGoFloat(q.quantile) }, formatGoFloat(q.value));
      return s + line(`${name}_sum`, m.labels, undefined, formatGoFloat(d.sum)) + line(`${name}_count`, m.labels, undefined, formatCount(d.count));
    }
    case 'histogram': {
      let s = '';
      let inf = false;
      for (const b of d.buckets) {
        if (b.upperBound === Infinity) inf = true;
        s += line(`${name}_bucket`, m.labels, { name: 'le', value: formatGoFloat(b.upperBound) }, formatCount(b.cumulativeCount));
      }
      if (!inf) s += line(`${name}_bucket`, m.labels, { name: 'le', value: '+Inf' }, formatCount(d.count));
      return s + line(`${name}_sum`, m.labels, undefined, formatGoFloat(d.sum)) + line(`${name}_count`, m.labels, undefined, formatCount(d.count));
    }
  }
}

/** Counts are uint64 in Go and print as plain integers, never in exponent form. */
function formatCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 2 ** 64 ? BigInt(n).toString() : formatGoFloat(n);
}

function line(name: string, labels: readonly LabelPair[], extra: LabelPair | undefined, value: string): string {
  const all = extra === undefined ? labels : [...labels, extra];
  if (all.length === 0) return `${name} ${value}\n`;
  return `${name}{${all.map((l) => `${l.name}="${escapeValue(l.value)}"`).join(',')}} ${value}\n`;
}

function escapeValue(s: string): string {
  return s.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c));
}

function escapeHelp(s: string): string {
  return s.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'));
}

/** compareMetrics is client_golang's metric order: fewer labels first, then label values pairwise. */
function compareMetrics(a: PgMetric, b: PgMetric): number {
  if (a.labels.length !== b.labels.length) return a.labels.length - b.labels.length;
  for (let i = 0; i < a.labels.length; i++) {
    const c = compareStrings(a.labels[i]!.value, b.labels[i]!.value);
    if (c !== 0) return c;
  }
  return (a.timestampMs ?? Infinity) - (b.timestampMs ?? Infinity) || 0;
}
