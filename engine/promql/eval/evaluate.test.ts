import { describe, expect, it } from 'vitest';
import type { Expr } from '../ast';
import type { QueryResult } from '../types';
import type { Matrix, Vector } from '../values';
import { DEFAULT_FUNCTIONS } from './registry';
import { runQuery, type ResolvedOptions } from './run';
import { agg, bin, call, every, labelsOf, memQueryable, num, range, sel, STALE, subquery, type MemSeries } from './testing';

const OPTS: ResolvedOptions = {
  lookbackDeltaMs: 300_000,
  maxSamples: 50_000_000,
  timeoutMs: 120_000,
  defaultSubqueryStepMs: 60_000,
  delayedNameRemoval: false,
};

function run(data: MemSeries[], expr: Expr, startMs: number, endMs = startMs, stepMs = 0, opts: Partial<ResolvedOptions> = {}): Promise<QueryResult> {
  return runQuery({
    queryable: memQueryable(data),
    expr,
    startMs,
    endMs,
    stepMs,
    options: { ...OPTS, ...opts },
    queryOptions: {},
    functions: DEFAULT_FUNCTIONS,
    format: (e) => e.kind,
  });
}

function vec(r: QueryResult): { labels: Record<string, string>; v: number }[] {
  if (r.value.type !== 'vector') throw new Error(`expected vector, got ${r.value.type}`);
  return (r.value.samples as Vector).map((s) => ({ labels: labelsOf(s.labels), v: s.v }));
}

function mat(r: QueryResult): { labels: Record<string, string>; points: [number, number][] }[] {
  if (r.value.type !== 'matrix') throw new Error(`expected matrix, got ${r.value.type}`);
  return (r.value.series as Matrix).map((s) => ({ labels: labelsOf(s.labels), points: s.floats.map((p) => [p.t, p.v]) }));
}

const M = 60_000;
const reqs: MemSeries[] = [
  { labels: { __name__: 'reqs_total', job: 'a' }, samples: every(30_000, 11, 0, 10) },
  { labels: { __name__: 'reqs_total', job: 'b' }, samples: [[0, 5], [60_000, 15], [90_000, STALE]] },
];

describe('vector selectors', () => {
  it('takes the newest sample within the lookback window', async () => {
    expect(vec(await run(reqs, sel('reqs_total'), M))).toEqual([
      { labels: { __name__: 'reqs_total', job: 'a' }, v: 20 },
      { labels: { __name__: 'reqs_total', job: 'b' }, v: 15 },
    ]);
  });

  it('ends a series at a staleness marker', async () => {
    expect(vec(await run(reqs, sel('reqs_total'), 2 * M))).toEqual([{ labels: { __name__: 'reqs_total', job: 'a' }, v: 40 }]);
  });

  it('applies offsets, negative ones too', async () => {
    expect(vec(await run(reqs, sel('reqs_total', { job: 'a' }, { offsetMs: M }), 2 * M))[0]?.v).toBe(20);
    expect(vec(await run(reqs, sel('reqs_total', { job: 'a' }, { offsetMs: -M }), M))[0]?.v).toBe(40);
  });

  it('pins the evaluation time with @ in range queries', async () => {
    const r = await run(reqs, sel('reqs_total', { job: 'a' }, { at: { kind: 'time', ms: M } }), 0, 2 * M, M);
    expect(mat(r)).toEqual([{ labels: { __name__: 'reqs_total', job: 'a' }, points: [[0, 20], [M, 20], [2 * M, 20]] }]);
  });

  it('returns range vectors for instant queries with left-open windows', async () => {
    const r = await run(reqs, range(sel('reqs_total', { job: 'a' }), M), M);
    expect(mat(r)).toEqual([{ labels: { __name__: 'reqs_total', job: 'a' }, points: [[30_000, 10], [M, 20]] }]);
  });
});

