import type { Call, MatrixSelector, SubqueryExpr } from '../ast';
import { dropMetricName, goQuote } from '../../model/labels';
import { QueryError } from '../errors';
import type { RangeFunction } from '../functions/types';
import { ERR_SAME_LABELSET } from './builder';
import type { EvalContext, EvalFn } from './context';
import { stepContext, type StepContext } from './fn-context';
import { stepTime, type Grid } from './grid';
import { keyOf } from './label-key';
import { loadMatrixSelector, metricNameOf, pointsOf, WindowCursor, windowEnd, type RangeInput } from './range-input';
import { loadSubquery } from './subquery';
import { TRACE_EXTRAPOLATION_LIMIT, TRACE_SERIES_LIMIT, type ExtrapolationTrace, type RangeTrace } from './trace-detail';
import { newCols, type SeriesCol, type VectorVal } from './value';
import { fillWindow, loadSeries, newWindowBuffer } from './window-buffer';
import { loadSpanSeries, newSpanBuffer } from './window-span';

const ANCHORED_SAFE = ['changes', 'delta', 'increase', 'rate', 'resets'];
const SMOOTHED_SAFE = ['delta', 'increase', 'rate'];
const COUNTER_SUFFIXES = ['_total', '_sum', '_count', '_bucket'];
/** The functions that look at start timestamps, as upstream. */
const START_TIMESTAMP_USERS = new Set(['rate', 'increase', 'irate', 'resets']);

/** checkRangeModifiers rejects `anchored`/`smoothed` with functions that cannot use them. */
export function checkRangeModifiers(func: string, arg: MatrixSelector | SubqueryExpr): void {
  if (arg.kind !== 'MatrixSelector') return;
  const vs = arg.selector;
  if (vs.anchored === true && !ANCHORED_SAFE.includes(func)) {
    throw new QueryError('execution', `anchored modifier can only be used with: ${ANCHORED_SAFE.join(', ')} - not with ${func}`);
  }
  if (vs.smoothed === true && !SMOOTHED_SAFE.includes(func)) {
    throw new QueryError('execution', `smoothed modifier can only be used with: ${SMOOTHED_SAFE.join(', ')} - not with ${func}`);
  }
}

/** loadRangeArg reads a matrix selector or evaluates a subquery for windowing over the grid. */
export async function loadRangeArg(
  ctx: EvalContext,
  arg: MatrixSelector | SubqueryExpr,
  g: Grid,
  evalFn: EvalFn,
): Promise<RangeInput> {
  const tr = ctx.tracer;
  tr?.enter(arg);
  const input = arg.kind === 'MatrixSelector' ? loadMatrixSelector(ctx, arg, g) : await loadSubquery(ctx, arg, g, evalFn);
  if (tr !== undefined) {
    tr.detail(windowTrace(ctx, input, g));
    tr.exit(input.series.length);
  }
  return input;
}

/** windowTrace lists each series' samples in its window at the last step (for the explain view). */
function windowTrace(ctx: EvalContext, input: RangeInput, g: Grid): RangeTrace {
  const end = windowEnd(input, stepTime(g, g.n - 1));
  const cur = new WindowCursor(input, ctx.lookbackMs);
  const windows = input.series.slice(0, TRACE_SERIES_LIMIT).map((s) => {
    cur.reset();
    cur.seek(s, end);
    return { labels: s.labels, window: pointsOf(s, cur.lo, cur.hi) };
  });
  const sub = input.grid;
  return {
    kind: 'range',
    rangeMs: input.rangeMs,
    windowEndMs: end,
    ...(sub !== undefined ? { subquery: { startMs: sub.startMs, endMs: sub.endMs, stepMs: sub.stepMs, steps: sub.n } } : {}),
    lastStep: windows,
  };
}

/**
 * rangeCall applies a range-vector function to each series' window at each
 * step. Every input series gives at most one output series; the metric name
 * is dropped unless the function keeps it (last_over_time, first_over_time),
 * and a name already marked for dropping (from a subquery) stays marked.
 */
