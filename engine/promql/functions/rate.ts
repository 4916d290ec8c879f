import type { FloatPoint } from '../../model/samples';
import { argPos, warnMixedFloatsHistograms } from './output';
import { isStartTimestampReset, startTimeOverlaps, warnStartTimeOverlap } from './start_time';
import { spanOfWindow } from './span';
import type { Extrapolation, FunctionContext, RangeFunction, RangeWindow, SampleSpan } from './types';

/** ExplainSink receives the arithmetic when a trace asks for it (undefined otherwise). */
interface ExplainSink {
  resets: number;
  resetCorrection: number;
  out?: Extrapolation;
}

/**
 * rate, increase, delta (extrapolated over the window) and irate, idelta
 * (from the last two samples).
 *
 * Windows normally hold the samples in (rangeStartMs, rangeEndMs]. With the
 * experimental `anchored` modifier the evaluator also passes the samples
 * up to one lookback before the start (the newest of them is the anchor);
 * with `smoothed` it also passes samples up to one lookback after the end,
 * so that both boundaries can be interpolated.
 */

/**
 * extrapolatedRate is the classic rate/increase/delta: the difference
 * between the first and last sample (plus the values lost at counter
 * resets), extrapolated towards the window edges. It extrapolates all the
 * way to an edge only if the gap to it is under 1.1 average sample
 * intervals, otherwise by half an interval; and for counters never further
 * back than the point where the counter would have been zero. When a
 * counter's start time lies inside the window, it counts from zero there
 * instead (which also gives a result for a single sample).
 */
function extrapolatedRate(w: RangeWindow, ctx: FunctionContext, isCounter: boolean, isRate: boolean, sink?: ExplainSink): number | undefined {
  if (w.anchored || w.smoothed) {
    if (w.floats.length > 0 && w.histograms.length > 0) {
      warnMixedFloatsHistograms(w, ctx);
      return undefined;
    }
    return w.floats.length > 0 ? extendedRate(w, isCounter, isRate) : undefined;
  }
  if (w.floats.length > 0 && w.histograms.length > 0) {
    warnMixedFloatsHistograms(w, ctx);
    return undefined;
  }
  // Only native histograms (not evaluated yet), or nothing: no result.
  if (w.floats.length === 0) return undefined;
  return extrapolatedSpan(spanOfWindow(w), ctx, isCounter, isRate, sink);
}

