import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import type { QueryResult } from '../types';
import { every, labelsOf, memQueryable, type MemSeries } from './testing';

/** Behaviour checks written as PromQL, run through the real parser. */
const M = 60_000;
const data: MemSeries[] = [
  { labels: { __name__: 'x', job: 'a' }, samples: every(M, 31, 0, 1) },
  { labels: { __name__: 'x', job: 'b' }, samples: every(M, 31, 0, 10) },
  { labels: { __name__: 'y', job: 'a' }, samples: every(M, 31, 5, 0) },
  { labels: { __name__: 'target_info', job: 'a', instance: 'i', version: '1.2' }, samples: every(M, 31, 1, 0) },
  { labels: { __name__: 'requests_total', job: 'a', instance: 'i' }, samples: every(M, 31, 0, 6) },
];
const q = memQueryable(data);
const engine = createEngine({ enableExperimental: true });

function samples(r: QueryResult): [Record<string, string>, number][] {
  if (r.value.type !== 'vector') throw new Error(`expected a vector, got ${r.value.type}`);
  return r.value.samples.map((s) => [labelsOf(s.labels), s.v]);
}

const instant = (expr: string, tMs: number) => engine.instantQuery(q, expr, tMs);

describe('subqueries', () => {
  it('align inner steps to absolute multiples of the step', async () => {
    // Window (10m30s - 5m, 10m30s] holds the 1m-aligned steps 6m..10m: five points.
    expect(samples(await instant('count_over_time(x{job="a"}[5m:1m])', 10.5 * M))).toEqual([[{ job: 'a' }, 5]]);
  });

  it('apply offset and @ to the whole subquery', async () => {
    expect(samples(await instant('last_over_time(x{job="a"}[5m:1m] offset 3m)', 10 * M))).toEqual([[{ __name__: 'x', job: 'a' }, 7]]);
    expect(samples(await instant('last_over_time(x{job="a"}[5m:1m] @ 120)', 10 * M))).toEqual([[{ __name__: 'x', job: 'a' }, 2]]);
  });

  it('nest', async () => {
    expect(samples(await instant('max_over_time(max_over_time(x{job="a"}[2m:1m])[5m:1m])', 10 * M))).toEqual([[{ job: 'a' }, 10]]);
  });
});

describe('vector matching extras', () => {
  it('fills a missing side with fill_right', async () => {
    expect(samples(await instant('x + on(job) fill_right(100) y', 10 * M))).toEqual([
      [{ job: 'a' }, 15],
      [{ job: 'b' }, 200],
    ]);
  });

  it('copies group_left labels from the one side', async () => {
    const r = await instant('requests_total * on(job, instance) group_left(version) target_info', 10 * M);
    expect(samples(r)).toEqual([[{ instance: 'i', job: 'a', version: '1.2' }, 60]]);
  });
});

describe('info()', () => {
  it('adds the data labels of target_info', async () => {
    expect(samples(await instant('info(requests_total)', 10 * M))).toEqual([
      [{ __name__: 'requests_total', instance: 'i', job: 'a', version: '1.2' }, 60],
    ]);
  });
});

describe('limit_ratio', () => {
  it('splits series between complementary ratios', async () => {
    const keep = samples(await instant('limit_ratio(0.5, x)', 10 * M)).map(([l]) => l['job']);
    const rest = samples(await instant('limit_ratio(-0.5, x)', 10 * M)).map(([l]) => l['job']);
    expect([...keep, ...rest].sort()).toEqual(['a', 'b']);
  });
});

describe('range queries', () => {
  it('warn that sort is ineffective', async () => {
    const r = await engine.rangeQuery(q, 'sort(x)', 0, 2 * M, M);
    expect(r.annotations.map((a) => a.message)).toEqual(['sort is ineffective for range queries since results are always ordered by labels']);
  });

  it('evaluate step-invariant subtrees once and repeat them', async () => {
    const r = await engine.rangeQuery(q, 'sum(x @ 300)', 0, 2 * M, M);
    expect(r.value.type === 'matrix' && r.value.series[0]?.floats.map((p) => p.v)).toEqual([55, 55, 55]);
  });
});
