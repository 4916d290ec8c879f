import type { MatrixSelector } from '../ast';
import type { Labels } from '../../model/labels';
import { getLabel, METRIC_NAME } from '../../model/labels';
import type { FloatPoint } from '../../model/samples';
import type { EvalContext } from './context';
import type { Grid } from './grid';
import { refTime, selectSeries } from './select';
import { upperBound } from './selector';

/**
 * RangeSeries is one series' samples over everything a range argument can
 * look at during the whole grid, staleness markers removed. Windows are index
 * ranges into it, found by binary search.
 */
export interface RangeSeries {
  readonly labels: Labels;
  readonly dropName: boolean;
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  /** Start timestamps (ms, 0 = unknown) when storage has them. */
  readonly sts?: Float64Array;
  readonly len: number;
}

/** RangeInput is a range-vector argument (matrix selector or subquery) ready to be windowed per step. */
export interface RangeInput {
  readonly series: RangeSeries[];
  readonly rangeMs: number;
  readonly offsetMs: number;
  readonly atMs?: number;
  readonly anchored: boolean;
  readonly smoothed: boolean;
  /** For a subquery: the grid its inner expression was evaluated on (shown in traces). */
  readonly grid?: Grid;
  /**
   * For a subquery: the samples its inner evaluation touched. They are not
   * counted in the query's total unless the subquery is the query's result;
   * a function over it counts its windows instead (as upstream).
   */
  readonly innerSamples?: number;
}

/** windowEnd is the right edge of the window for a step time (after `@` and offset). */
export function windowEnd(input: RangeInput, tMs: number): number {
  return (input.atMs ?? tMs) - input.offsetMs;
}

/** pointsOf returns the samples [lo, hi) of a range series as FloatPoints (for traces). */
export function pointsOf(s: RangeSeries, lo: number, hi: number): FloatPoint[] {
  const pts: FloatPoint[] = [];
  for (let i = lo; i < hi; i++) pts.push({ t: s.ts[i]!, v: s.vs[i]! });
  return pts;
}

/**
 * WindowCursor finds, step by step, the index range [lo, hi) of the samples
 * a series' window covers: (end − range, end], widened by the lookback delta
 * on the left for `anchored` and on both sides for `smoothed` (the functions
 * pick or interpolate the boundary values from those extra samples). Window
 * ends only grow from step to step (or stay put under `@`), so the cursor
 * moves forward instead of searching.
 */
export class WindowCursor {
  lo = 0;
  hi = 0;
  private readonly leftExtra: number;
  private readonly rightExtra: number;

  constructor(
    private readonly input: RangeInput,
    lookbackMs: number,
  ) {
    this.leftExtra = input.anchored || input.smoothed ? lookbackMs : 0;
    this.rightExtra = input.smoothed ? lookbackMs : 0;
  }

  /** seek positions the cursor on the window ending at endMs for series s. */
  seek(s: RangeSeries, endMs: number): void {
    const from = endMs - this.input.rangeMs - this.leftExtra;
    const to = endMs + this.rightExtra;
    const ts = s.ts;
    let lo = this.lo;
    let hi = this.hi;
    if (lo > 0 && ts[lo - 1]! > from) lo = upperBound(ts, s.len, from);
    while (lo < s.len && ts[lo]! <= from) lo++;
    if (hi > 0 && ts[hi - 1]! > to) hi = upperBound(ts, s.len, to);
    if (hi < lo) hi = lo;
    while (hi < s.len && ts[hi]! <= to) hi++;
    this.lo = lo;
    this.hi = hi;
  }

  /** reset starts over for another series. */
  reset(): void {
    this.lo = 0;
    this.hi = 0;
  }
}

/** loadMatrixSelector reads a matrix selector's series for every window the grid needs. */
export function loadMatrixSelector(ctx: EvalContext, ms: MatrixSelector, g: Grid): RangeInput {
  const vs = ms.selector;
  const input = {
    rangeMs: ms.rangeMs,
    offsetMs: vs.offsetMs,
    atMs: vs.at?.kind === 'time' ? vs.at.ms : undefined,
    anchored: vs.anchored === true,
    smoothed: vs.smoothed === true,
  };
  const lb = input.anchored || input.smoothed ? ctx.lookbackMs : 0;
  const first = refTime(vs, g.startMs);
  const last = refTime(vs, g.endMs);
  const minT = Math.min(first, last) - ms.rangeMs - lb + 1;
  const maxT = Math.max(first, last) + (input.smoothed ? lb : 0);
  const series: RangeSeries[] = [];
  let read = 0;
  for (const s of selectSeries(ctx, vs, minT, maxT)) {
    const b = s.samples(minT, maxT);
    read += b.length;
    if (b.length === 0) continue;
    if (b.hs === undefined && b.stale.indexOf(1) < 0) {
      // Nothing to filter out: window the batch's own (read-only) arrays instead of copying them.
      series.push({ labels: s.labels, dropName: false, ts: b.ts, vs: b.vs, len: b.length, ...(b.sts !== undefined ? { sts: b.sts } : {}) });
      continue;
    }
    const ts = new Float64Array(b.length);
    const values = new Float64Array(b.length);
    const sts = b.sts !== undefined ? new Float64Array(b.length) : undefined;
    let n = 0;
    for (let i = 0; i < b.length; i++) {
      if (b.stale[i] === 1) continue;
      if (b.hs !== undefined && b.hs[i] !== undefined) continue; // native histograms are not evaluated yet
      ts[n] = b.ts[i]!;
      values[n] = b.vs[i]!;
      if (sts !== undefined) sts[n] = b.sts![i]!;
      n++;
    }
    if (n === 0) continue;
    series.push({ labels: s.labels, dropName: false, ts, vs: values, len: n, ...(sts !== undefined ? { sts } : {}) });
  }
  ctx.tracer?.read(read);
  return { ...input, series };
}

/** metricNameOf is the series' metric name ('' when it has none), for annotations. */
export function metricNameOf(s: RangeSeries): string {
  return getLabel(s.labels, METRIC_NAME);
}
