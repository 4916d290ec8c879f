import type { FloatPoint } from '../../model/samples';
import { kahanInc, quantileOf } from './numeric';
import { checkQuantile, infoIgnoredHistograms, warnMixedFloatsHistograms } from './output';
import { spanOfWindow } from './span';
import type { FunctionContext, RangeFunction, RangeWindow, SampleSpan } from './types';

/**
 * The `*_over_time` family: aggregations of one series' samples inside the
 * range window. Native histogram samples are not evaluated yet: windows of
 * only histograms produce nothing, and windows that mix both follow
 * Prometheus's rules for floats (ignore the histograms with an info, or
 * refuse with a warning where Prometheus refuses).
 */

/**
 * floatAggregation wraps an aggregation over float samples: no floats → no
 * output; floats and histograms together → the histograms are ignored with
 * an info annotation.
 */
function floatAggregation(f: (floats: readonly FloatPoint[]) => number): RangeFunction {
  return {
    kind: 'range',
    apply(w, _scalars, ctx) {
      if (w.floats.length === 0) return undefined;
      if (w.histograms.length > 0) infoIgnoredHistograms(w, ctx);
      return f(w.floats);
    },
  };
}

/**
 * spanAggregation is floatAggregation for aggregations written over a
 * SampleSpan, which also serve the evaluator's fast path.
 */
function spanAggregation(f: (w: SampleSpan) => number): RangeFunction {
  return {
    kind: 'range',
    apply(w, _scalars, ctx) {
      if (w.floats.length === 0) return undefined;
      if (w.histograms.length > 0) infoIgnoredHistograms(w, ctx);
      return f(spanOfWindow(w));
    },
    applySpan: (w) => (w.hi > w.lo ? f(w) : undefined),
  };
}

/**
 * summableFloats returns the floats that sum/avg_over_time aggregate, or
 * undefined when there are none or when floats and histograms are mixed
 * (which Prometheus refuses with a warning).
 */
function summableFloats(w: RangeWindow, ctx: FunctionContext): readonly FloatPoint[] | undefined {
  if (w.floats.length > 0 && w.histograms.length > 0) {
    warnMixedFloatsHistograms(w, ctx);
    return undefined;
  }
  return w.floats.length === 0 ? undefined : w.floats;
}

/**
 * summable wraps sum/avg_over_time: no floats → no output; floats and
 * histograms together → no output and a warning, as Prometheus refuses.
 */
function summable(f: (w: SampleSpan) => number): RangeFunction {
  return {
    kind: 'range',
    apply: (w, _s, ctx) => (summableFloats(w, ctx) === undefined ? undefined : f(spanOfWindow(w))),
    applySpan: (w) => (w.hi > w.lo ? f(w) : undefined),
  };
}

/** sumOf is sum_over_time: compensated summation; an infinite sum is returned without its compensation. */
function sumOf(w: SampleSpan): number {
  const vs = w.vs;
  let sum = 0;
  let c = 0;
  for (let i = w.lo; i < w.hi; i++) [sum, c] = kahanInc(vs[i]!, sum, c);
  return Number.isFinite(sum) ? sum + c : sum;
}

/**
 * avg_over_time divides a compensated sum by the count, which upstream
 * found more accurate than an incremental mean; only when the running sum
 * would overflow does it switch to the incremental mean (still compensated).
 */
function averageOf(w: SampleSpan): number {
  const values = w.vs;
  const lo = w.lo;
  let sum = w.hi > lo ? values[lo]! : NaN;
  let c = 0;
  let mean = 0;
  let incremental = false;
  let count = 1;
  for (let i = lo + 1; i < w.hi; i++) {
    const v = values[i]!;
    count = i - lo + 1;
    if (!incremental) {
      const [newSum, newC] = kahanInc(v, sum, c);
      if (newSum !== Infinity && newSum !== -Infinity) {
        sum = newSum;
        c = newC;
        continue;
      }
      incremental = true;
      mean = sum / (count - 1);
      c /= count - 1;
    }
    const q = (count - 1) / count;
    [mean, c] = kahanInc(v / count, q * mean, q * c);
  }
  if (incremental) return mean + c;
  return sum / count + c / count;
}


/**
 * varianceOf is the population variance by Welford's method with each
 * running quantity compensated, as Prometheus computes it.
 */
function varianceOf(floats: readonly FloatPoint[]): number {
  let count = 0;
  let mean = 0;
  let cMean = 0;
  let aux = 0;
  let cAux = 0;
  for (const p of floats) {
    count++;
    const delta = p.v - (mean + cMean);
    [mean, cMean] = kahanInc(delta / count, mean, cMean);
    [aux, cAux] = kahanInc(delta * (p.v - (mean + cMean)), aux, cAux);
  }
  return (aux + cAux) / count;
}

