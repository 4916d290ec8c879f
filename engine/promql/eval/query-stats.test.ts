import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { every, memQueryable } from './testing';

/**
 * Query statistics are counted as upstream counts them: the float cases and
 * numbers of Prometheus's TestQueryStatistics (total samples touched and the
 * peak of samples held at once).
 */
const q = memQueryable([
  { labels: { __name__: 'metricWith1SampleEvery10Seconds' }, samples: every(10_000, 101, 1, 1) },
  { labels: { __name__: 'metricWith3SampleEvery10Seconds', a: '1', b: '1' }, samples: every(10_000, 101, 1, 1) },
  { labels: { __name__: 'metricWith3SampleEvery10Seconds', a: '2', b: '2' }, samples: every(10_000, 101, 1, 1) },
  { labels: { __name__: 'metricWith3SampleEvery10Seconds', a: '3', b: '2' }, samples: every(10_000, 101, 1, 1) },
]);

interface Case {
  readonly query: string;
  readonly total: number;
  readonly peak: number;
  readonly startMs: number;
  readonly endMs?: number;
  readonly stepMs?: number;
}

const CASES: readonly Case[] = [
  { query: '1', total: 0, peak: 1, startMs: 21000 },
  { query: 'metricWith1SampleEvery10Seconds', total: 1, peak: 1, startMs: 21000 },
  { query: 'metricWith1SampleEvery10Seconds', total: 1, peak: 1, startMs: 22000 },
  { query: 'metricWith1SampleEvery10Seconds offset 10s', total: 1, peak: 1, startMs: 21000 },
  { query: 'metricWith1SampleEvery10Seconds @ 15', total: 1, peak: 1, startMs: 21000 },
  { query: 'metricWith3SampleEvery10Seconds{a="1"}', total: 1, peak: 1, startMs: 21000 },
  { query: 'metricWith3SampleEvery10Seconds{a="1"} @ 19', total: 1, peak: 1, startMs: 21000 },
  { query: 'metricWith3SampleEvery10Seconds{a="1"}[20s] @ 19', total: 2, peak: 2, startMs: 21000 },
  { query: 'metricWith3SampleEvery10Seconds', total: 3, peak: 3, startMs: 21000 },
  { query: 'metricWith1SampleEvery10Seconds[60s]', total: 6, peak: 6, startMs: 201000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[60s])[20s:5s]', total: 24, peak: 10, startMs: 201000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[61s])[20s:5s]', total: 26, peak: 11, startMs: 201000 },
  { query: 'metricWith1SampleEvery10Seconds[60s] @ 30', total: 4, peak: 4, startMs: 201000 },
  { query: 'sum(max_over_time(metricWith3SampleEvery10Seconds[60s] @ 30))', total: 12, peak: 7, startMs: 201000 },
  { query: 'sum by (b) (max_over_time(metricWith3SampleEvery10Seconds[60s] @ 30))', total: 12, peak: 7, startMs: 201000 },
  { query: 'metricWith1SampleEvery10Seconds[60s] offset 10s', total: 6, peak: 6, startMs: 201000 },
  { query: 'metricWith3SampleEvery10Seconds[60s]', total: 18, peak: 18, startMs: 201000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[60s])', total: 6, peak: 7, startMs: 201000 },
  { query: 'absent_over_time(metricWith1SampleEvery10Seconds[60s])', total: 6, peak: 7, startMs: 201000 },
  { query: 'max_over_time(metricWith3SampleEvery10Seconds[60s])', total: 18, peak: 9, startMs: 201000 },
  { query: 'metricWith1SampleEvery10Seconds[60s:5s]', total: 12, peak: 12, startMs: 201000 },
  { query: 'metricWith1SampleEvery10Seconds[60s:5s] offset 10s', total: 12, peak: 12, startMs: 201000 },
  { query: 'max_over_time(metricWith3SampleEvery10Seconds[60s:5s])', total: 36, peak: 51, startMs: 201000 },
  { query: 'sum(max_over_time(metricWith3SampleEvery10Seconds[60s:5s])) + sum(max_over_time(metricWith3SampleEvery10Seconds[60s:5s]))', total: 72, peak: 52, startMs: 201000 },
  { query: 'metricWith3SampleEvery10Seconds{a="1"}', total: 4, peak: 4, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'metricWith3SampleEvery10Seconds{a="1"}', total: 4, peak: 4, startMs: 204000, endMs: 223000, stepMs: 5000 },
  { query: 'max_over_time(metricWith3SampleEvery10Seconds{a="1"}[10s])', total: 2, peak: 2, startMs: 991000, endMs: 1021000, stepMs: 10000 },
  { query: 'metricWith3SampleEvery10Seconds{a="1"} offset 10s', total: 4, peak: 4, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'max_over_time(metricWith3SampleEvery10Seconds[60s] @ 30)', total: 48, peak: 12, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'metricWith3SampleEvery10Seconds', total: 12, peak: 12, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'max_over_time(metricWith3SampleEvery10Seconds[60s])', total: 72, peak: 18, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'max_over_time(metricWith3SampleEvery10Seconds[60s:5s])', total: 144, peak: 69, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[60s:5s])', total: 48, peak: 31, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'sum by (b) (max_over_time(metricWith1SampleEvery10Seconds[60s:5s]))', total: 48, peak: 31, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'sum(max_over_time(metricWith3SampleEvery10Seconds[60s:5s])) + sum(max_over_time(metricWith3SampleEvery10Seconds[60s:5s]))', total: 288, peak: 73, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'sum(max_over_time(metricWith3SampleEvery10Seconds[60s:5s])) + sum(max_over_time(metricWith1SampleEvery10Seconds[60s:5s]))', total: 192, peak: 69, startMs: 201000, endMs: 220000, stepMs: 5000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[20s:10s])', total: 2, peak: 5, startMs: 201000 },
  { query: 'sum_over_time(metricWith1SampleEvery10Seconds[30s:30s])', total: 1, peak: 3, startMs: 90000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[30s:2m])', total: 1, peak: 3, startMs: 240000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[30s:10s])', total: 6, peak: 11, startMs: 201000, endMs: 231000, stepMs: 30000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[20s:10s])', total: 14, peak: 17, startMs: 201000, endMs: 261000, stepMs: 10000 },
  { query: 'max_over_time(metricWith1SampleEvery10Seconds[30s:10s])', total: 6, peak: 14, startMs: 201000, endMs: 261000, stepMs: 60000 },
  { query: 'max_over_time(metricWith3SampleEvery10Seconds[60s:10s])', total: 126, peak: 99, startMs: 200000, endMs: 400000, stepMs: 30000 },
  { query: 'predict_linear(metricWith1SampleEvery10Seconds[60s] @ 100, 60)', total: 18, peak: 12, startMs: 100000, endMs: 300000, stepMs: 100000 },
  { query: 'sum_over_time(metricWith3SampleEvery10Seconds[20s:10s] @ 200)', total: 6, peak: 11, startMs: 250000 },
  { query: 'sum_over_time(metricWith1SampleEvery10Seconds[20s:10s] offset 1m)', total: 2, peak: 5, startMs: 240000 },
  { query: 'sum_over_time(metricWith3SampleEvery10Seconds[1m:10s] @ 200 offset 1m)', total: 18, peak: 27, startMs: 300000 },
  { query: 'sum_over_time(max_over_time(metricWith3SampleEvery10Seconds[60s] @ 300)[5m:1m] @ 600)[10m:2m]', total: 75, peak: 23, startMs: 800000 },
  { query: 'rate(sum_over_time(metricWith1SampleEvery10Seconds[30s])[1m:30s])', total: 2, peak: 5, startMs: 240000 },
];

describe('query statistics', () => {
  const engine = createEngine();
  for (const c of CASES) {
    const kind = c.stepMs === undefined ? `instant at ${c.startMs}` : `range ${c.startMs}..${c.endMs} step ${c.stepMs}`;
    it(`counts ${c.total} touched and a peak of ${c.peak} for ${c.query} (${kind})`, async () => {
      const r = c.stepMs === undefined ? await engine.instantQuery(q, c.query, c.startMs) : await engine.rangeQuery(q, c.query, c.startMs, c.endMs!, c.stepMs);
      expect({ total: r.stats.totalQueryableSamples, peak: r.stats.peakSamples }).toEqual({ total: c.total, peak: c.peak });
    });
  }
});
