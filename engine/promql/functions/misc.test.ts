import { describe, expect, it } from 'vitest';
import { Annotations } from '../annotations';
import type { Call } from '../ast';
import { labelsFromRecord } from '../../model/labels';
import type { FloatPoint } from '../../model/samples';
import { CHANGES_FUNCTIONS } from './changes';
import { MATH_FUNCTIONS } from './math';
import { formatG, formatOpenMetricsFloat, parseGoFloat } from './numeric';
import { PREDICT_FUNCTIONS } from './predict';
import { SCALAR_FUNCTIONS } from './scalars';
import { SMOOTHING_FUNCTIONS } from './smoothing';
import { TIME_FUNCTIONS } from './time';
import type { FunctionArg, FunctionContext, RangeWindow } from './types';

function ctx(tMs = 0, query: { startMs: number; endMs: number; stepMs: number } = { startMs: tMs, endMs: tMs, stepMs: 0 }, delayed = false): FunctionContext {
  const call: Call = { kind: 'Call', func: 'f', args: [], pos: { start: 0, end: 3 } };
  return { tMs, queryStartMs: query.startMs, queryEndMs: query.endMs, stepMs: query.stepMs, call, annotations: new Annotations(), delayedNameRemoval: delayed };
}

function win(points: FloatPoint[], extra: Partial<RangeWindow> = {}): RangeWindow {
  return { labels: [], floats: points, histograms: [], rangeStartMs: -1, rangeEndMs: 1e12, anchored: false, smoothed: false, metricName: 'm', ...extra };
}

const scalarOf = (v: ReturnType<typeof SCALAR_FUNCTIONS.time.apply>): number | undefined => v[0]?.v;
const vec = (...values: number[]): FunctionArg => ({ type: 'vector', v: values.map((v) => ({ labels: labelsFromRecord({ __name__: 'x' }), t: 0, v })) });

describe('math', () => {
  it('round ties towards +Inf and rounds to a multiple of its argument', () => {
    const r = (v: number, s: number[] = []): number | undefined => MATH_FUNCTIONS.round.apply(v, s, ctx());
    expect([r(2.5), r(-2.5), r(-2), r(0.5)]).toEqual([3, -2, -2, 1]);
    expect(r(7.3, [5])).toBe(5);
    expect(r(1.25, [0.1])).toBeCloseTo(1.3, 12);
    expect(r(NaN)).toBeNaN();
  });

  it('clamp drops everything when max < min and propagates NaN bounds', () => {
    expect(MATH_FUNCTIONS.clamp.apply(5, [0, 3], ctx())).toBe(3);
    expect(MATH_FUNCTIONS.clamp.apply(5, [3, 0], ctx())).toBeUndefined();
    expect(MATH_FUNCTIONS.clamp_min.apply(5, [NaN], ctx())).toBeNaN();
    expect(MATH_FUNCTIONS.clamp_max.apply(-Infinity, [0], ctx())).toBe(-Infinity);
  });

  it('sgn keeps NaN and zeros', () => {
    expect([-3, 0, 4].map((v) => MATH_FUNCTIONS.sgn.apply(v, [], ctx()))).toEqual([-1, 0, 1]);
    expect(MATH_FUNCTIONS.sgn.apply(NaN, [], ctx())).toBeNaN();
  });
});

