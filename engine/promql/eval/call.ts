import type { Call, Expr, MatrixSelector, SubqueryExpr } from '../ast';
import { QueryError } from '../errors';
import type { FunctionArg, SampleFunction, VectorFunction } from '../functions/types';
import type { Sample, Vector } from '../values';
import { OutputBuilder } from './builder';
import { checkRangeModifiers, rangeCall } from './call-range';
import { absentOverTime, startTimestampCall, timestampCall } from './call-special';
import { evalInfo } from './info';
import type { EvalContext, EvalFn } from './context';
import { stepContext } from './fn-context';
import { stepTime, type Grid } from './grid';
import type { EvalValue, SeriesCol, VectorVal } from './value';
import { dropMetricName } from '../../model/labels';

const SORT_FUNCTIONS = new Set(['sort', 'sort_desc', 'sort_by_label', 'sort_by_label_desc']);

/**
 * evalCall evaluates a function call: the few functions that need more than
 * values (timestamp, absent_over_time, info) here, everything else through
 * the registry according to the implementation's kind.
 */
export async function evalCall(ctx: EvalContext, e: Call, g: Grid, evalFn: EvalFn): Promise<EvalValue> {
  switch (e.func) {
    case 'timestamp':
      return timestampCall(ctx, e, g, evalFn);
    case 'absent_over_time':
      return absentOverTime(ctx, e, g, evalFn);
    case 'info':
      return evalInfo(ctx, e, g, evalFn);
    case 'start_timestamp': {
      const v = await startTimestampCall(ctx, e, g);
      if (v !== undefined) return v;
      break;
    }
  }
  const impl = ctx.functions.impls[e.func];
  if (impl === undefined) throw new QueryError('bad_data', `unknown function with name "${e.func}"`, e.pos);
  if (SORT_FUNCTIONS.has(e.func) && g.n > 1 && g.startMs !== g.endMs) {
    ctx.annotations.warn('sort is ineffective for range queries since results are always ordered by labels', e.pos);
  }
  switch (impl.kind) {
    case 'sample':
      return sampleCall(ctx, e, impl, g, evalFn);
    case 'range': {
      const idx = e.args.findIndex(isRangeArg);
      const arg = e.args[idx];
      if (arg === undefined || !isRangeArg(arg)) throw new QueryError('execution', `function ${e.func} needs a range vector argument`, e.pos);
      checkRangeModifiers(e.func, arg);
      const scalars = await scalarArgs(ctx, e.args.filter((_, i) => i !== idx), g, evalFn);
      return rangeCall(ctx, e, impl, arg, scalars, g, evalFn);
    }
    case 'vector':
      return vectorCall(ctx, e, impl, g, evalFn);
  }
}

function isRangeArg(a: Expr): a is MatrixSelector | SubqueryExpr {
  return a.kind === 'MatrixSelector' || a.kind === 'SubqueryExpr';
}

async function scalarArgs(ctx: EvalContext, args: readonly Expr[], g: Grid, evalFn: EvalFn): Promise<Float64Array[]> {
  const out: Float64Array[] = [];
  for (const a of args) {
    const v = await evalFn(ctx, a, g);
    if (v.kind === 'scalar') out.push(v.vals);
  }
  return out;
}

/** sampleCall applies an element-wise function to the vector argument, step by step. */
async function sampleCall(ctx: EvalContext, e: Call, impl: SampleFunction, g: Grid, evalFn: EvalFn): Promise<VectorVal> {
  let vec: VectorVal | undefined;
  const scalars: Float64Array[] = [];
  for (const a of e.args) {
    const v = await evalFn(ctx, a, g);
    if (v.kind === 'vector' && vec === undefined) vec = v;
    else if (v.kind === 'scalar') scalars.push(v.vals);
  }
  vec ??= timeVector(g);
  const sc = new Array<number>(scalars.length).fill(0);
  const sctx = stepContext(ctx, e);
  const keep = impl.keepName === true;
  const out = new OutputBuilder(g.n, false);
  for (const s of vec.series) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const col = keep ? out.col(s.labels, s.dropName) : nameDroppedCol(ctx, out, s);
    for (let i = 0; i < g.n; i++) {
      if (s.has[i] !== 1) continue;
      for (let k = 0; k < scalars.length; k++) sc[k] = scalars[k]![i]!;
      sctx.tMs = stepTime(g, i);
      const v = impl.apply(s.vals[i]!, sc, sctx);
      if (v === undefined) continue;
      setOnce(col, i, v);
    }
  }
  return { kind: 'vector', series: nonEmpty(out.series) };
}

