import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { StackedSeries } from './types';

export interface ValueScaleOptions {
  readonly stacked: boolean;
  /** Fixed bounds (Grafana's min/max); NaN-free values only. */
  readonly min?: number;
  readonly max?: number;
  /** Log base for a logarithmic axis; values ≤ 0 cannot be drawn on it. */
  readonly logBase?: number;
  /** Values that must stay visible, e.g. threshold steps drawn as lines. */
  readonly include?: readonly number[];
}

/**
 * makeValueScale maps values onto [bottom, top] pixels: linear from zero (or
 * the data's minimum when it is negative), or logarithmic over the positive
 * values. Fixed min/max override the data's extent, as in Grafana.
 */
export function makeValueScale(series: readonly StackedSeries[], bottom: number, top: number, o: ValueScaleOptions): ScaleContinuousNumeric<number, number> {
  let lo = Infinity;
  let hi = -Infinity;
  const see = (v: number) => {
    if (!Number.isFinite(v) || (o.logBase && v <= 0)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const s of series) {
    for (let i = 0; i < s.y1.length; i++) {
      see(s.y1[i]!);
      if (o.stacked) see(s.y0[i]!);
    }
  }
  for (const v of o.include ?? []) see(v);
  if (o.logBase) {
    if (!Number.isFinite(lo)) [lo, hi] = [1, 10];
    if (lo === hi) [lo, hi] = [lo / o.logBase, hi * o.logBase];
    return scaleLog().base(o.logBase).domain([o.min && o.min > 0 ? o.min : lo, o.max ?? hi]).range([bottom, top]).nice();
  }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  if (lo === hi) hi = 1;
  // Round the free ends to nice ticks; fixed ends stay where the panel puts them.
  const y = scaleLinear().domain([o.min ?? lo, o.max ?? hi]).range([bottom, top]).nice();
  const [niceLo, niceHi] = y.domain() as [number, number];
  return y.domain([o.min ?? niceLo, o.max ?? niceHi]);
}