describe('date functions', () => {
  it('read the evaluation time without arguments', () => {
    expect(TIME_FUNCTIONS.year.apply([], ctx(0))).toEqual([{ labels: [], t: 0, v: 1970 }]);
    expect(TIME_FUNCTIONS.day_of_week.apply([], ctx(0))[0]?.v).toBe(4);
  });

  it('read sample values as Unix seconds in UTC and drop the name', () => {
    const at = (f: keyof typeof TIME_FUNCTIONS, secs: number): number | undefined => TIME_FUNCTIONS[f].apply([vec(secs)], ctx())[0]?.v;
    expect(at('year', 1136239445)).toBe(2006);
    expect(at('day_of_month', 1136239445)).toBe(2);
    expect(at('day_of_week', 1136239445)).toBe(1);
    expect(at('hour', 1136239445)).toBe(22);
    expect(at('minute', 1136239445)).toBe(4);
    expect(at('day_of_year', 1483191420)).toBe(366);
    expect(at('day_of_year', 1672493820)).toBe(365);
    expect(at('days_in_month', 1454284800)).toBe(29);
    expect(at('days_in_month', 1485907200)).toBe(28);
    expect(at('month', 1456790399)).toBe(2);
    expect(TIME_FUNCTIONS.year.apply([vec(0)], ctx())[0]?.labels).toEqual([]);
  });
});

describe('scalar functions', () => {
  it('time, pi and vector/scalar round trips', () => {
    expect(scalarOf(SCALAR_FUNCTIONS.time.apply([], ctx(1)))).toBe(0.001);
    expect(scalarOf(SCALAR_FUNCTIONS.pi.apply([], ctx()))).toBe(Math.PI);
    expect(SCALAR_FUNCTIONS.vector.apply([{ type: 'scalar', v: 3 }], ctx(5))).toEqual([{ labels: [], t: 5, v: 3 }]);
    expect(scalarOf(SCALAR_FUNCTIONS.scalar.apply([vec(7)], ctx()))).toBe(7);
    expect(scalarOf(SCALAR_FUNCTIONS.scalar.apply([vec(7, 8)], ctx()))).toBeNaN();
    expect(scalarOf(SCALAR_FUNCTIONS.scalar.apply([vec()], ctx()))).toBeNaN();
  });

  it('start/end/range/step describe the query, step being 0 for instant queries', () => {
    const range = ctx(110_000, { startMs: 100_000, endMs: 130_000, stepMs: 10_000 });
    expect(scalarOf(SCALAR_FUNCTIONS.start.apply([], range))).toBe(100);
    expect(scalarOf(SCALAR_FUNCTIONS.end.apply([], range))).toBe(130);
    expect(scalarOf(SCALAR_FUNCTIONS.range.apply([], range))).toBe(30);
    expect(scalarOf(SCALAR_FUNCTIONS.step.apply([], range))).toBe(10);
    expect(scalarOf(SCALAR_FUNCTIONS.step.apply([], ctx(100_000, { startMs: 100_000, endMs: 100_000, stepMs: 15_000 })))).toBe(0);
  });

  it('min_of/max_of', () => {
    const two: FunctionArg[] = [{ type: 'scalar', v: 2 }, { type: 'scalar', v: 5 }];
    expect(scalarOf(SCALAR_FUNCTIONS.min_of.apply(two, ctx()))).toBe(2);
    expect(scalarOf(SCALAR_FUNCTIONS.max_of.apply(two, ctx()))).toBe(5);
  });
});

describe('changes and resets', () => {
  const pts = [1, 2, 3, 0, 1, 0, 0, 1, 2, 0].map((v, i) => ({ t: i * 300_000, v }));

  it('count changes and decreases between consecutive samples', () => {
    expect(CHANGES_FUNCTIONS.changes.apply(win(pts), [], ctx())).toBe(8);
    expect(CHANGES_FUNCTIONS.resets.apply(win(pts), [], ctx())).toBe(3);
    expect(CHANGES_FUNCTIONS.changes.apply(win([{ t: 0, v: NaN }, { t: 1, v: NaN }]), [], ctx())).toBe(0);
    expect(CHANGES_FUNCTIONS.changes.apply(win([{ t: 0, v: 0 }, { t: 1, v: NaN }, { t: 2, v: 0 }]), [], ctx())).toBe(2);
  });

  it('with anchored, start from the newest sample at or before the window start', () => {
    const w = win(pts.slice(0, 4), { anchored: true, rangeStartMs: 300_000, rangeEndMs: 900_000 });
    // Anchor is 2 (at 300s); then 3 and 0.
    expect(CHANGES_FUNCTIONS.changes.apply(w, [], ctx())).toBe(2);
    expect(CHANGES_FUNCTIONS.resets.apply(w, [], ctx())).toBe(1);
  });
});

