import { describe, expect, it } from 'vitest';
import { Annotations } from '../annotations';
import type { Call, Expr } from '../ast';
import { FUNCTION_IMPLS } from './index';
import type { FunctionContext, RangeFunction, RangeWindow, SampleSpan } from './types';

const ARG: Expr = { kind: 'NumberLiteral', value: 0, pos: { start: 5, end: 10 } };

function ctx(func: string): FunctionContext {
  const call: Call = { kind: 'Call', func, args: [ARG], pos: { start: 0, end: 11 } };
  return { tMs: 0, queryStartMs: 0, queryEndMs: 0, stepMs: 0, call, annotations: new Annotations(), delayedNameRemoval: true };
}

/** lcg is a small seeded generator, so every run checks the same cases. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ODD_VALUES = [NaN, -0, 0, Infinity, -Infinity, 1e308, -1e308];

/** series makes a counter-like series with resets, odd values and (when withSts) start times, some of them odd too. */
function series(rand: () => number, n: number, withSts: boolean): { ts: Float64Array; vs: Float64Array; sts: Float64Array | undefined } {
  const ts = new Float64Array(n);
  const vs = new Float64Array(n);
  const sts = withSts ? new Float64Array(n) : undefined;
  let t = 1_000_000;
  let v = rand() * 10;
  let st = t - 5_000;
  for (let i = 0; i < n; i++) {
    t += rand() < 0.2 ? 30_000 : 15_000;
    const r = rand();
    if (r < 0.1) v = rand() * 3; // a reset
    else if (r < 0.15) v = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]!;
    else v = (Number.isFinite(v) ? v : 0) + rand() * 5;
    if (rand() < 0.1) st = t - Math.floor(rand() * 40_000);
    ts[i] = t;
    vs[i] = v;
    if (sts !== undefined) sts[i] = rand() < 0.2 ? 0 : st;
  }
  return { ts, vs, sts };
}

function windowOf(s: ReturnType<typeof series>, lo: number, hi: number, startMs: number, endMs: number): RangeWindow {
  const floats = [];
  for (let i = lo; i < hi; i++) floats.push({ t: s.ts[i]!, v: s.vs[i]! });
  return {
    labels: [],
    floats,
    histograms: [],
    ...(s.sts !== undefined ? { floatStartTimestamps: Array.from(s.sts.subarray(lo, hi)) } : {}),
    rangeStartMs: startMs,
    rangeEndMs: endMs,
    anchored: false,
    smoothed: false,
    metricName: 'series_total',
  };
}

const FAST = Object.entries(FUNCTION_IMPLS).filter((e): e is [string, RangeFunction] => e[1].kind === 'range' && e[1].applySpan !== undefined);

describe('the range functions’ fast path', () => {
  it('covers the common range functions', () => {
    const names = FAST.map(([name]) => name);
    for (const f of ['rate', 'increase', 'delta', 'irate', 'idelta', 'sum_over_time', 'avg_over_time', 'count_over_time', 'min_over_time', 'max_over_time', 'last_over_time']) {
      expect(names).toContain(f);
    }
  });

  for (const [name, impl] of FAST) {
    it(`${name}: applySpan gives exactly what apply gives for the same window, annotations included`, () => {
      const rand = lcg(name.length * 7919 + name.charCodeAt(0));
      for (let round = 0; round < 300; round++) {
        const s = series(rand, 40, round % 3 === 0);
        const lo = Math.floor(rand() * 30);
        const hi = lo + Math.floor(rand() * 10);
        // Window edges around the samples: exactly on one, between two, or far out.
        const startMs = (lo > 0 ? s.ts[lo - 1]! : s.ts[0]! - 15_000) + Math.floor(rand() * 3) * 5_000;
        const endMs = (hi > 0 ? s.ts[hi - 1]! : s.ts[0]!) + Math.floor(rand() * 3) * 7_000;
        const slow = ctx(name);
        const fast = ctx(name);
        const want = impl.apply(windowOf(s, lo, hi, startMs, endMs), [], slow);
        const span: SampleSpan = { ts: s.ts, vs: s.vs, sts: s.sts, lo, hi, rangeStartMs: startMs, rangeEndMs: endMs, metricName: 'series_total' };
        const got = impl.applySpan!(span, [], fast);
        expect(Object.is(got, want), `round ${round}: ${got} ≠ ${want}`).toBe(true);
        expect(fast.annotations.list()).toEqual(slow.annotations.list());
      }
    });
  }
});
