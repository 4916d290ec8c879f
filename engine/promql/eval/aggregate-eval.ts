import type { AggregateExpr } from '../ast';
import { assertNever } from '../ast';
import { QueryError } from '../errors';
import { aggregateK } from './aggregate-k';
import { aggregateSimple } from './aggregate';
import type { EvalContext, EvalFn } from './context';
import { countValues } from './count-values';
import { formatFloatV } from '../parser/go-numbers';
import type { Grid } from './grid';
import { paramStats } from './param-stats';
import type { EvalValue, VectorVal } from './value';

/** evalAggregate evaluates the parameter (first, as Prometheus does) and the input, then aggregates. */
export async function evalAggregate(ctx: EvalContext, e: AggregateExpr, g: Grid, evalFn: EvalFn): Promise<VectorVal> {
  if (e.op === 'count_values') {
    const p = e.param === undefined ? undefined : await evalFn(ctx, e.param, g);
    if (p?.kind !== 'string') throw new QueryError('execution', 'count_values needs a string parameter', e.pos);
    const input = asVector(await evalFn(ctx, e.expr, g), e);
    return countValues(ctx, e, p.v, input, g);
  }
  const param = e.param === undefined ? undefined : scalarParam(await evalFn(ctx, e.param, g), g);
  const input = asVector(await evalFn(ctx, e.expr, g), e);
  let out: VectorVal;
  switch (e.op) {
    case 'topk':
    case 'bottomk':
    case 'limitk':
    case 'limit_ratio':
      out = await aggregateK(ctx, e, e.op, input, param ?? new Float64Array(0), g);
      break;
    case 'quantile':
      if (param !== undefined) quantileWarnings(ctx, e, param);
      out = await aggregateSimple(ctx, e, e.op, input, param, g);
      break;
    case 'sum':
    case 'avg':
    case 'count':
    case 'min':
    case 'max':
    case 'group':
    case 'stddev':
    case 'stdvar':
      out = await aggregateSimple(ctx, e, e.op, input, param, g);
      break;
    default:
      return assertNever(e.op);
  }
  return out;
}

function asVector(v: EvalValue, e: AggregateExpr): VectorVal {
  if (v.kind !== 'vector') throw new QueryError('execution', `expected instant vector in aggregation, got ${v.kind}`, e.pos);
  return v;
}

/** scalarParam returns the parameter's value per step (a vector parameter is not valid PromQL). */
function scalarParam(v: EvalValue, g: Grid): Float64Array | undefined {
  if (v.kind === 'scalar') return v.vals;
  if (v.kind === 'vector') {
    const first = v.series[0];
    if (first === undefined) return undefined;
    const out = new Float64Array(g.n);
    for (let i = 0; i < g.n; i++) out[i] = first.has[i] === 1 ? first.vals[i]! : 0;
    return out;
  }
  return undefined;
}

function quantileWarnings(ctx: EvalContext, e: AggregateExpr, q: Float64Array): void {
  const { min, max, anyNaN } = paramStats(q);
  const warn = (v: number) => ctx.annotations.warn(`quantile value should be between 0 and 1, got ${formatFloatV(v)}`, e.param?.pos);
  if (anyNaN) warn(NaN);
  if (max > 1) warn(max);
  if (min < 0) warn(min);
}