/** extrapolatedSpan is extrapolatedRate over a plain float window (at least one sample). */
function extrapolatedSpan(w: SampleSpan, ctx: FunctionContext, isCounter: boolean, isRate: boolean, sink?: ExplainSink): number | undefined {
  const { ts, vs, lo, hi } = w;
  const count = hi - lo;
  if (count <= 0) return undefined;
  const sts = isCounter ? w.sts : undefined;
  const firstT = ts[lo]!;
  const firstV = vs[lo]!;
  const lastT = ts[hi - 1]!;
  const lastV = vs[hi - 1]!;
  let result = lastV - firstV;
  if (isCounter) {
    let overlapWarned = false;
    for (let i = lo + 1; i < hi; i++) {
      const prevV = vs[i - 1]!;
      if (sts !== undefined && !overlapWarned && startTimeOverlaps(sts[i - 1]!, ts[i - 1]!, sts[i]!)) {
        warnStartTimeOverlap(ctx, w.metricName, argPos(ctx, 0));
        overlapWarned = true;
      }
      if (vs[i]! < prevV || (sts !== undefined && isStartTimestampReset(sts[i - 1]!, ts[i - 1]!, sts[i]!, ts[i]!))) {
        result += prevV;
        if (sink !== undefined) {
          sink.resets++;
          sink.resetCorrection += prevV;
        }
      }
    }
  }

  // Durations in seconds, as upstream computes them (ms differences / 1000).
  let durationToStart = (firstT - w.rangeStartMs) / 1000;
  let durationToEnd = (w.rangeEndMs - lastT) / 1000;
  let sampledInterval = (lastT - firstT) / 1000;
  const averageInterval = count > 1 ? sampledInterval / (count - 1) : 0;
  const threshold = averageInterval * 1.1;

  const firstSt = sts !== undefined ? sts[lo]! : 0;
  let startRule: Extrapolation['startRule'] = 'edge';
  if (firstSt !== 0 && firstSt > w.rangeStartMs && firstSt < firstT) {
    startRule = 'start-time';
    // The counter started inside the window: count from zero at its start
    // time instead of extrapolating to the left.
    durationToStart = 0;
    sampledInterval = (lastT - firstSt) / 1000;
    result += firstV;
  } else if (count === 1) {
    // One sample and no usable start time: nothing to compare it with.
    return undefined;
  } else {
    // Extrapolate to an edge only if a sample could be missing there.
    if (durationToStart >= threshold) {
      durationToStart = averageInterval / 2;
      startRule = 'half-interval';
    }
    if (isCounter) {
      // Do not extrapolate below zero: find where the counter would hit 0.
      let durationToZero = durationToStart;
      if (result > 0 && firstV >= 0) durationToZero = sampledInterval * (firstV / result);
      if (durationToZero < durationToStart) {
        durationToStart = durationToZero;
        startRule = 'zero';
      }
    }
  }
  const endRule = durationToEnd >= threshold ? 'half-interval' : 'edge';
  if (durationToEnd >= threshold) durationToEnd = averageInterval / 2;

  let factor = sampledInterval !== 0 ? (sampledInterval + durationToStart + durationToEnd) / sampledInterval : 1;
  const extrapolationFactor = factor;
  if (isRate) factor /= (w.rangeEndMs - w.rangeStartMs) / 1000;
  const value = result * factor;
  if (sink !== undefined) {
    sink.out = {
      rangeStartMs: w.rangeStartMs,
      rangeEndMs: w.rangeEndMs,
      samples: count,
      first: { t: firstT, v: firstV },
      last: { t: lastT, v: lastV },
      resets: sink.resets,
      resetCorrection: sink.resetCorrection,
      increase: result,
      sampledIntervalS: sampledInterval,
      averageIntervalS: averageInterval,
      extendStartS: durationToStart,
      extendEndS: durationToEnd,
      startRule,
      endRule,
      factor: extrapolationFactor,
      ...(isRate ? { perSecondOverS: (w.rangeEndMs - w.rangeStartMs) / 1000 } : {}),
      result: value,
    };
  }
  return value;
}

