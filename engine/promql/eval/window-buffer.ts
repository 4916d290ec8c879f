import type { Labels } from '../../model/labels';
import type { FloatPoint, HistogramPoint } from '../../model/samples';
import type { RangeWindow } from '../functions/types';
import type { RangeInput, RangeSeries } from './range-input';

/** NO_HISTOGRAMS is the histogram list of every float window (native histograms are not evaluated yet). */
const NO_HISTOGRAMS: readonly HistogramPoint[] = Object.freeze([]);

/** MutablePoint is a FloatPoint the buffer rewrites for the next series. */
interface MutablePoint {
  t: number;
  v: number;
}

/**
 * WindowBuffer is one mutable RangeWindow per range-function call, refilled
 * at every step, like StepContext, with point objects that are rewritten for
 * each series. A range query calls the function once per series and step;
 * a fresh window per step and fresh points per series (kept alive until the
 * query ended, so the collector had to copy them) made allocation the bulk
 * of the work. The function contract allows this: a window and its points
 * are only valid during the call.
 */
export interface WindowBuffer extends RangeWindow {
  labels: Labels;
  floats: FloatPoint[];
  floatStartTimestamps: number[] | undefined;
  rangeStartMs: number;
  rangeEndMs: number;
  metricName: string;
  /** points[0, len) are the current series' samples. */
  readonly points: MutablePoint[];
  /** sts are the current series' start timestamps, when it has them and the function uses them. */
  sts: Float64Array | undefined;
}

/** newWindowBuffer creates the buffer for one call over `input` (all fields present so its shape never changes). */
export function newWindowBuffer(input: RangeInput): WindowBuffer {
  return {
    labels: [],
    floats: [],
    histograms: NO_HISTOGRAMS,
    floatStartTimestamps: undefined,
    rangeStartMs: 0,
    rangeEndMs: 0,
    anchored: input.anchored,
    smoothed: input.smoothed,
    metricName: '',
    points: [],
    sts: undefined,
  };
}

/** loadSeries points the buffer at series s; `withSts` passes its start timestamps on to the function. */
export function loadSeries(w: WindowBuffer, s: RangeSeries, metricName: string, withSts: boolean): void {
  w.labels = s.labels;
  w.metricName = metricName;
  w.sts = withSts ? s.sts : undefined;
  const points = w.points;
  const { ts, vs, len } = s;
  const reuse = Math.min(len, points.length);
  for (let i = 0; i < reuse; i++) {
    const p = points[i]!;
    p.t = ts[i]!;
    p.v = vs[i]!;
  }
  for (let i = reuse; i < len; i++) points.push({ t: ts[i]!, v: vs[i]! });
}

/** fillWindow makes the window hold the current series' samples [lo, hi). */
export function fillWindow(w: WindowBuffer, lo: number, hi: number): void {
  const floats = w.floats;
  const points = w.points;
  const n = hi - lo;
  for (let k = 0; k < n; k++) floats[k] = points[lo + k]!;
  // Setting the length is a slow runtime call; sliding windows mostly keep theirs.
  if (floats.length !== n) floats.length = n;
  const sts = w.sts;
  w.floatStartTimestamps = sts !== undefined ? Array.from(sts.subarray(lo, hi)) : undefined;
}