export async function rangeCall(
  ctx: EvalContext,
  e: Call,
  impl: RangeFunction,
  arg: MatrixSelector | SubqueryExpr,
  scalars: readonly Float64Array[],
  g: Grid,
  evalFn: EvalFn,
): Promise<VectorVal> {
  const input = await loadRangeArg(ctx, arg, g, evalFn);
  const sctx = stepContext(ctx, e);
  const sc = new Array<number>(scalars.length).fill(0);
  const out: SeriesCol[] = [];
  const checkCounter = e.func === 'rate' || e.func === 'increase';
  const useSts = START_TIMESTAMP_USERS.has(e.func);
  let windows = 0;
  // Samples accounting as upstream: while a series is processed its window buffer
  // is held on top of the input and of the results produced so far.
  const base = ctx.limits.current;
  let outSoFar = 0;
  const cur = new WindowCursor(input, ctx.lookbackMs);
  const w = newWindowBuffer(input);
  // Plain float windows go to the function's fast path, straight over the series' arrays.
  const span = impl.applySpan !== undefined && !input.anchored && !input.smoothed ? newSpanBuffer() : undefined;
  const cols = newCols(input.series.length, g.n);
  for (const s of input.series) {
    cur.reset();
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const drop = impl.keepName !== true || s.dropName;
    const labels = drop && !ctx.delayedNameRemoval ? dropMetricName(s.labels) : s.labels;
    const col = cols.next(labels, drop);
    const metricName = metricNameOf(s);
    if (span !== undefined) loadSpanSeries(span, s, metricName, useSts);
    else loadSeries(w, s, metricName, useSts);
    let any = false;
    let maxWindow = 0;
    let lastWindow = 0;
    let points = 0;
    for (let i = 0; i < g.n; i++) {
      const t = stepTime(g, i);
      const end = windowEnd(input, t);
      cur.seek(s, end);
      const lo = cur.lo;
      const hi = cur.hi;
      lastWindow = hi - lo;
      if (hi <= lo) continue;
      windows += hi - lo;
      if (hi - lo > maxWindow) maxWindow = hi - lo;
      for (let k = 0; k < scalars.length; k++) sc[k] = scalars[k]![i]!;
      sctx.tMs = t;
      let v: number | undefined;
      if (span !== undefined) {
        span.lo = lo;
        span.hi = hi;
        span.rangeStartMs = end - input.rangeMs;
        span.rangeEndMs = end;
        v = impl.applySpan!(span, sc, sctx);
      } else {
        fillWindow(w, lo, hi);
        w.rangeStartMs = end - input.rangeMs;
        w.rangeEndMs = end;
        v = impl.apply(w, sc, sctx);
      }
      if (v === undefined) continue;
      col.vals[i] = v;
      col.has[i] = 1;
      any = true;
      points++;
    }
    // The series' results are counted once all its steps are done, beside its last window.
    ctx.limits.settle(base + outSoFar, maxWindow);
    ctx.limits.settle(base + outSoFar + points, lastWindow);
    outSoFar += points;
    if (!any) continue;
    out.push(col);
    if (checkCounter && metricName !== '' && !COUNTER_SUFFIXES.some((suf) => metricName.endsWith(suf))) {
      // Upstream reports a subquery argument at position 0 (it swaps in a selector without a position).
      const pos = arg.kind === 'SubqueryExpr' ? { start: 0, end: 0 } : e.args[0]?.pos;
      ctx.annotations.info(`metric might not be a counter, name does not end in _total/_sum/_count/_bucket: ${goQuote(metricName)}`, pos);
    }
  }
  ctx.limits.settle(base, outSoFar);
  ctx.limits.totalRead += windows;
  if (ctx.tracer !== undefined && impl.explain !== undefined) {
    ctx.tracer.detail(explainLastStep(ctx, e, impl, input, sctx, sc, scalars, g));
  }
  if (!ctx.delayedNameRemoval) {
    const seen = new Set<string>();
    for (const c of out) {
      const k = keyOf(c.labels);
      if (seen.has(k)) throw new QueryError('execution', ERR_SAME_LABELSET);
      seen.add(k);
    }
  }
  return { kind: 'vector', series: out };
}

/**
 * explainLastStep re-runs the function's own arithmetic (`impl.explain`) on
 * the first series' windows at the last step, for the trace. It runs after
 * the evaluation, so tracing never changes the result.
 */
function explainLastStep(
  ctx: EvalContext,
  e: Call,
  impl: RangeFunction,
  input: RangeInput,
  sctx: StepContext,
  sc: number[],
  scalars: readonly Float64Array[],
  g: Grid,
): ExtrapolationTrace {
  const last = g.n - 1;
  const t = stepTime(g, last);
  const end = windowEnd(input, t);
  const cur = new WindowCursor(input, ctx.lookbackMs);
  const w = newWindowBuffer(input);
  const useSts = START_TIMESTAMP_USERS.has(e.func);
  for (let k = 0; k < scalars.length; k++) sc[k] = scalars[k]![last]!;
  sctx.tMs = t;
  const series: ExtrapolationTrace['series'][number][] = [];
  for (const s of input.series) {
    if (series.length >= TRACE_EXTRAPOLATION_LIMIT) break;
    cur.reset();
    cur.seek(s, end);
    if (cur.hi <= cur.lo) continue;
    loadSeries(w, s, metricNameOf(s), useSts);
    fillWindow(w, cur.lo, cur.hi);
    w.rangeStartMs = end - input.rangeMs;
    w.rangeEndMs = end;
    const arithmetic = impl.explain!(w, sc, sctx);
    if (arithmetic !== undefined) series.push({ labels: s.labels, arithmetic });
  }
  return { kind: 'extrapolation', func: e.func, series };
}