/** firstIndexAfter is the smallest i < limit with f[i].t > t (or with >= when inclusive), else limit. */
function firstIndexAfter(f: readonly FloatPoint[], limit: number, t: number, inclusive: boolean): number {
  let lo = 0;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const mt = f[mid]!.t;
    if (inclusive ? mt >= t : mt > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * interpolateAt is the straight line between two samples, evaluated at t.
 * For a counter that reset between them the line starts from zero instead.
 */
function interpolateAt(p1: FloatPoint, p2: FloatPoint, t: number, isCounter: boolean): number {
  const y1 = isCounter && p2.v < p1.v ? 0 : p1.v;
  return y1 + ((p2.v - y1) * (t - p1.t)) / (p2.t - p1.t);
}

/**
 * extendedRate serves the `anchored` and `smoothed` modifiers: no
 * extrapolation. Anchored uses the last sample at or before the window start
 * as the left value; smoothed interpolates both boundary values from the
 * samples around them.
 */
function extendedRate(w: RangeWindow, isCounter: boolean, isRate: boolean): number | undefined {
  const f = w.floats;
  const start = w.rangeStartMs;
  const end = w.rangeEndMs;
  let last = f.length - 1;
  let first = Math.max(0, firstIndexAfter(f, last, start, false) - 1);
  if (w.smoothed) last = firstIndexAfter(f, last, end, true);

  if (f[last]!.t <= start) return undefined;
  if (w.smoothed && f[first]!.t > end) return undefined;

  const left = w.smoothed && f[first]!.t < start ? interpolateAt(f[first]!, f[first + 1]!, start, isCounter) : f[first]!.v;
  const right = w.smoothed && last > 0 && f[last]!.t > end ? interpolateAt(f[last - 1]!, f[last]!, end, isCounter) : f[last]!.v;
  let result = right - left;

  if (isCounter) {
    // Resets across the boundaries are already in left/right; only count
    // those among the samples strictly inside the window.
    if (f[first]!.t <= start) first++;
    if (f[last]!.t >= end) last--;
    let prev = left;
    for (let i = first; i <= last; i++) {
      const v = f[i]!.v;
      if (v < prev) result += prev;
      prev = v;
    }
    if (right < prev) result += prev;
  }
  if (isRate) result /= (end - start) / 1000;
  return result;
}

/**
 * instantValue serves irate/idelta from the last two samples of the window.
 * For irate a decrease counts as a counter reset, and the rate is then the
 * last value over the interval (the counter restarted from zero).
 */
function instantValue(w: RangeWindow, ctx: FunctionContext, isRate: boolean): number | undefined {
  // The newest two samples of either kind, oldest first, with their start times.
  const sts = isRate ? (w.floatStartTimestamps ?? []) : [];
  const n = w.floats.length;
  const tail: { t: number; v?: number; st: number }[] = [
    ...w.floats.slice(-2).map((p, i) => ({ t: p.t, v: p.v, st: sts[n - Math.min(n, 2) + i] ?? 0 })),
    ...w.histograms.slice(-2).map((p) => ({ t: p.t, st: 0 })),
  ].sort((a, b) => a.t - b.t);
  const prev = tail[tail.length - 2];
  const last = tail[tail.length - 1];
  if (prev === undefined || last === undefined) return undefined;
  if (prev.v === undefined || last.v === undefined) {
    // Two native histograms are not evaluated yet; a float next to a histogram is an error upstream too.
    if (prev.v !== undefined || last.v !== undefined) warnMixedFloatsHistograms(w, ctx);
    return undefined;
  }
  return instantOf(prev.t, prev.v, prev.st, last.t, last.v, last.st, isRate);
}

/** instantSpan is instantValue over a plain float window. */
function instantSpan(w: SampleSpan, isRate: boolean): number | undefined {
  const { ts, vs, hi } = w;
  if (hi - w.lo < 2) return undefined;
  const sts = isRate ? w.sts : undefined;
  const prevSt = sts !== undefined ? sts[hi - 2]! : 0;
  const lastSt = sts !== undefined ? sts[hi - 1]! : 0;
  return instantOf(ts[hi - 2]!, vs[hi - 2]!, prevSt, ts[hi - 1]!, vs[hi - 1]!, lastSt, isRate);
}

/** instantOf is irate/idelta of two float samples (times in ms, start times 0 when unknown). */
function instantOf(prevT: number, prevV: number, prevSt: number, lastT: number, lastV: number, lastSt: number, isRate: boolean): number | undefined {
  const intervalMs = lastT - prevT;
  if (intervalMs === 0) return undefined;
  // For irate a decrease (or a new start time) is a reset: the counter restarted from zero.
  const reset = isRate && (lastV < prevV || isStartTimestampReset(prevSt, prevT, lastSt, lastT));
  const result = reset ? lastV : lastV - prevV;
  return isRate ? result / (intervalMs / 1000) : result;
}

/**
 * rateFunction builds rate/increase/delta. The info that rate()/increase()
 * look at something that is probably not a counter (judged by its name) is
 * raised by the evaluator once per series, as upstream's engine does.
 */
function rateFunction(isCounter: boolean, isRate: boolean): RangeFunction {
  return {
    kind: 'range',
    apply: (w, _scalars, ctx) => extrapolatedRate(w, ctx, isCounter, isRate),
    applySpan: (w, _scalars, ctx) => extrapolatedSpan(w, ctx, isCounter, isRate),
    explain: (w, _scalars, ctx) => {
      // anchored/smoothed windows are not extrapolated: nothing to explain.
      if (w.anchored || w.smoothed) return undefined;
      const sink: ExplainSink = { resets: 0, resetCorrection: 0 };
      extrapolatedRate(w, ctx, isCounter, isRate, sink);
      return sink.out;
    },
  };
}

export const RATE_FUNCTIONS = {
  rate: rateFunction(true, true),
  increase: rateFunction(true, false),
  delta: rateFunction(false, false),
  irate: { kind: 'range', apply: (w, _s, ctx) => instantValue(w, ctx, true), applySpan: (w) => instantSpan(w, true) } satisfies RangeFunction,
  idelta: { kind: 'range', apply: (w, _s, ctx) => instantValue(w, ctx, false), applySpan: (w) => instantSpan(w, false) } satisfies RangeFunction,
} as const;
