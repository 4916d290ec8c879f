import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { MatchingError, QueryError } from '../errors';
import type { TraceNode } from '../types';
import type { ExtrapolationTrace } from './trace-detail';
import { labelsOf, memQueryable, type MemSeries } from './testing';

const S = 1000;
const M = 60 * S;
// A counter scraped every 15s that resets once (100 → 10) inside the last 5 minutes.
const counter: [number, number][] = Array.from({ length: 21 }, (_, i) => [i * 15 * S + 5 * S, i < 12 ? i * 10 : (i - 12) * 10 + 10]);
const data: MemSeries[] = [
  { labels: { __name__: 'reqs_total', job: 'a', code: '200' }, samples: counter },
  { labels: { __name__: 'reqs_total', job: 'a', code: '500' }, samples: counter.map(([t, v]) => [t, v * 2]) },
  { labels: { __name__: 'up', job: 'a', instance: 'x' }, samples: counter.map(([t]) => [t, 1]) },
  { labels: { __name__: 'up', job: 'a', instance: 'y' }, samples: counter.map(([t]) => [t, 1]) },
];
const q = memQueryable(data);
const at = 5 * M;

function find(n: TraceNode, kind: string): TraceNode | undefined {
  if (n.expr.kind === kind) return n;
  for (const c of n.children) {
    const f = find(c, kind);
    if (f !== undefined) return f;
  }
  return undefined;
}

async function failure(p: Promise<unknown>): Promise<QueryError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error('expected the query to fail');
}

describe('extrapolation trace of rate/increase/delta', () => {
  it('records the arithmetic the function used, ending in the value it returned', async () => {
    const r = await createEngine().instantQuery(q, 'rate(reqs_total{code="200"}[5m])', at, { trace: true });
    if (r.value.type !== 'vector') throw new Error('expected a vector');
    const detail = find(r.trace!, 'Call')!.detail as ExtrapolationTrace;
    expect(detail.kind).toBe('extrapolation');
    expect(detail.func).toBe('rate');
    const [one] = detail.series;
    expect(labelsOf(one!.labels)).toMatchObject({ code: '200' });
    const a = one!.arithmetic;
    expect(a.rangeStartMs).toBe(at - 5 * M);
    expect(a.samples).toBe(20);
    expect(a.first).toEqual({ t: 5 * S, v: 0 });
    expect(a.last).toEqual({ t: 290 * S, v: 80 });
    expect(a.resets).toBe(1);
    expect(a.resetCorrection).toBe(110);
    expect(a.increase).toBe(a.last.v - a.first.v + a.resetCorrection);
    expect(a.sampledIntervalS).toBe(285);
    expect(a.averageIntervalS).toBe(15);
    // The counter started at 0 just 5s into the window: it is not extrapolated below zero.
    expect(a.startRule).toBe('zero');
    expect(a.extendStartS).toBe(0);
    expect(a.endRule).toBe('edge');
    expect(a.factor).toBeCloseTo((285 + a.extendStartS + a.extendEndS) / 285, 12);
    expect(a.perSecondOverS).toBe(300);
    expect(a.result).toBe(r.value.samples[0]!.v);
  });

  it('explains increase without the per-second division, and delta without reset correction', async () => {
    const inc = await createEngine().instantQuery(q, 'increase(reqs_total{code="200"}[5m])', at, { trace: true });
    const ai = (find(inc.trace!, 'Call')!.detail as ExtrapolationTrace).series[0]!.arithmetic;
    expect(ai.perSecondOverS).toBeUndefined();
    const del = await createEngine().instantQuery(q, 'delta(reqs_total{code="200"}[5m])', at, { trace: true });
    const ad = (find(del.trace!, 'Call')!.detail as ExtrapolationTrace).series[0]!.arithmetic;
    expect(ad.resets).toBe(0);
    expect(ad.increase).toBe(ad.last.v - ad.first.v);
  });

  it('leaves results unchanged', async () => {
    const plain = await createEngine().instantQuery(q, 'sum(rate(reqs_total[5m]))', at);
    const traced = await createEngine().instantQuery(q, 'sum(rate(reqs_total[5m]))', at, { trace: true });
    expect(traced.value).toEqual(plain.value);
  });
});

describe('matching errors', () => {
  it('name the duplicated series of the "one" side and the labels that tell them apart', async () => {
    const err = await failure(createEngine().instantQuery(q, 'reqs_total / on(job) up', at));
    expect(err).toBeInstanceOf(MatchingError);
    expect(err.message).toMatch(/^found duplicate series for the match group \{job="a"\} on the right hand-side/);
    const c = (err as MatchingError).conflict;
    expect(c.side).toBe('right');
    expect(c.series.map(labelsOf).map((l) => l.instance).sort()).toEqual(['x', 'y']);
    expect(c.differing).toEqual(['instance']);
    expect(labelsOf(c.group)).toEqual({ job: 'a' });
    expect(c.partner && labelsOf(c.partner).__name__).toBe('reqs_total');
  });

  it('name the left series that need group_left', async () => {
    const err = await failure(createEngine().instantQuery(q, 'reqs_total / on(job) sum by (job) (up)', at));
    expect(err.message).toBe('multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)');
    const c = (err as MatchingError).conflict;
    expect(c.side).toBe('left');
    expect(c.differing).toEqual(['code']);
    expect(c.partner).toBeDefined();
  });
});
