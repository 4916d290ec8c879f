import { describe, expect, it } from 'vitest';
import type { Expr, VectorSelector } from '../promql/ast';
import { QueryError } from '../promql/errors';
import type { PromQLEngine, QueryResult } from '../promql/types';
import type { Matrix, Value } from '../promql/values';
import type { Storage } from '../storage/interface';
import { runScript, type RunnerDeps } from './runner';

const M = [{ name: '__name__', value: 'm' }];
const stats = { totalQueryableSamples: 0, peakSamples: 0, evalTotalTimeMs: 0 };

/** fakeDeps answers every query with `m 1` (or what `answer` says) and records the calls. */
function fakeDeps(answer: (query: string, tMs: number) => Value | Error = () => ({ type: 'vector', samples: [{ labels: M, t: 0, v: 1 }] }), matrix?: (q: string) => Matrix) {
  const calls: string[] = [];
  const result = (v: Value | Error): QueryResult => {
    if (v instanceof Error) throw v;
    return { value: v, annotations: [], stats };
  };
  const engine: PromQLEngine = {
    instantQuery: async (_q, query, tMs) => {
      calls.push(`instant ${query} @${tMs}`);
      return result(answer(query, tMs));
    },
    rangeQuery: async (_q, query, startMs, endMs, stepMs) => {
      calls.push(`range ${query} ${startMs}..${endMs}`);
      const series: Matrix = matrix?.(query) ?? [{ labels: M, floats: [startMs, startMs + stepMs, endMs].map((t) => ({ t, v: 1 })) }];
      return result({ type: 'matrix', series });
    },
  };
  const storage: Storage = {
    appender: () => ({ append() {}, appendStale() {}, appendHistogram() {}, setMetadata() {} }),
    querier: () => {
      throw new Error('not used');
    },
  };
  // The fake parser understands `name` and `{__name__="name"}` only.
  const selector = (q: string): VectorSelector => {
    const name = /__name__="(\w+)"/.exec(q)?.[1] ?? q;
    return { kind: 'VectorSelector', name, matchers: [{ type: '=', name: '__name__', value: name }], offsetMs: 0, pos: { start: 0, end: 1 } };
  };
  const deps: RunnerDeps = {
    engine,
    newStorage: () => storage,
    parseExpr: (q) => {
      if (q.includes('(')) throw new QueryError('bad_data', 'unparsable in this fake');
      return selector(q);
    },
    formatExpr: (e: Expr) => (e.kind === 'VectorSelector' && e.at?.kind === 'time' ? `m @ ${(e.at.ms / 1000).toFixed(3)}` : 'm'),
  };
  return { deps, calls };
}

describe('runScript', () => {
  it('runs the @-pinned re-runs and the range-mode check for a passing instant eval', async () => {
    const { deps, calls } = fakeDeps();
    const r = await runScript('eval instant at 1m m\n  m 1', 'x.test', deps);
    expect(r.evals).toEqual([{ line: 1, query: 'm', ok: true, touchesHistograms: false }]);
    expect(calls.filter((c) => c.startsWith('instant'))).toEqual([
      'instant m @60000',
      'instant m @ 60.000 @-600000',
      'instant m @ 60.000 @0',
      'instant m @ 60.000 @12000',
      'instant m @ 60.000 @60000',
      'instant m @ 60.000 @600000',
    ]);
    expect(calls.filter((c) => c.startsWith('range'))).toHaveLength(6);
  });
  it('reports file, line, query and the difference', async () => {
    const { deps } = fakeDeps();
    const r = await runScript('\neval instant at 1m m\n  m 2', 'x.test', deps);
    expect(r.evals[0]!.ok).toBe(false);
    expect(r.evals[0]!.message).toBe('error in eval instant at 1m m (line 2): expected 2 but got 1 for m');
  });
  it('catches a wrong value seen only in range mode', async () => {
    const { deps } = fakeDeps(undefined, () => [{ labels: M, floats: [{ t: 0, v: 1 }, { t: 60_000, v: 3 }] }]);
    const r = await runScript('eval instant at 1m m\n  m 1', 'x.test', deps, { atModifierCheck: false });
    expect(r.evals[0]!.message).toMatch(/range mode: expected 1 but got 3 for m/);
  });
  it('requires matrices to be sorted by labels', async () => {
    const z = [{ name: '__name__', value: 'z' }];
    const { deps } = fakeDeps(undefined, () => [{ labels: z, floats: [] }, { labels: M, floats: [] }]);
    const r = await runScript('eval range from 0 to 1m step 1m m\n  m 1', 'x.test', deps);
    expect(r.evals[0]!.message).toMatch(/not sorted/);
  });
  it('checks expected failures and their messages', async () => {
    const { deps } = fakeDeps(() => new QueryError('execution', 'boom happened'));
    const r = await runScript(
      'eval instant at 0 m\n  expect fail msg: boom happened\n\neval instant at 0 m\n  expect fail regex: ^bang\n\neval instant at 0 m\n  m 1',
      'x.test',
      deps,
    );
    expect(r.evals.map((e) => e.ok)).toEqual([true, false, false]);
    expect(r.evals[1]!.message).toMatch(/expected error pattern "\^bang"/);
    expect(r.evals[2]!.message).toBe('error evaluating query "m" (line 7): boom happened');
  });
  it('does not accept a crash as an expected failure', async () => {
    const { deps } = fakeDeps(() => new TypeError('x is undefined'));
    const r = await runScript('eval instant at 0 m\n  expect fail', 'x.test', deps);
    expect(r.evals[0]!.message).toMatch(/internal error.*TypeError: x is undefined/);
  });
  it('fails only the eval whose query does not parse', async () => {
    const { deps } = fakeDeps();
    const r = await runScript('eval instant at 0 sum(m)\n\neval instant at 0 m\n  m 1', 'x.test', deps);
    expect(r.evals.map((e) => e.ok)).toEqual([false, true]);
    expect(r.evals[0]!.message).toMatch(/error parsing query "sum\(m\)" \(line 1\)/);
  });
  it('checks annotations only when asked', async () => {
    const { deps } = fakeDeps();
    const withWarn = (ok: string) => `eval instant at 0 m\n  ${ok}\n  m 1`;
    expect((await runScript(withWarn('expect no_warn'), 'x.test', deps)).evals[0]!.ok).toBe(true);
    expect((await runScript(withWarn('expect warn'), 'x.test', deps)).evals[0]!.message).toMatch(/expected warnings but got none/);
  });
});

describe('native-histogram heuristic', () => {
  it('flags evals naming a metric loaded with histograms since the last clear', async () => {
    const { deps } = fakeDeps();
    const r = await runScript('load 1m\n  h {{count:1}}\n  m 1\n\neval instant at 0 m\n  m 1\n\neval instant at 0 {__name__="h"}\n\nclear\n\neval instant at 0 h', 'x.test', deps, {
      atModifierCheck: false,
      rangeModeCheck: false,
    });
    expect(r.evals.map((e) => e.touchesHistograms)).toEqual([false, true, false]);
  });
});
