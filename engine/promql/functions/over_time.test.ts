import { describe, expect, it } from 'vitest';
import { Annotations } from '../annotations';
import type { Call, Expr } from '../ast';
import type { HistogramPoint } from '../../model/samples';
import { OVER_TIME_FUNCTIONS } from './over_time';
import type { FunctionContext, RangeWindow } from './types';

const ARG: Expr = { kind: 'NumberLiteral', value: 0, pos: { start: 14, end: 20 } };

function ctx(): FunctionContext {
  const call: Call = { kind: 'Call', func: 'f', args: [ARG], pos: { start: 0, end: 21 } };
  return { tMs: 0, queryStartMs: 0, queryEndMs: 0, stepMs: 0, call, annotations: new Annotations(), delayedNameRemoval: true };
}

function win(values: number[], intervalMs = 10_000, histograms: HistogramPoint[] = []): RangeWindow {
  return {
    labels: [],
    floats: values.map((v, i) => ({ t: i * intervalMs, v })),
    histograms,
    rangeStartMs: -1,
    rangeEndMs: values.length * intervalMs,
    anchored: false,
    smoothed: false,
    metricName: 'metric',
  };
}

const H = { schema: 0, count: 1, sum: 1, zeroThreshold: 0, zeroCount: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [], negativeBuckets: [], counterResetHint: 'unknown' as const };

function run(name: keyof typeof OVER_TIME_FUNCTIONS, w: RangeWindow, scalars: number[] = [], c = ctx()): number | undefined {
  return OVER_TIME_FUNCTIONS[name].apply(w, scalars, c);
}

describe('sum_over_time and avg_over_time', () => {
  it('compensate cancellation between huge values', () => {
    expect(run('sum_over_time', win([1, 1e100, 1, -1e100]))).toBe(2);
    expect(run('avg_over_time', win([1, 1e100, 1, -1e100]))).toBe(0.5);
  });

  it('keep an exact average of equal values', () => {
    expect(run('avg_over_time', win(new Array(13).fill(52)))).toBe(52);
  });

  it('fall back to an incremental mean instead of overflowing', () => {
    expect(run('avg_over_time', win([9.988465674311579e307, 9.988465674311579e307]))).toBe(9.988465674311579e307);
    expect(run('sum_over_time', win([9.988465674311579e307, 9.988465674311579e307]))).toBe(Infinity);
    expect(run('avg_over_time', win([-9.988465674311579e307, 9.988465674311579e307]))).toBe(0);
  });

  it('follow IEEE rules for infinities and NaN', () => {
    expect(run('avg_over_time', win([Infinity, 0, Infinity]))).toBe(Infinity);
    expect(run('avg_over_time', win([1, 2, 3, Infinity, -Infinity]))).toBeNaN();
    expect(run('avg_over_time', win([1, 2, -Infinity, -Infinity, Infinity]))).toBeNaN();
    expect(run('avg_over_time', win([1, 2, 3, NaN]))).toBeNaN();
  });

  it('refuse windows mixing floats and histograms, with a warning', () => {
    const c = ctx();
    expect(run('sum_over_time', win([1, 2], 10_000, [{ t: 30_000, h: H }]), [], c)).toBeUndefined();
    expect(c.annotations.list()).toEqual([
      { severity: 'warning', message: 'encountered a mix of histograms and floats for metric name "metric"', pos: ARG.pos },
    ]);
  });
});

describe('counting functions', () => {
  it('count_over_time counts floats and histograms; present_over_time is 1', () => {
    expect(run('count_over_time', win([1, 2], 10_000, [{ t: 30_000, h: H }]))).toBe(3);
    expect(run('present_over_time', win([5]))).toBe(1);
    expect(run('count_over_time', win([]))).toBeUndefined();
  });
});

describe('variance family', () => {
  it('computes the population variance and deviation', () => {
    expect(run('stdvar_over_time', win([0, 8, 8, 2, 3]))).toBeCloseTo(10.56, 12);
    expect(run('stddev_over_time', win([0, 8, 8, 2, 3]))).toBeCloseTo(3.249615, 6);
  });

  it('is exactly zero for a constant series', () => {
    expect(run('stdvar_over_time', win([1.5990505637277868, 1.5990505637277868, 1.5990505637277868]))).toBe(0);
  });

  it('ignores histograms in a mixed window with an info', () => {
    const c = ctx();
    expect(run('stddev_over_time', win([1, 1, 1], 10_000, [{ t: 40_000, h: H }]), [], c)).toBe(0);
    expect(c.annotations.list()[0]?.message).toBe(
      'ignored histograms in a range containing both floats and histograms for metric name "metric"',
    );
  });
});

