import type { FloatPoint } from '../../model/samples';
import type { Series } from '../values';
import type { EvalContext } from './context';
import type { Grid } from './grid';
import { WindowCursor, windowEnd, type RangeInput } from './range-input';
import type { MatrixVal } from './value';

/**
 * rangeVectorAt turns a range input into the range vector a query returns
 * at a single step (an instant query of `foo[5m]` or of a subquery): each
 * series' samples in its window, with their own timestamps. `anchored` and
 * `smoothed` windows get boundary points at both window edges.
 */
export function rangeVectorAt(ctx: EvalContext, input: RangeInput, g: Grid): MatrixVal {
  const end = windowEnd(input, g.startMs);
  const out: Series[] = [];
  let points = 0;
  const cur = new WindowCursor(input, ctx.lookbackMs);
  for (const s of input.series) {
    cur.reset();
    cur.seek(s, end);
    const { lo, hi } = cur;
    if (hi <= lo) continue;
    let floats: FloatPoint[] = [];
    for (let i = lo; i < hi; i++) floats.push({ t: s.ts[i]!, v: s.vs[i]! });
    if (input.anchored || input.smoothed) floats = extendFloats(floats, end - input.rangeMs, end, input.smoothed);
    if (floats.length === 0) continue;
    points += floats.length;
    out.push({ labels: s.labels, floats, ...(s.dropName ? { dropName: true } : {}) });
  }
  // Held samples are counted when the node settles (the points are the node's output).
  // A subquery's result counts what its inner evaluation touched, a selector its points.
  ctx.limits.totalRead += input.innerSamples ?? points;
  return { kind: 'matrix', series: out };
}

/**
 * extendFloats makes a window's samples start exactly at `mint` and end at
 * `maxt`: the boundary values are the nearest samples (anchored) or linear
 * interpolations across the boundary (smoothed).
 */
function extendFloats(floats: FloatPoint[], mint: number, maxt: number, smoothed: boolean): FloatPoint[] {
  let last = floats.length - 1;
  let first = Math.max(0, searchFirst(floats, last, (p) => p.t > mint) - 1);
  if (smoothed) last = searchFirst(floats, last, (p) => p.t >= maxt);
  const lastPoint = floats[last];
  const firstPoint = floats[first];
  if (lastPoint === undefined || firstPoint === undefined || lastPoint.t <= mint) return [];
  const left = smoothed && firstPoint.t < mint ? interpolate(firstPoint, floats[first + 1] ?? firstPoint, mint) : firstPoint.v;
  const right = smoothed && last > 0 && lastPoint.t > maxt ? interpolate(floats[last - 1]!, lastPoint, maxt) : lastPoint.v;
  if (firstPoint.t <= mint) first++;
  if (lastPoint.t >= maxt) last--;
  const out: FloatPoint[] = [{ t: mint, v: left }];
  for (let i = first; i <= last; i++) out.push(floats[i]!);
  out.push({ t: maxt, v: right });
  return out;
}

/** searchFirst returns the first index in [0, n) satisfying pred (n when none), like Go's sort.Search. */
function searchFirst(floats: FloatPoint[], n: number, pred: (p: FloatPoint) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(floats[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function interpolate(p1: FloatPoint, p2: FloatPoint, t: number): number {
  if (p2.t === p1.t) return p1.v;
  return p1.v + ((p2.v - p1.v) * (t - p1.t)) / (p2.t - p1.t);
}
