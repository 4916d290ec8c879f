import type { RangeWindow, SampleSpan } from './types';

/**
 * spanOfWindow copies a plain window's floats into a SampleSpan, so that a
 * function's `apply` and `applySpan` run the same arithmetic (the evaluator
 * calls `applySpan` directly; `apply` serves traces and direct callers).
 */
export function spanOfWindow(w: RangeWindow): SampleSpan {
  const f = w.floats;
  const n = f.length;
  const ts = new Float64Array(n);
  const vs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ts[i] = f[i]!.t;
    vs[i] = f[i]!.v;
  }
  const known = w.floatStartTimestamps;
  let sts: Float64Array | undefined;
  if (known !== undefined && known.length > 0) {
    // Samples past the end of the list have no known start time: 0, as upstream.
    sts = new Float64Array(n);
    for (let i = 0; i < Math.min(n, known.length); i++) sts[i] = known[i]!;
  }
  return { ts, vs, sts, lo: 0, hi: n, rangeStartMs: w.rangeStartMs, rangeEndMs: w.rangeEndMs, metricName: w.metricName };
}