/** nameDroppedCol is the output series for an input whose metric name a function drops. */
export function nameDroppedCol(ctx: EvalContext, out: OutputBuilder, s: { labels: SeriesCol['labels']; dropName: boolean }): SeriesCol {
  if (ctx.delayedNameRemoval) return out.col(s.labels, true);
  return out.col(dropMetricName(s.labels), false);
}

/** setOnce writes a step's value, failing when another sample with the same labels already took it. */
export function setOnce(col: SeriesCol, i: number, v: number): void {
  if (col.has[i] === 1) throw new QueryError('execution', 'vector cannot contain metrics with the same labelset');
  col.vals[i] = v;
  col.has[i] = 1;
}

/** nonEmpty drops output series that got no sample at any step. */
export function nonEmpty(series: SeriesCol[]): SeriesCol[] {
  return series.filter((c) => c.has.some((x) => x === 1));
}

/** timeVector is `vector(time())`, the default argument of the date functions. */
function timeVector(g: Grid): VectorVal {
  const vals = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) vals[i] = stepTime(g, i) / 1000;
  return { kind: 'vector', series: [{ labels: [], dropName: false, vals, has: new Uint8Array(g.n).fill(1) }] };
}

/**
 * vectorCall hands whole per-step vectors to a function that manages labels
 * and order itself; functions typed to return a scalar yield a scalar.
 */
async function vectorCall(ctx: EvalContext, e: Call, impl: VectorFunction, g: Grid, evalFn: EvalFn): Promise<EvalValue> {
  const vals: EvalValue[] = [];
  for (const a of e.args) vals.push(await evalFn(ctx, a, g));
  const returnsScalar = ctx.functions.returnType(e.func) === 'scalar';
  const sctx = stepContext(ctx, e);
  const scalarOut = returnsScalar ? new Float64Array(g.n) : undefined;
  const out = new OutputBuilder(g.n, ctx.delayedNameRemoval && g.n === 1);
  const args: FunctionArg[] = vals.map((v) => (v.kind === 'string' ? { type: 'string', v: v.v } : { type: 'scalar', v: 0 }));
  for (let i = 0; i < g.n; i++) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    const t = stepTime(g, i);
    for (let k = 0; k < vals.length; k++) {
      const v = vals[k]!;
      if (v.kind === 'scalar') args[k] = { type: 'scalar', v: v.vals[i]! };
      else if (v.kind === 'vector') args[k] = { type: 'vector', v: vectorAt(v, i, t) };
    }
    sctx.tMs = t;
    const res = impl.apply(args, sctx);
    if (scalarOut !== undefined) {
      scalarOut[i] = res[0]?.v ?? NaN;
      continue;
    }
    for (const s of res) out.add(s.labels, s.dropName === true, i, s.v);
  }
  if (scalarOut !== undefined) return { kind: 'scalar', vals: scalarOut };
  return { kind: 'vector', series: out.series };
}

/** vectorAt materialises the samples present at step i (only for whole-vector functions). */
function vectorAt(v: VectorVal, i: number, t: number): Vector {
  const out: Sample[] = [];
  for (const s of v.series) {
    if (s.has[i] !== 1) continue;
    out.push(s.dropName ? { labels: s.labels, t, v: s.vals[i]!, dropName: true } : { labels: s.labels, t, v: s.vals[i]! });
  }
  return out;
}
