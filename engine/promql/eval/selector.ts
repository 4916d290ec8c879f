import type { VectorSelector } from '../ast';
import type { SampleBatch } from '../../storage/interface';
import type { EvalContext } from './context';
import { stepTime, type Grid } from './grid';
import { refTime, selectSeries } from './select';
import { TRACE_SERIES_LIMIT, type SelectorTrace } from './trace-detail';
import { newCol, type SeriesCol, type VectorVal } from './value';

export interface SelectorOptions {
  /**
   * Store something other than the selected sample's value: its own
   * timestamp (`timestamp(x)`) or its start timestamp (`start_timestamp(x)`), in seconds.
   */
  readonly value?: 'time' | 'start';
}

/**
 * evalVectorSelector evaluates an instant selector over the grid: at each step
 * the newest sample in (ref − lookback, ref] is taken, where ref is the step
 * (or `@`) time minus the offset; a staleness marker as newest sample means
 * the series is absent at that step.
 */
export async function evalVectorSelector(
  ctx: EvalContext,
  vs: VectorSelector,
  g: Grid,
  opts: SelectorOptions = {},
): Promise<VectorVal> {
  if (g.n === 0) return { kind: 'vector', series: [] };
  const lookback = ctx.lookbackMs;
  const firstRef = refTime(vs, g.startMs);
  const lastRef = refTime(vs, g.endMs);
  const smoothed = vs.smoothed === true;
  const minT = Math.min(firstRef, lastRef) - lookback + 1;
  // A smoothed selector interpolates towards the next sample, up to a lookback delta ahead.
  const maxT = Math.max(firstRef, lastRef) + (smoothed ? lookback : 0);
  const stored = selectSeries(ctx, vs, minT, maxT);
  const out: SeriesCol[] = [];
  const traceWindows: SelectorTrace['lastStep'][number][] | undefined = ctx.tracer ? [] : undefined;
  let read = 0;
  for (const s of stored) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const batch = s.samples(minT, maxT);
    read += batch.length;
    const col = newCol(s.labels, g.n);
    const points = smoothed ? fillSmoothed(batch, vs, g, lookback, col) : fillInstant(batch, vs, g, lookback, col, opts.value);
    if (points === 0) continue;
    ctx.limits.hold(points);
    ctx.limits.totalRead += points;
    out.push(col);
    if (traceWindows !== undefined && traceWindows.length < TRACE_SERIES_LIMIT) {
      const ref = refTime(vs, stepTime(g, g.n - 1));
      traceWindows.push({ labels: s.labels, window: windowSamples(batch, ref - lookback, ref) });
    }
  }
  if (ctx.tracer) {
    ctx.tracer.read(read);
    ctx.tracer.detail({ kind: 'selector', lookbackMs: lookback, lastStep: traceWindows ?? [] });
  }
  return { kind: 'vector', series: out };
}

/** fillInstant fills one series' column; returns the number of points set. */
function fillInstant(
  b: SampleBatch,
  vs: VectorSelector,
  g: Grid,
  lookback: number,
  col: SeriesCol,
  value: SelectorOptions['value'],
): number {
  const { ts, vs: values, stale } = b;
  const len = b.length;
  if (len === 0) return 0;
  let points = 0;
  // Refs grow with the step unless `@` pins them, so one forward pointer suffices.
  let j = -1; // index of the newest sample with ts <= ref
  for (let i = 0; i < g.n; i++) {
    const ref = refTime(vs, g.startMs + i * g.stepMs);
    if (j >= 0 && ts[j]! > ref) j = upperBound(ts, len, ref) - 1;
    while (j + 1 < len && ts[j + 1]! <= ref) j++;
    if (j < 0) continue;
    const t = ts[j]!;
    if (t <= ref - lookback || stale[j] === 1) continue;
    if (value === 'start') {
      // Start timestamps exist for histogram samples too; storage without them gives 0 (unknown).
      col.vals[i] = (b.sts?.[j] ?? 0) / 1000;
    } else {
      if (b.hs !== undefined && b.hs[j] !== undefined) continue; // native histograms are not evaluated yet
      col.vals[i] = value === 'time' ? t / 1000 : values[j]!;
    }
    col.has[i] = 1;
    points++;
  }
  return points;
}

/**
 * fillSmoothed fills a `smoothed` selector's column: the value at the
 * reference time itself, else linearly interpolated between the samples
 * around it (within a lookback delta either side), else the last value
 * before it. Staleness markers are ignored.
 */
function fillSmoothed(b: SampleBatch, vs: VectorSelector, g: Grid, lookback: number, col: SeriesCol): number {
  const { ts, vs: values, stale } = b;
  let points = 0;
  for (let i = 0; i < g.n; i++) {
    const ref = refTime(vs, g.startMs + i * g.stepMs);
    let prev = -1;
    let next = -1;
    for (let j = upperBound(ts, b.length, ref - lookback); j < b.length && ts[j]! <= ref + lookback; j++) {
      if (stale[j] === 1 || (b.hs !== undefined && b.hs[j] !== undefined)) continue;
      if (ts[j]! < ref) prev = j;
      else {
        next = j;
        break;
      }
    }
    let v: number;
    if (next >= 0 && ts[next] === ref) v = values[next]!;
    else if (prev >= 0 && next >= 0) {
      const t1 = ts[prev]!;
      const v1 = values[prev]!;
      v = v1 + ((values[next]! - v1) * (ref - t1)) / (ts[next]! - t1);
    } else if (prev >= 0) v = values[prev]!;
    else continue;
    col.vals[i] = v;
    col.has[i] = 1;
    points++;
  }
  return points;
}

/** upperBound returns the first index whose timestamp is > t. */
export function upperBound(ts: Float64Array, len: number, t: number): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** windowSamples lists the raw samples in (fromMs, toMs] for traces, staleness markers included. */
function windowSamples(b: SampleBatch, fromMs: number, toMs: number): { t: number; v: number; stale: boolean }[] {
  const out: { t: number; v: number; stale: boolean }[] = [];
  for (let i = upperBound(b.ts, b.length, fromMs); i < b.length && b.ts[i]! <= toMs; i++) {
    out.push({ t: b.ts[i]!, v: b.vs[i]!, stale: b.stale[i] === 1 });
  }
  return out;
}