/**
 * extremeOverTime picks the max or min value (or its timestamp). A NaN
 * current pick is replaced by any later value, so NaN only wins when every
 * value is NaN. The ts_of_* variants compare with <=/>= so that later
 * equal values win: they report the most recent occurrence.
 */
function extremeOverTime(better: (cur: number, best: number) => boolean, timestamp: boolean): RangeFunction {
  return spanAggregation((w) => {
    const vs = w.vs;
    let best = w.lo;
    for (let i = w.lo; i < w.hi; i++) {
      if (better(vs[i]!, vs[best]!) || Number.isNaN(vs[best]!)) best = i;
    }
    return timestamp ? w.ts[best]! / 1000 : vs[best]!;
  });
}

/** mad_over_time: median of absolute deviations from the median; any NaN makes it NaN. */
const madOverTime = floatAggregation((floats) => {
  const values = floats.map((p) => p.v);
  if (values.some(Number.isNaN)) return NaN;
  const median = quantileOf(0.5, values);
  return quantileOf(0.5, values.map((v) => Math.abs(v - median)));
});

const quantileOverTime: RangeFunction = {
  kind: 'range',
  apply(w, scalars, ctx) {
    const q = scalars[0] ?? NaN;
    if (w.floats.length === 0) return undefined;
    checkQuantile(q, ctx, 0);
    if (w.histograms.length > 0) infoIgnoredHistograms(w, ctx);
    return quantileOf(q, w.floats.map((p) => p.v));
  },
};

/**
 * first/last_over_time return the earliest/latest sample; when that is a
 * native histogram there is no float result. They keep the metric name,
 * because they act like an offset rather than a computation.
 */
const firstOverTime: RangeFunction = {
  kind: 'range',
  keepName: true,
  apply(w) {
    const f = w.floats[0];
    const h = w.histograms[0];
    if (f === undefined) return undefined;
    if (h !== undefined && h.t < f.t) return undefined;
    return f.v;
  },
  applySpan: (w) => (w.hi > w.lo ? w.vs[w.lo] : undefined),
};

const lastOverTime: RangeFunction = {
  kind: 'range',
  keepName: true,
  apply(w) {
    const f = w.floats[w.floats.length - 1];
    const h = w.histograms[w.histograms.length - 1];
    if (f === undefined) return undefined;
    if (h !== undefined && h.t >= f.t) return undefined;
    return f.v;
  },
  applySpan: (w) => (w.hi > w.lo ? w.vs[w.hi - 1] : undefined),
};

function anySample(w: RangeWindow): boolean {
  return w.floats.length + w.histograms.length > 0;
}

export const OVER_TIME_FUNCTIONS = {
  sum_over_time: summable(sumOf),
  avg_over_time: summable(averageOf),
  count_over_time: {
    kind: 'range',
    apply: (w) => (anySample(w) ? w.floats.length + w.histograms.length : undefined),
    applySpan: (w) => (w.hi > w.lo ? w.hi - w.lo : undefined),
  } satisfies RangeFunction,
  present_over_time: {
    kind: 'range',
    apply: (w) => (anySample(w) ? 1 : undefined),
    applySpan: (w) => (w.hi > w.lo ? 1 : undefined),
  } satisfies RangeFunction,
  min_over_time: extremeOverTime((cur, best) => cur < best, false),
  max_over_time: extremeOverTime((cur, best) => cur > best, false),
  ts_of_min_over_time: extremeOverTime((cur, best) => cur <= best, true),
  ts_of_max_over_time: extremeOverTime((cur, best) => cur >= best, true),
  ts_of_first_over_time: {
    kind: 'range',
    apply: (w) => (anySample(w) ? Math.min(w.floats[0]?.t ?? Infinity, w.histograms[0]?.t ?? Infinity) / 1000 : undefined),
    applySpan: (w) => (w.hi > w.lo ? w.ts[w.lo]! / 1000 : undefined),
  } satisfies RangeFunction,
  ts_of_last_over_time: {
    kind: 'range',
    apply: (w) =>
      anySample(w)
        ? Math.max(w.floats[w.floats.length - 1]?.t ?? -Infinity, w.histograms[w.histograms.length - 1]?.t ?? -Infinity) / 1000
        : undefined,
    applySpan: (w) => (w.hi > w.lo ? w.ts[w.hi - 1]! / 1000 : undefined),
  } satisfies RangeFunction,
  stddev_over_time: floatAggregation((floats) => Math.sqrt(varianceOf(floats))),
  stdvar_over_time: floatAggregation((floats) => varianceOf(floats)),
  quantile_over_time: quantileOverTime,
  mad_over_time: madOverTime,
  first_over_time: firstOverTime,
  last_over_time: lastOverTime,
} as const;
