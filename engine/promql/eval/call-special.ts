import type { Call, Expr, VectorSelector } from '../ast';
import { absentLabels } from '../functions/absent';
import { QueryError } from '../errors';
import { OutputBuilder } from './builder';
import { loadRangeArg } from './call-range';
import { nameDroppedCol, nonEmpty, setOnce } from './call';
import type { EvalContext, EvalFn } from './context';
import { stepTime, type Grid } from './grid';
import { WindowCursor, windowEnd } from './range-input';
import { evalVectorSelector } from './selector';
import { newCol, type EvalValue, type VectorVal } from './value';

/**
 * timestamp(v) returns each sample's timestamp in seconds. Over a plain
 * selector that is the timestamp of the sample actually selected (not the
 * step time), so the selector is evaluated with that in mind.
 */
export async function timestampCall(ctx: EvalContext, e: Call, g: Grid, evalFn: EvalFn): Promise<VectorVal> {
  const arg = unwrap(e.args[0]);
  if (arg === undefined) throw new QueryError('execution', 'timestamp() needs an argument', e.pos);
  let vec: VectorVal;
  if (arg.kind === 'VectorSelector') {
    vec = await tracedSelector(ctx, arg, g, 'time');
  } else {
    const v = await evalFn(ctx, arg, g);
    if (v.kind !== 'vector') throw new QueryError('execution', 'timestamp() needs an instant vector', e.pos);
    vec = v;
    for (const s of vec.series) for (let i = 0; i < g.n; i++) s.vals[i] = stepTime(g, i) / 1000;
  }
  const out = new OutputBuilder(g.n, false);
  for (const s of vec.series) {
    const col = nameDroppedCol(ctx, out, s);
    for (let i = 0; i < g.n; i++) if (s.has[i] === 1) setOnce(col, i, s.vals[i]!);
  }
  return { kind: 'vector', series: nonEmpty(out.series) };
}

/**
 * startTimestampCall is `start_timestamp(v)` over a plain selector: the start
 * ("created") timestamp of each selected sample in seconds (0 when unknown).
 * Any other argument has no start timestamps; the registry answers those.
 */
export async function startTimestampCall(ctx: EvalContext, e: Call, g: Grid): Promise<VectorVal | undefined> {
  const arg = unwrap(e.args[0]);
  if (arg?.kind !== 'VectorSelector') return undefined;
  const vec = await tracedSelector(ctx, arg, g, 'start');
  const out = new OutputBuilder(g.n, false);
  for (const s of vec.series) {
    const col = nameDroppedCol(ctx, out, s);
    for (let i = 0; i < g.n; i++) if (s.has[i] === 1) setOnce(col, i, s.vals[i]!);
  }
  return { kind: 'vector', series: nonEmpty(out.series) };
}

async function tracedSelector(ctx: EvalContext, vs: VectorSelector, g: Grid, value: 'time' | 'start'): Promise<VectorVal> {
  ctx.tracer?.enter(vs);
  const vec = await evalVectorSelector(ctx, vs, g, { value });
  ctx.tracer?.exit(vec.series.length);
  return vec;
}

function unwrap(e: Expr | undefined): Expr | undefined {
  while (e !== undefined && (e.kind === 'ParenExpr' || e.kind === 'StepInvariantExpr')) e = e.expr;
  return e;
}

/**
 * absent_over_time(v[d]) is 1 at the steps where no series has any sample in
 * its window, labelled from the selector's equality matchers.
 */
export async function absentOverTime(ctx: EvalContext, e: Call, g: Grid, evalFn: EvalFn): Promise<EvalValue> {
  const arg = e.args[0];
  if (arg === undefined || (arg.kind !== 'MatrixSelector' && arg.kind !== 'SubqueryExpr')) {
    throw new QueryError('execution', 'absent_over_time() needs a range vector', e.pos);
  }
  const input = await loadRangeArg(ctx, arg, g, evalFn);
  const present = new Uint8Array(g.n);
  const cur = new WindowCursor(input, ctx.lookbackMs);
  // Samples accounting as for other range functions: one intermediate point per non-empty window.
  const base = ctx.limits.current;
  let outSoFar = 0;
  for (const s of input.series) {
    cur.reset();
    let maxWindow = 0;
    let lastWindow = 0;
    let points = 0;
    for (let i = 0; i < g.n; i++) {
      cur.seek(s, windowEnd(input, stepTime(g, i)));
      lastWindow = cur.hi - cur.lo;
      if (lastWindow === 0) continue;
      present[i] = 1;
      points++;
      ctx.limits.totalRead += lastWindow;
      if (lastWindow > maxWindow) maxWindow = lastWindow;
    }
    ctx.limits.settle(base + outSoFar, maxWindow);
    ctx.limits.settle(base + outSoFar + points, lastWindow);
    outSoFar += points;
  }
  ctx.limits.settle(base, 0);
  const labels = arg.kind === 'MatrixSelector' ? absentLabels(arg.selector.matchers) : [];
  const col = newCol(labels, g.n, true);
  for (let i = 0; i < g.n; i++) {
    if (present[i] === 1) continue;
    col.vals[i] = 1;
    col.has[i] = 1;
  }
  return { kind: 'vector', series: nonEmpty([col]) };
}
