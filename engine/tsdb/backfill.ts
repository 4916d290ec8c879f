import { parseOpenMetrics } from '../exposition/index';
import { formatLabels, labelsEqual, labelsKey, type Labels } from '../model/labels';
import { AppendError } from '../storage/interface';
import { mergeSeries, type SeriesSamples } from './head';
import type { Head } from './types';

/** BackfillResult summarises what backfillOpenMetrics stored. */
export interface BackfillResult {
  readonly samples: number;
  readonly series: number;
  /** minTime/maxTime bound the backfilled samples (ms); Infinity/-Infinity when there were none. */
  readonly minTime: number;
  readonly maxTime: number;
}

/**
 * backfillOpenMetrics loads an OpenMetrics file into the head the way
 * `promtool tsdb create-blocks-from openmetrics` turns one into blocks:
 * the file must end with `# EOF`, every sample needs a timestamp (seconds in
 * the file), and samples may come in any order: each series is sorted by
 * time. No staleness markers are added. Data may be older than what the
 * head holds. Family metadata (type, help, unit) is stored too.
 *
 * All or nothing: a parse error (ExpositionError, with its line), a missing
 * timestamp, or a conflicting sample (AppendError) leaves the head as it was.
 */
export function backfillOpenMetrics(head: Head, text: string): BackfillResult {
  const families = parseOpenMetrics(text);
  type Entry = { labels: Labels; ts: number[]; vs: number[] };
  const bySeries = new Map<string, Entry>();
  let entry: Entry | undefined;
  for (const f of families) {
    for (const s of f.samples) {
      if (s.timestampMs === undefined) {
        throw new Error(`expected timestamp for series ${formatLabels(s.labels)}, got none: backfill needs a timestamp on every sample`);
      }
      // Files usually list a series' samples together: skip the key lookup then.
      if (entry === undefined || !labelsEqual(entry.labels, s.labels)) {
        const key = labelsKey(s.labels);
        entry = bySeries.get(key);
        if (entry === undefined) bySeries.set(key, (entry = { labels: s.labels, ts: [], vs: [] }));
      }
      entry.ts.push(s.timestampMs);
      entry.vs.push(s.value);
    }
  }
  const batch: SeriesSamples[] = [];
  let samples = 0;
  let minTime = Infinity;
  let maxTime = -Infinity;
  for (const e of bySeries.values()) {
    const sorted = sortByTime(e.labels, e.ts, e.vs);
    batch.push(sorted);
    samples += sorted.ts.length;
    minTime = Math.min(minTime, sorted.ts[0]!);
    maxTime = Math.max(maxTime, sorted.ts[sorted.ts.length - 1]!);
  }
  try {
    mergeSeries(head, batch);
  } catch (e) {
    if (e instanceof AppendError) throw new AppendError(e.kind, `backfill: ${e.message}`);
    throw e;
  }
  const app = head.appender();
  for (const f of families) app.setMetadata(f.name, { type: f.type, help: f.help, unit: f.unit });
  return { samples, series: batch.length, minTime, maxTime };
}

/**
 * sortByTime orders one series' samples by timestamp (stably) and folds
 * repeats: the same timestamp twice with the same value is one sample, with
 * another value a duplicate-sample error naming the series.
 */
function sortByTime(labels: Labels, ts: number[], vs: number[]): SeriesSamples {
  const order = ts.map((_, i) => i);
  let sorted = true;
  for (let i = 1; i < ts.length && sorted; i++) if (ts[i]! <= ts[i - 1]!) sorted = false;
  if (sorted) return { labels, ts, vs };
  order.sort((a, b) => ts[a]! - ts[b]! || a - b);
  const outT: number[] = [];
  const outV: number[] = [];
  for (const i of order) {
    const t = ts[i]!;
    const v = vs[i]!;
    const last = outT.length - 1;
    if (last >= 0 && outT[last] === t) {
      if (Object.is(outV[last], v) || (Number.isNaN(v) && Number.isNaN(outV[last]))) continue;
      throw new AppendError('duplicate', `backfill: duplicate sample for timestamp ${t} in series ${formatLabels(labels)}`);
    }
    outT.push(t);
    outV.push(v);
  }
  return { labels, ts: outT, vs: outV };
}
