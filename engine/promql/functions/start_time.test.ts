import { describe, expect, it } from 'vitest';
import { Annotations } from '../annotations';
import type { Call, Expr } from '../ast';
import { CHANGES_FUNCTIONS } from './changes';
import { RATE_FUNCTIONS } from './rate';
import { isStartTimestampReset } from './start_time';
import type { FunctionContext, RangeWindow } from './types';

const S = 1000;
const ARG: Expr = { kind: 'NumberLiteral', value: 0, pos: { start: 5, end: 10 } };

function ctx(): FunctionContext {
  const call: Call = { kind: 'Call', func: 'rate', args: [ARG], pos: { start: 0, end: 11 } };
  return { tMs: 0, queryStartMs: 0, queryEndMs: 0, stepMs: 0, call, annotations: new Annotations(), delayedNameRemoval: true };
}

/** win holds samples [tSeconds, value, startSeconds (0 = unknown)] inside (start, end]. */
function win(samples: [number, number, number][], startS: number, endS: number): RangeWindow {
  return {
    labels: [],
    floats: samples.map(([t, v]) => ({ t: t * S, v })),
    floatStartTimestamps: samples.map(([, , st]) => st * S),
    histograms: [],
    rangeStartMs: startS * S,
    rangeEndMs: endS * S,
    anchored: false,
    smoothed: false,
    metricName: 'series',
  };
}

describe('isStartTimestampReset', () => {
  it('tells deltas from cumulative series with unknown start', () => {
    expect(isStartTimestampReset(60_000, 120_000, 179_000, 180_000)).toBe(true); // started after the previous sample
    expect(isStartTimestampReset(90_000, 120_000, 90_000, 180_000)).toBe(false); // same life
    expect(isStartTimestampReset(60_000, 120_000, 120_000, 180_000)).toBe(true); // delta: ST = previous T
    expect(isStartTimestampReset(0, 120_000, 120_000, 180_000)).toBe(false); // OTel unknown start
    expect(isStartTimestampReset(180_000, 120_000, 120_000, 180_000)).toBe(false); // invalid previous ST
    expect(isStartTimestampReset(60_000, 120_000, 180_000, 180_000)).toBe(false); // ST = T means unknown
  });
});

describe('increase with start timestamps', () => {
  it('treats a start time after the previous sample as a reset', () => {
    // cumulative{type="st_resets"} at 7m over [5m]: the counter restarted at 240s.
    const w = win([[180, 60, 90], [240, 120, 90], [300, 180, 240], [360, 240, 240], [420, 300, 240]], 120, 420);
    expect(RATE_FUNCTIONS.increase.apply(w, [], ctx())).toBeCloseTo(420, 9);
  });

  it('counts from zero at a start time inside the window instead of extrapolating left', () => {
    const w = win([[120, 1, 90], [180, 2, 90], [240, 3, 90], [300, 4, 90], [360, 5, 90]], 60, 360);
    expect(RATE_FUNCTIONS.increase.apply(w, [], ctx())).toBeCloseTo(5, 12);
    expect(RATE_FUNCTIONS.increase.apply(win([[240, 3, 90]], 60, 360), [], ctx())).toBe(3);
    expect(RATE_FUNCTIONS.increase.apply(win([[240, 3, 0]], 60, 360), [], ctx())).toBeUndefined();
  });

  it('combines start-time resets, value resets and the start-time left edge', () => {
    const w = win([[120, 5, 60], [180, 5, 179], [240, 2, 0]], 0, 300);
    expect(RATE_FUNCTIONS.increase.apply(w, [], ctx())).toBeCloseTo(16, 12);
  });

  it('warns once per series about start times overlapping the previous sample, counting occurrences', () => {
    const c = ctx();
    const overlap = win([[120, 60, 0], [180, 120, 0], [240, 180, 0]], 60, 240);
    const withSts = { ...overlap, floatStartTimestamps: [0, 60_000, 60_000] };
    RATE_FUNCTIONS.rate.apply(withSts, [], c);
    const warnings = (): string[] => c.annotations.list().filter((a) => a.severity === 'warning').map((a) => a.message);
    expect(warnings()).toEqual(['sample has start time that overlaps with previous sample timestamp for metric "series"']);
    RATE_FUNCTIONS.rate.apply(withSts, [], c);
    expect(warnings()).toEqual([
      'sample has start time that overlaps with previous sample timestamp for metric "series" (2 occurrences)',
    ]);
  });
});

describe('irate and resets with start timestamps', () => {
  const w = win([[420, 300, 240], [480, 360, 420.001]], 180, 480);
  it('irate restarts from zero at a start-time reset', () => {
    expect(RATE_FUNCTIONS.irate.apply(w, [], ctx())).toBeCloseTo(6, 12);
  });
  it('resets counts it', () => {
    expect(CHANGES_FUNCTIONS.resets.apply(w, [], ctx())).toBe(1);
  });
});