describe('range queries', () => {
  it('returns a matrix with gaps where a series has no value', async () => {
    const r = await run(reqs, sel('reqs_total', { job: 'b' }), 0, 2 * M, M);
    expect(mat(r)).toEqual([{ labels: { __name__: 'reqs_total', job: 'b' }, points: [[0, 5], [M, 15]] }]);
  });

  it('turns a scalar into one series without labels', async () => {
    const r = await run([], call('time'), 0, 2 * M, M);
    expect(mat(r)).toEqual([{ labels: {}, points: [[0, 0], [M, 60], [2 * M, 120]] }]);
  });
});

describe('binary operators', () => {
  const data: MemSeries[] = [
    { labels: { __name__: 'a', x: '1' }, samples: [[0, 1]] },
    { labels: { __name__: 'a', x: '2' }, samples: [[0, 2]] },
    { labels: { __name__: 'b', x: '1' }, samples: [[0, 10]] },
    { labels: { __name__: 'c', x: '1', y: 'p' }, samples: [[0, 100]] },
    { labels: { __name__: 'c', x: '1', y: 'q' }, samples: [[0, 200]] },
  ];

  it('matches one-to-one and drops the metric name', async () => {
    expect(vec(await run(data, bin('+', sel('a'), sel('b')), 0))).toEqual([{ labels: { x: '1' }, v: 11 }]);
  });

  it('filters with comparisons and keeps the name', async () => {
    expect(vec(await run(data, bin('>', sel('a'), num(1)), 0))).toEqual([{ labels: { __name__: 'a', x: '2' }, v: 2 }]);
    expect(vec(await run(data, bin('>', num(1), sel('a')), 0))).toEqual([]);
  });

  it('returns 0/1 with bool', async () => {
    expect(vec(await run(data, bin('>', sel('a'), num(1), { bool: true }), 0))).toEqual([
      { labels: { x: '1' }, v: 0 },
      { labels: { x: '2' }, v: 1 },
    ]);
  });

  it('matches many-to-one with group_left', async () => {
    const e = bin('*', sel('c'), sel('b'), { matching: { card: 'many-to-one', on: true, labels: ['x'], explicit: true } });
    expect(vec(await run(data, e, 0))).toEqual([
      { labels: { x: '1', y: 'p' }, v: 1000 },
      { labels: { x: '1', y: 'q' }, v: 2000 },
    ]);
  });

  it('rejects many-to-many matching with upstream wording', async () => {
    const e = bin('*', sel('b'), sel('c'), { matching: { on: true, labels: ['x'], explicit: true } });
    await expect(run(data, e, 0)).rejects.toThrow(
      'found duplicate series for the match group {x="1"} on the right hand-side of the operation: [{__name__="c", x="1", y="p"}, {__name__="c", x="1", y="q"}];many-to-many matching not allowed: matching labels must be unique on one side',
    );
  });

  it('implements and/or/unless per match group', async () => {
    expect(vec(await run(data, bin('and', sel('a'), sel('b')), 0)).map((s) => s.labels)).toEqual([{ __name__: 'a', x: '1' }]);
    expect(vec(await run(data, bin('unless', sel('a'), sel('b')), 0)).map((s) => s.labels)).toEqual([{ __name__: 'a', x: '2' }]);
    expect(vec(await run(data, bin('or', sel('b'), sel('a')), 0)).map((s) => s.labels)).toEqual([
      { __name__: 'b', x: '1' },
      { __name__: 'a', x: '2' },
    ]);
  });

  it('follows Go math for % and ^', async () => {
    const scalar = async (e: Expr) => {
      const r = await run([], e, 0);
      return r.value.type === 'scalar' ? r.value.v : undefined;
    };
    expect(await scalar(bin('%', num(-7), num(3)))).toBe(-1);
    expect(await scalar(bin('^', num(1), num(NaN)))).toBe(1);
    expect(await scalar(bin('^', num(-1), num(Infinity)))).toBe(1);
  });
});

