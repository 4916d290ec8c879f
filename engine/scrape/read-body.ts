import { parseExposition, type MetricFamily, type ParsedSample } from '../exposition';
import { labelsKey, type Labels } from '../model/labels';
import type { MetricType } from '../storage/interface';
import { isKept, type LayoutLine, type PendingSamples, type ScrapeCache, type SeriesLine } from './cache';
import { metricNameOf, seriesEnd } from './lines';
import { checkLabelLimits, sampleLabels, type LabelLimits, type SampleLabelOptions } from './sample-labels';

/** What the full read of a body found. */
export interface BodyResult {
  /** Samples in the body (scrape_samples_scraped). */
  readonly scraped: number;
  /** Series new to the cache (scrape_series_added). */
  readonly seriesAdded: number;
  readonly families: readonly MetricFamily[];
  /** The stored series this scrape, by labelsKey, that staleness tracks (explicit timestamps are not tracked). */
  readonly tracked: Map<string, Labels>;
}

export interface ReadOptions extends SampleLabelOptions, LabelLimits {
  readonly honorTimestamps: boolean;
}

interface Located {
  readonly family: MetricFamily;
  readonly sample: ParsedSample;
}

/**
 * readBody parses a body with the full exposition parser (which owns the
 * error texts), computes stored labels for lines the cache has not seen,
 * pushes every kept sample into `out` and remembers the body's layout for
 * the fast path. Throws an Error with Prometheus's message on a malformed
 * body or a label limit.
 */
export function readBody(body: string, contentType: string, tMs: number, cache: ScrapeCache, opts: ReadOptions, out: PendingSamples): BodyResult {
  const { families } = parseExposition(body, contentType);
  out.reset();
  const tracked = new Map<string, Labels>();
  let scraped = 0;
  let seriesAdded = 0;

  const labelsFor = (family: MetricFamily, sample: ParsedSample): Labels | null => {
    const labels = sampleLabels(sample.labels, family.type, opts);
    if (labels !== null) {
      const err = checkLabelLimits(labels, opts);
      if (err !== undefined) throw new Error(err);
    }
    return labels;
  };
  const emit = (line: SeriesLine, sample: ParsedSample): void => {
    scraped++;
    if (!isKept(line)) return;
    const explicit = opts.honorTimestamps && sample.timestampMs !== undefined;
    out.push(line, explicit ? sample.timestampMs! : tMs, sample.value);
    // Series with their own timestamps bypass staleness, as in Prometheus.
    if (!explicit) tracked.set(labelsKey(line.labels), line.labels);
  };

  const located = locateLines(body, families);
  if (located === undefined) {
    // The lines could not be matched to samples one to one: store without caching.
    cache.forgetLayout();
    for (const family of families) {
      for (const sample of family.samples) emit({ kind: 'sample', prefix: '', labels: labelsFor(family, sample) }, sample);
    }
    return { scraped, seriesAdded: tracked.size, families, tracked };
  }
  const layout: LayoutLine[] = [];
  for (const item of located) {
    if (typeof item === 'string') {
      layout.push({ kind: 'other', text: item });
      continue;
    }
    const { prefix, family, sample } = item;
    const key = cacheKey(prefix, family.type);
    let entry = cache.series.get(key);
    if (entry === undefined) {
      entry = { kind: 'sample', prefix, labels: labelsFor(family, sample) };
      cache.series.set(key, entry);
      seriesAdded++;
    }
    layout.push(entry);
    emit(entry, sample);
  }
  cache.setLayout(layout, contentType, body.endsWith('\n'));
  pruneCache(cache, layout);
  return { scraped, seriesAdded, families, tracked };
}

function cacheKey(prefix: string, type: MetricType): string {
  return type + '\u0000' + prefix;
}

/** pruneCache forgets series that the current layout does not use once they outnumber it, bounding memory under churn. */
function pruneCache(cache: ScrapeCache, layout: readonly LayoutLine[]): void {
  if (cache.series.size <= 2 * layout.length + 100) return;
  const keep = new Set<SeriesLine>();
  for (const e of layout) if (e.kind === 'sample') keep.add(e);
  for (const [k, e] of cache.series) if (!keep.has(e)) cache.series.delete(k);
}

/**
 * locateLines pairs each sample line with the parsed sample it produced
 * (by metric name, in order) and keeps other lines as text. Undefined when
 * the pairing is not one to one.
 */
function locateLines(body: string, families: readonly MetricFamily[]): (string | { prefix: string; family: MetricFamily; sample: ParsedSample })[] | undefined {
  const queues = new Map<string, { items: Located[]; next: number }>();
  let total = 0;
  for (const family of families) {
    for (const sample of family.samples) {
      const name = sample.labels.find((l) => l.name === '__name__')?.value ?? '';
      let q = queues.get(name);
      if (q === undefined) queues.set(name, (q = { items: [], next: 0 }));
      q.items.push({ family, sample });
      total++;
    }
  }
  const out: (string | { prefix: string; family: MetricFamily; sample: ParsedSample })[] = [];
  let matched = 0;
  const n = body.length;
  let pos = 0;
  while (pos < n) {
    let end = body.indexOf('\n', pos);
    if (end < 0) end = n;
    const first = body.charCodeAt(pos);
    if (pos === end || first === 35 /* # */ || body.slice(pos, end).trim() === '') {
      out.push(body.slice(pos, end));
    } else {
      const se = seriesEnd(body, pos, end);
      if (se < 0 || se >= end) return undefined;
      const name = metricNameOf(body, pos, se);
      const q = name === undefined ? undefined : queues.get(name);
      const item = q?.items[q.next++];
      if (item === undefined) return undefined;
      out.push({ prefix: body.slice(pos, se + 1), family: item.family, sample: item.sample });
      matched++;
    }
    pos = end + 1;
  }
  return matched === total ? out : undefined;
}
