import { describe, expect, it } from 'vitest';
import { Annotations } from '../annotations';
import type { Call, Expr } from '../ast';
import type { FloatPoint } from '../../model/samples';
import { RATE_FUNCTIONS } from './rate';
import type { FunctionContext, RangeWindow } from './types';

const MIN = 60_000;
const ARG: Expr = { kind: 'NumberLiteral', value: 0, pos: { start: 5, end: 10 } };

function ctx(tMs: number): FunctionContext {
  const call: Call = { kind: 'Call', func: 'rate', args: [ARG], pos: { start: 0, end: 11 } };
  return { tMs, queryStartMs: tMs, queryEndMs: tMs, stepMs: 0, call, annotations: new Annotations(), delayedNameRemoval: true };
}

/** series builds samples v0, v0+step, ... every intervalMs from t=0. */
function series(values: number[], intervalMs: number): FloatPoint[] {
  return values.map((v, i) => ({ t: i * intervalMs, v }));
}

function linear(start: number, step: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => start + i * step);
}

function win(points: FloatPoint[], endMs: number, rangeMs: number, name = 'x_total', extra: Partial<RangeWindow> = {}): RangeWindow {
  const startMs = endMs - rangeMs;
  const inside = extra.anchored || extra.smoothed ? points : points.filter((p) => p.t > startMs && p.t <= endMs);
  return { labels: [], floats: inside, histograms: [], rangeStartMs: startMs, rangeEndMs: endMs, anchored: false, smoothed: false, metricName: name, ...extra };
}

function run(name: keyof typeof RATE_FUNCTIONS, w: RangeWindow, c = ctx(w.rangeEndMs)): number | undefined {
  return RATE_FUNCTIONS[name].apply(w, [], c);
}

describe('increase', () => {
  it('does not extrapolate a counter below zero', () => {
    // From functions.test: 0+10x10 etc. at 5m intervals, increase over [100m] at 50m.
    expect(run('increase', win(series(linear(0, 10, 10), 5 * MIN), 50 * MIN, 100 * MIN))).toBeCloseTo(100, 9);
    expect(run('increase', win(series(linear(10, 10, 10), 5 * MIN), 50 * MIN, 100 * MIN))).toBeCloseTo(105, 9);
    expect(run('increase', win(series(linear(1, 10, 10), 5 * MIN), 50 * MIN, 100 * MIN))).toBeCloseTo(101, 9);
  });

  it('adds the value before each counter reset', () => {
    const pts = series([0, 1, 2, 3, 2, 3, 4], 5 * MIN);
    expect(run('increase', win(pts, 30 * MIN, 30 * MIN))).toBeCloseTo(7, 9);
  });

  it('handles a reset in the middle of the range', () => {
    const pts = series([...linear(0, 18, 5), ...linear(0, 18, 5)], 5 * MIN);
    expect(run('increase', win(pts, 50 * MIN, 100 * MIN))).toBeCloseTo(162, 9);
  });
});

describe('rate', () => {
  it('is per second over the whole range', () => {
    expect(run('rate', win(series(linear(0, 80, 10), 5 * MIN), 50 * MIN, 50 * MIN))).toBeCloseTo(0.26666666666666666, 12);
  });

  it('cuts left extrapolation at the zero point only up to half an interval', () => {
    const cases: [number, number][] = [[0, 0.5], [60, 0.55], [120, 0.6], [180, 0.6], [300, 0.6]];
    for (const [start, want] of cases) {
      const pts = series(linear(start, 240, 10), 4 * MIN);
      expect(run('rate', win(pts, 10 * MIN, 20 * MIN))).toBeCloseTo(want, 12);
    }
  });

  it('gives nothing for a single sample and exactly 0 for a flat counter after a reset', () => {
    const pts = series([...linear(0, 10, 9), 0, 10], 5 * MIN);
    expect(run('rate', win(pts, 50 * MIN, 5 * MIN))).toBeUndefined();
    expect(run('rate', win(pts, 50 * MIN, 6 * MIN))).toBe(0);
  });

  it('warns about floats mixed with histograms and gives nothing', () => {
    const c = ctx(10 * MIN);
    const w = win(series([1, 2], 5 * MIN), 10 * MIN, 10 * MIN);
    const mixed = { ...w, histograms: [{ t: 1, h: { schema: 0, count: 1, sum: 1, zeroThreshold: 0, zeroCount: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [], negativeBuckets: [], counterResetHint: 'unknown' as const } }] };
    expect(run('rate', mixed, c)).toBeUndefined();
    expect(c.annotations.list()[0]?.message).toBe('encountered a mix of histograms and floats for metric name "x_total"');
  });
});

describe('delta', () => {
  it('extrapolates gauges without the zero cut-off and may be negative', () => {
    // 10 samples falling by 1 every minute over a 10m window ending at 9m30s.
    const pts = series(linear(9, -1, 9), MIN);
    // Samples span 9m; 30s to each edge is below 1.1 intervals, so extrapolate to both edges.
    expect(run('delta', win(pts, 9.5 * MIN, 10 * MIN))).toBeCloseTo(-10, 9);
  });
});

describe('irate and idelta', () => {
  it('use the last two samples', () => {
    const pts = series(linear(0, 10, 10), 5 * MIN);
    expect(run('irate', win(pts, 50 * MIN, 50 * MIN))).toBeCloseTo(10 / 300, 12);
    expect(run('idelta', win(pts, 50 * MIN, 50 * MIN))).toBe(10);
  });

  it('treat a decrease as a reset for irate only', () => {
    const pts = series([0, 10, 20, 5], 5 * MIN);
    expect(run('irate', win(pts, 15 * MIN, 20 * MIN))).toBeCloseTo(5 / 300, 12);
    expect(run('idelta', win(pts, 15 * MIN, 20 * MIN))).toBe(-15);
  });

  it('propagate NaN', () => {
    const pts = series([1, NaN, NaN, 5, 11], 5 * MIN);
    expect(run('irate', win(pts, 15 * MIN, 15 * MIN + 1000))).toBeNaN();
    expect(run('irate', win(pts, 20 * MIN, 15 * MIN + 1000))).toBeCloseTo(0.02, 12);
  });
});

describe('anchored and smoothed', () => {
  it('anchored increase uses the last sample at or before the start, without extrapolation', () => {
    // Samples every 10s: 0..; window (30s, 60s] anchored on the sample at 30s.
    const pts = series([0, 1, 2, 3, 4, 5, 6], 10_000);
    const w = win(pts, 60_000, 30_000, 'x_total', { anchored: true });
    expect(run('increase', w)).toBe(3);
    expect(run('rate', w)).toBeCloseTo(0.1, 12);
  });

  it('smoothed increase interpolates both boundaries', () => {
    // Samples at 0s,20s,40s,60s with values 0,2,4,6; window (10s, 50s].
    const pts = series([0, 2, 4, 6], 20_000);
    const w = win(pts, 50_000, 40_000, 'x_total', { smoothed: true });
    expect(run('increase', w)).toBeCloseTo(4, 12);
  });

  it('smoothed counter interpolation starts from zero across a reset', () => {
    // 10 at 0s, reset to 2 at 20s; window starts at 10s: left = 0 + (2-0)*0.5 = 1.
    const pts = series([10, 2, 4], 20_000);
    const w = win(pts, 40_000, 30_000, 'x_total', { smoothed: true });
    expect(run('increase', w)).toBeCloseTo(3, 12);
  });
});