describe('quantile_over_time and mad_over_time', () => {
  it('interpolate between ranks', () => {
    expect(run('quantile_over_time', win([0, 1, 4]), [0.75])).toBe(2.5);
    expect(run('quantile_over_time', win([0, 1, 4]), [0.8])).toBeCloseTo(2.8, 12);
    expect(run('quantile_over_time', win([0, 1]), [0.5])).toBe(0.5);
  });

  it('warn and answer ±Inf for φ outside [0, 1]', () => {
    const c = ctx();
    expect(run('quantile_over_time', win([0, 1]), [2], c)).toBe(Infinity);
    expect(run('quantile_over_time', win([0, 1]), [-1], c)).toBe(-Infinity);
    expect(c.annotations.list().map((a) => a.message)).toEqual([
      'quantile value should be between 0 and 1, got 2',
      'quantile value should be between 0 and 1, got -1',
    ]);
  });

  it('mad_over_time is the median absolute deviation, NaN if any value is NaN', () => {
    expect(run('mad_over_time', win([4, 6, 2, 1, 999, 1, 2]))).toBe(1);
    expect(run('mad_over_time', win([7, 7, 7]))).toBe(0);
    expect(run('mad_over_time', win([1, 2, NaN, 4]))).toBeNaN();
  });
});

describe('extremes and their timestamps', () => {
  it('min/max skip NaN unless everything is NaN', () => {
    expect(run('max_over_time', win([NaN, 1, 3, 2]))).toBe(3);
    expect(run('min_over_time', win([NaN, 1, 3, 2]))).toBe(1);
    expect(run('max_over_time', win([NaN, NaN]))).toBeNaN();
  });

  it('ts_of_min/max report the latest occurrence in seconds', () => {
    const w = win([1, 2, 3, 0, 5, 6, 2, 1, 4], 10_053);
    expect(run('ts_of_min_over_time', w)).toBe(30.159);
    expect(run('ts_of_max_over_time', w)).toBe(50.265);
    expect(run('ts_of_max_over_time', win([1, 5, 5]))).toBe(20);
  });

  it('ts_of_first/last consider histograms too', () => {
    const w = win([1, 1, 1], 10_053, [{ t: 50_265, h: H }]);
    expect(run('ts_of_last_over_time', w)).toBe(50.265);
    expect(run('ts_of_first_over_time', w)).toBe(0);
  });

  it('first/last_over_time keep the name and give nothing when the sample is a histogram', () => {
    expect(OVER_TIME_FUNCTIONS.last_over_time.keepName).toBe(true);
    expect(OVER_TIME_FUNCTIONS.first_over_time.keepName).toBe(true);
    expect(run('last_over_time', win([1, 2, 3]))).toBe(3);
    expect(run('first_over_time', win([1, 2, 3]))).toBe(1);
    expect(run('last_over_time', win([1, 2], 10_000, [{ t: 30_000, h: H }]))).toBeUndefined();
  });
});

describe('annotation positions', () => {
  it('use the argument inside parentheses, and 0 for a subquery (as upstream reports it)', () => {
    const sel: Expr = { kind: 'NumberLiteral', value: 0, pos: { start: 16, end: 20 } };
    const paren: Expr = { kind: 'ParenExpr', expr: sel, pos: { start: 15, end: 21 } };
    const subquery: Expr = { kind: 'SubqueryExpr', expr: sel, rangeMs: 60_000, stepMs: 0, offsetMs: 0, pos: { start: 14, end: 30 } };
    const mixed = win([1, 2], 10_000, [{ t: 30_000, h: H }]);
    for (const [arg, start] of [[paren, 16], [subquery, 0]] as const) {
      const c: FunctionContext = { ...ctx(), call: { kind: 'Call', func: 'sum_over_time', args: [arg], pos: { start: 0, end: 31 } } };
      run('sum_over_time', mixed, [], c);
      expect(c.annotations.list()[0]?.pos?.start).toBe(start);
    }
  });
});
