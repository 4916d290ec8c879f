import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { every, memQueryable } from './testing';

/**
 * Peak samples are counted as upstream counts them (the cases and numbers of
 * Prometheus's TestMaxQuerySamples): a query whose peak equals the limit
 * passes, one below the limit fails.
 */
const q = memQueryable([
  { labels: { __name__: 'metric' }, samples: every(10_000, 101, 1, 1) },
  { labels: { __name__: 'bigmetric', a: '1' }, samples: every(10_000, 101, 1, 1) },
  { labels: { __name__: 'bigmetric', a: '2' }, samples: every(10_000, 101, 1, 1) },
]);

interface Case {
  readonly query: string;
  readonly peak: number;
  readonly startMs: number;
  readonly endMs?: number;
  readonly stepMs?: number;
}

const CASES: readonly Case[] = [
  { query: '1', peak: 1, startMs: 1000 },
  { query: 'metric', peak: 1, startMs: 1000 },
  { query: 'metric[20s]', peak: 2, startMs: 10_000 },
  { query: 'rate(metric[20s])', peak: 3, startMs: 10_000 },
  { query: 'metric[20s:5s]', peak: 3, startMs: 10_000 },
  { query: 'metric[20s] @ 10', peak: 2, startMs: 0 },
  { query: '1', peak: 3, startMs: 0, endMs: 2000, stepMs: 1000 },
  { query: 'metric', peak: 3, startMs: 0, endMs: 10_000, stepMs: 5000 },
  { query: 'rate(bigmetric[1s])', peak: 1, startMs: 0, endMs: 10_000, stepMs: 5000 },
  { query: 'metric @ 10', peak: 3, startMs: 0, endMs: 10_000, stepMs: 5000 },
  { query: 'rate(bigmetric[10s:1s] @ 10)', peak: 32, startMs: 0, endMs: 10_000, stepMs: 5000 },
  { query: 'rate(bigmetric[10s:1s] @ 10) + rate(bigmetric[10s:1s] @ 30)', peak: 34, startMs: 0, endMs: 10_000, stepMs: 5000 },
  { query: 'rate(bigmetric[10s:1s]) + rate(bigmetric[10s:1s] @ 30)', peak: 56, startMs: 10_000, endMs: 20_000, stepMs: 5000 },
  { query: 'rate(rate(bigmetric[10s:1s] @ 10)[100s:25s] @ 1000)[100s:20s] @ 2000', peak: 32, startMs: 10_000 },
  { query: 'rate(rate(bigmetric[10s:1s] @ 10)[100s:25s] @ 1000)[17s:1s] @ 2000', peak: 34, startMs: 10_000 },
];

function run(c: Case, maxSamples: number) {
  const engine = createEngine({ maxSamples });
  return c.stepMs === undefined ? engine.instantQuery(q, c.query, c.startMs) : engine.rangeQuery(q, c.query, c.startMs, c.endMs!, c.stepMs);
}

describe('sample limits', () => {
  for (const c of CASES) {
    it(`counts a peak of ${c.peak} samples for ${c.query}`, async () => {
      expect((await run(c, c.peak)).stats.peakSamples).toBe(c.peak);
      await expect(run(c, c.peak - 1)).rejects.toThrow('query processing would load too many samples into memory in query execution');
    });
  }
});
