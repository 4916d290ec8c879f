import type { BinaryExpr, VectorMatching } from '../ast';
import { dropMetricName } from '../../model/labels';
import { QueryError } from '../errors';
import { arithFn, compareFn, isComparison, isSetOp, isTrimOp, scalarBinopFn, type ArithOp } from './binary-ops';
import { ERR_SAME_LABELSET, OutputBuilder } from './builder';
import type { EvalContext } from './context';
import type { Grid } from './grid';
import { setOp } from './set-ops';
import type { EvalValue, SeriesCol, VectorVal } from './value';
import { vectorBinop } from './vector-binop';

/**
 * evalBinary combines two already evaluated operands: scalar–scalar,
 * vector–scalar (either order) or vector–vector (set operators or matching).
 */
export async function evalBinary(ctx: EvalContext, e: BinaryExpr, l: EvalValue, r: EvalValue, g: Grid): Promise<EvalValue> {
  if (isTrimOp(e.op)) return trimFloats(ctx, e, l, r, g);
  if (l.kind === 'scalar' && r.kind === 'scalar') {
    const f = scalarBinopFn(e.op);
    const vals = new Float64Array(g.n);
    for (let i = 0; i < g.n; i++) vals[i] = f(l.vals[i]!, r.vals[i]!);
    return { kind: 'scalar', vals };
  }
  if (l.kind === 'vector' && r.kind === 'scalar') return vectorScalar(ctx, e, l, r.vals, false, g);
  if (l.kind === 'scalar' && r.kind === 'vector') return vectorScalar(ctx, e, r, l.vals, true, g);
  if (l.kind === 'vector' && r.kind === 'vector') {
    const m = e.matching ?? defaultMatching(e);
    if (isSetOp(e.op)) return setOp(ctx, e.op, m, l, r, g);
    return vectorBinop(ctx, e, m, l, r, g);
  }
  throw new QueryError('execution', `operator ${e.op} not allowed between ${l.kind} and ${r.kind}`, e.pos);
}

/**
 * trimFloats handles `</` and `>/` on float samples: they only apply to
 * native histograms, so every float pairing is dropped with an info.
 */
async function trimFloats(ctx: EvalContext, e: BinaryExpr, l: EvalValue, r: EvalValue, g: Grid): Promise<EvalValue> {
  let paired = false;
  if (l.kind === 'vector' && r.kind === 'vector') {
    paired = (await vectorBinop(ctx, { ...e, op: '+' }, e.matching ?? defaultMatching(e), l, r, g)).series.length > 0;
  } else if (l.kind === 'vector' || r.kind === 'vector') {
    const v = l.kind === 'vector' ? l : (r as VectorVal);
    paired = v.series.length > 0;
  } else {
    throw new QueryError('execution', `operator "${e.op}" not allowed for scalar operations`, e.pos);
  }
  if (paired) ctx.annotations.info(`incompatible sample types encountered for binary operator "${e.op}": float ${e.op} float`, e.pos);
  return { kind: 'vector', series: [] };
}

function defaultMatching(e: BinaryExpr): VectorMatching {
  return { card: isSetOp(e.op) ? 'many-to-many' : 'one-to-one', labels: [], on: false, explicit: false, include: [] };
}

/**
 * vectorScalar applies an operator between each vector element and the
 * scalar of the same step. Comparisons filter (keeping the vector's value,
 * even when the scalar is on the left) unless `bool` is given; arithmetic
 * and `bool` drop the metric name (or mark it for delayed removal).
 */
async function vectorScalar(ctx: EvalContext, e: BinaryExpr, vec: VectorVal, scalar: Float64Array, swap: boolean, g: Grid): Promise<VectorVal> {
  if (isSetOp(e.op)) throw new QueryError('execution', `set operator ${e.op} not allowed in binary scalar expression`, e.pos);
  const cmp = isComparison(e.op) ? compareFn(e.op) : undefined;
  const arith = cmp === undefined ? arithFn(e.op as ArithOp) : undefined;
  const changesName = arith !== undefined || e.returnBool;
  const out = new OutputBuilder(g.n, false);
  for (const s of vec.series) {
    const p = ctx.limits.checkpoint();
    if (p) await p;
    let col: SeriesCol;
    if (changesName && !ctx.delayedNameRemoval) col = out.col(dropMetricName(s.labels), false);
    else col = out.col(s.labels, s.dropName || changesName);
    for (let i = 0; i < g.n; i++) {
      if (s.has[i] !== 1) continue;
      const x = s.vals[i]!;
      const y = scalar[i]!;
      const a = swap ? y : x;
      const b = swap ? x : y;
      let v: number;
      if (cmp !== undefined) {
        const keep = cmp(a, b);
        if (e.returnBool) v = keep ? 1 : 0;
        else if (!keep) continue;
        else v = x;
      } else {
        v = arith!(a, b);
      }
      if (col.has[i] === 1) throw new QueryError('execution', ERR_SAME_LABELSET);
      col.vals[i] = v;
      col.has[i] = 1;
    }
  }
  return { kind: 'vector', series: out.series.filter((c) => c.has.some((x) => x === 1)) };
}
