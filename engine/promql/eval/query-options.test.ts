import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { QueryError } from '../errors';
import type { TraceNode } from '../types';
import { every, labelsOf, memQueryable, type MemSeries } from './testing';

const M = 60_000;
const data: MemSeries[] = [
  { labels: { __name__: 'http_requests_total', job: 'a' }, samples: every(15_000, 41, 0, 15) },
  { labels: { __name__: 'http_requests_total', job: 'b' }, samples: every(15_000, 41, 0, 30) },
  { labels: { __name__: 'up', job: 'a' }, samples: every(15_000, 41, 1, 0) },
];
const q = memQueryable(data);

async function rejection(p: Promise<unknown>): Promise<QueryError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error('expected the query to fail');
}

describe('query options', () => {
  it('cancels through an aborted signal', async () => {
    const err = await rejection(createEngine().instantQuery(q, 'up', M, { signal: { aborted: true } }));
    expect(err.type).toBe('canceled');
    expect(err.message).toBe('query was canceled in query execution');
  });

  it('yields during long evaluations so that an abort from a timer is seen', async () => {
    const many: MemSeries[] = Array.from({ length: 200 }, (_, i) => ({
      labels: { __name__: 'c_total', i: String(i) },
      samples: every(15_000, 2000, 0, i),
    }));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 5);
    const err = await rejection(createEngine().rangeQuery(memQueryable(many), 'sum(rate(c_total[5m]))', 0, 2000 * 15_000, 1000, { signal: ac.signal }));
    expect(err.type).toBe('canceled');
  });

  it('times out', async () => {
    const err = await rejection(createEngine().rangeQuery(q, 'sum(rate(http_requests_total[5m]))', 0, 10 * M, 1000, { timeoutMs: -1 }));
    expect(err.type).toBe('timeout');
    expect(err.message).toBe('query timed out in query execution');
  });

  it('uses a per-query lookback delta', async () => {
    const r = await createEngine().instantQuery(q, 'up', 10 * M + 30_000, { lookbackDeltaMs: 10_000 });
    expect(r.value.type === 'vector' && r.value.samples.length).toBe(0);
  });

  it('reports sample statistics', async () => {
    const r = await createEngine().rangeQuery(q, 'up', 0, 10 * M, M);
    expect(r.stats.peakSamples).toBe(11);
    expect(r.stats.totalQueryableSamples).toBe(11);
  });
});

describe('trace', () => {
  it('records one node per AST node with node-specific detail', async () => {
    const r = await createEngine().instantQuery(q, 'sum by (job) (rate(http_requests_total[1m])) / on(job) up', 10 * M, { trace: true });
    const root = r.trace!;
    expect(root.expr.kind).toBe('BinaryExpr');
    expect(root.seriesOut).toBe(2 - 1);
    expect(root.detail).toMatchObject({ kind: 'binary', lhs: { series: 2, matched: 1, unmatched: 1 }, rhs: { series: 1, matched: 1 } });
    const kinds = (n: TraceNode): string[] => [n.expr.kind, ...n.children.flatMap(kinds)];
    expect(kinds(root)).toEqual(['BinaryExpr', 'AggregateExpr', 'Call', 'MatrixSelector', 'VectorSelector']);
    const sel = root.children[0]!.children[0]!.children[0]!;
    expect(sel.samplesRead).toBeGreaterThan(0);
    expect(sel.detail).toMatchObject({ kind: 'range', rangeMs: M });
    expect(root.text).toBe('sum by (job) (rate(http_requests_total[1m])) / on (job) up');
  });

  it('is absent unless asked for', async () => {
    expect((await createEngine().instantQuery(q, 'up', M)).trace).toBeUndefined();
  });
});

describe('delayed name removal', () => {
  it('keeps the name until the end so label functions can still read it', async () => {
    const engine = createEngine({ delayedNameRemoval: true });
    const r = await engine.instantQuery(q, 'label_replace(rate(http_requests_total{job="a"}[5m]), "n", "$1", "__name__", "(.+)")', 10 * M);
    if (r.value.type !== 'vector') throw new Error('expected vector');
    expect(r.value.samples.map((s) => labelsOf(s.labels))).toEqual([{ job: 'a', n: 'http_requests_total' }]);
  });

  it('fails when names collide once dropped', async () => {
    const engine = createEngine({ delayedNameRemoval: true });
    const err = await rejection(engine.instantQuery(q, 'sum by (__name__) (rate({job="a"}[5m]))', 10 * M));
    expect(err.message).toBe('vector cannot contain metrics with the same labelset');
  });
});

describe('range query validation', () => {
  it('rejects range vectors', async () => {
    const err = await rejection(createEngine().rangeQuery(q, 'up[5m]', 0, M, 1000));
    expect(err.type).toBe('bad_data');
    expect(err.message).toBe('invalid expression type "range vector" for range query, must be Scalar or instant Vector');
  });
});