describe('aggregations', () => {
  const data: MemSeries[] = [
    { labels: { __name__: 'm', g: 'x', i: '1' }, samples: [[0, 1e16]] },
    { labels: { __name__: 'm', g: 'x', i: '2' }, samples: [[0, 1]] },
    { labels: { __name__: 'm', g: 'x', i: '3' }, samples: [[0, -1e16]] },
    { labels: { __name__: 'm', g: 'y', i: '4' }, samples: [[0, NaN]] },
    { labels: { __name__: 'm', g: 'y', i: '5' }, samples: [[0, 5]] },
  ];

  it('sums with compensation where naive summation loses small terms', async () => {
    expect(vec(await run(data, agg('sum', sel('m'), { by: ['g'] }), 0))[0]).toEqual({ labels: { g: 'x' }, v: 1 });
  });

  it('prefers non-NaN values in min and max', async () => {
    expect(vec(await run(data, agg('max', sel('m'), { by: ['g'] }), 0))[1]).toEqual({ labels: { g: 'y' }, v: 5 });
  });

  it('orders topk descending within each group', async () => {
    const r = vec(await run(data, agg('topk', sel('m'), { by: ['g'], param: num(2) }), 0));
    expect(r.map((s) => s.labels['i'])).toEqual(['1', '2', '5', '4']);
  });

  it('warns about quantiles outside [0, 1]', async () => {
    const r = await run(data, agg('quantile', sel('m'), { param: num(2) }), 0);
    expect(vec(r)).toEqual([{ labels: {}, v: Infinity }]);
    expect(r.annotations.map((a) => a.message)).toEqual(['quantile value should be between 0 and 1, got 2']);
  });

  it('fails topk with a NaN parameter', async () => {
    await expect(run(data, agg('topk', sel('m'), { param: num(NaN) }), 0)).rejects.toThrow('Parameter value is NaN');
  });

  it('counts values into a label', async () => {
    const r = vec(await run(data, agg('count_values', sel('m', { g: 'x' }), { param: { kind: 'StringLiteral', value: 'v', pos: { start: 0, end: 0 } } }), 0));
    expect(r.map((s) => s.labels['v'])).toEqual(['10000000000000000', '1', '-10000000000000000']);
  });
});

describe('functions and subqueries', () => {
  it('computes rate over a window and notes non-counter names', async () => {
    const data: MemSeries[] = [{ labels: { __name__: 'up' }, samples: every(15_000, 41, 0, 15) }];
    const r = await run(data, call('rate', range(sel('up'), 5 * M)), 10 * M);
    expect(vec(r)[0]?.v).toBeCloseTo(1, 12);
    expect(r.annotations[0]?.message).toBe('metric might not be a counter, name does not end in _total/_sum/_count/_bucket: "up"');
  });

  it('evaluates subqueries at absolute step multiples', async () => {
    const data: MemSeries[] = [{ labels: { __name__: 'x' }, samples: every(M, 11, 0, 1) }];
    const r = await run(data, call('count_over_time', subquery(sel('x'), 5 * M, M)), 5.5 * M);
    expect(vec(r)).toEqual([{ labels: {}, v: 5 }]);
  });

  it('returns the selected sample timestamp from timestamp()', async () => {
    expect(vec(await run(reqs, call('timestamp', sel('reqs_total', { job: 'b' })), 80_000))).toEqual([{ labels: { job: 'b' }, v: 60 }]);
  });

  it('returns the selected sample start timestamp from start_timestamp()', async () => {
    const data: MemSeries[] = [{ labels: { __name__: 'c' }, samples: [[10_000, 1], [20_000, 2]], starts: [9_000, 0] }];
    const r = await run(data, call('start_timestamp', sel('c')), 10_000, 20_000, 5_000);
    expect(mat(r)).toEqual([{ labels: {}, points: [[10_000, 9], [15_000, 9], [20_000, 0]] }]);
  });

  it('labels absent_over_time from equality matchers', async () => {
    expect(vec(await run(reqs, call('absent_over_time', range(sel('nope', { job: 'z' }), M)), M))).toEqual([{ labels: { job: 'z' }, v: 1 }]);
  });
});

describe('limits', () => {
  it('fails when a query holds too many samples', async () => {
    await expect(run(reqs, sel('reqs_total'), 0, 10 * M, 1000, { maxSamples: 100 })).rejects.toThrow(
      'query processing would load too many samples into memory in query execution',
    );
  });
});
