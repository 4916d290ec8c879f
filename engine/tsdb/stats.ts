import { METRIC_NAME } from '../model/labels';
import type { HeadReader } from './querier';
import type { StatEntry, TsdbStats } from './types';
import { utf8Length } from '../util/utf8';

/**
 * computeStats builds the TSDB status numbers from the postings index, as
 * Prometheus does: series per metric name, distinct values per label name,
 * series per label pair, and "memory" per label name counted as the bytes of
 * each value times the series using it. Lists are sorted by value
 * descending (name ascending on ties) and cut to `limit`.
 */
export function computeStats(head: HeadReader, limit: number): TsdbStats {
  const byMetric: StatEntry[] = [];
  const valueCounts: StatEntry[] = [];
  const memory: StatEntry[] = [];
  const pairs: StatEntry[] = [];
  for (const [name, values] of head.index.entries()) {
    valueCounts.push({ name, value: values.size });
    let bytes = 0;
    for (const [value, postings] of values) {
      pairs.push({ name: `${name}=${value}`, value: postings.length });
      bytes += utf8Length(value) * postings.length;
      if (name === METRIC_NAME) byMetric.push({ name: value, value: postings.length });
    }
    memory.push({ name, value: bytes });
  }
  let numSeries = 0;
  let chunkCount = 0;
  let numSamples = 0;
  let chunkBytes = 0;
  for (const s of head.allSeries()) {
    numSeries++;
    chunkCount += s.chunks.length;
    for (const c of s.chunks) {
      numSamples += c.count;
      chunkBytes += c.byteLength + (c.startTimes?.byteLength ?? 0);
    }
  }
  return {
    headStats: { numSeries, numLabelPairs: pairs.length, chunkCount, minTime: head.minTime, maxTime: head.maxTime },
    seriesCountByMetricName: top(byMetric, limit),
    labelValueCountByLabelName: top(valueCounts, limit),
    memoryInBytesByLabelName: top(memory, limit),
    seriesCountByLabelValuePair: top(pairs, limit),
    numSamples,
    bytesPerSample: numSamples === 0 ? 0 : chunkBytes / numSamples,
    chunkBytes,
  };
}

function top(entries: StatEntry[], limit: number): StatEntry[] {
  entries.sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.slice(0, Math.max(0, limit));
}