describe('deriv and predict_linear', () => {
  const pts = [0, 10, 20, 30].map((v, i) => ({ t: i * 60_000, v }));

  it('deriv is the per-second slope, exactly 0 for constants', () => {
    expect(PREDICT_FUNCTIONS.deriv.apply(win(pts), [], ctx())).toBeCloseTo(10 / 60, 12);
    expect(PREDICT_FUNCTIONS.deriv.apply(win(pts.map((p) => ({ ...p, v: 7 }))), [], ctx())).toBe(0);
    expect(PREDICT_FUNCTIONS.deriv.apply(win(pts.slice(0, 1)), [], ctx())).toBeUndefined();
  });

  it('predict_linear extrapolates from the evaluation time', () => {
    expect(PREDICT_FUNCTIONS.predict_linear.apply(win(pts), [60], ctx(180_000))).toBeCloseTo(40, 9);
  });
});

describe('double_exponential_smoothing', () => {
  it('smooths with trend and rejects factors outside (0, 1)', () => {
    const pts = [0, 10, 20, 30].map((v, i) => ({ t: i, v }));
    // A straight line is followed exactly.
    expect(SMOOTHING_FUNCTIONS.double_exponential_smoothing.apply(win(pts), [0.5, 0.5], ctx())).toBeCloseTo(30, 12);
    expect(() => SMOOTHING_FUNCTIONS.double_exponential_smoothing.apply(win(pts), [1, 0.5], ctx())).toThrow(
      'invalid smoothing factor. Expected: 0 < sf < 1, got: 1.000000',
    );
  });
});

describe('number formatting and parsing', () => {
  it('formats like Go', () => {
    expect([formatG(2), formatG(-0.1), formatG(1e6), formatG(123456), formatG(0.00001), formatG(NaN), formatG(Infinity)]).toEqual([
      '2', '-0.1', '1e+06', '123456', '1e-05', 'NaN', '+Inf',
    ]);
    expect([formatOpenMetricsFloat(1), formatOpenMetricsFloat(0), formatOpenMetricsFloat(0.25), formatOpenMetricsFloat(1e21)]).toEqual([
      '1.0', '0.0', '0.25', '1e+21',
    ]);
  });

  it('parses le values like strconv.ParseFloat', () => {
    expect([parseGoFloat('+Inf'), parseGoFloat('.2'), parseGoFloat('1e0'), parseGoFloat('-0.1'), parseGoFloat('inf')]).toEqual([
      Infinity, 0.2, 1, -0.1, Infinity,
    ]);
    expect([parseGoFloat(''), parseGoFloat('Hello World'), parseGoFloat('1_0')]).toEqual([undefined, undefined, undefined]);
    expect(parseGoFloat('0x1p-2')).toBe(0.25);
  });
});

describe('logarithms', () => {
  it('follow Go: exact for powers of two, NaN below zero, -Inf at zero', () => {
    const log2 = (v: number): number | undefined => MATH_FUNCTIONS.log2.apply(v, [], ctx());
    const log10 = (v: number): number | undefined => MATH_FUNCTIONS.log10.apply(v, [], ctx());
    expect([log2(8), log2(0.25), log2(0), log2(Infinity)]).toEqual([3, -2, -Infinity, Infinity]);
    expect(log2(-8)).toBeNaN();
    expect(log2(10)).toBeCloseTo(3.3219280948873626, 14);
    expect(log2(5e-324)).toBe(-1074);
    expect(log10(10)).toBeCloseTo(1, 14);
    expect(log10(20)).toBeCloseTo(1.301029995663981, 14);
  });
});
