import type { AggregateExpr } from '../ast';
import { assertNever } from '../ast';
import { QueryError } from '../errors';
import { aggregateK } from './aggregate-k';
import { aggregateSimple } from './aggregate';
import { aggregateSum } from './aggregate-sum';
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
  const pv = e.param === undefined ? undefined : await evalFn(ctx, e.param, g);
  const param = pv?.kind === 'scalar' ? pv.vals : undefined;
  const input = asVector(await evalFn(ctx, e.expr, g), e);
  switch (e.op) {
    case 'topk':
    case 'bottomk':
    case 'limitk':
    case 'limit_ratio':
      return aggregateK(ctx, e, e.op, input, param ?? new Float64Array(0), g);
    case 'quantile':
      if (param !== undefined) quantileWarnings(ctx, e, param);
      return aggregateSimple(ctx, e, e.op, input, param, g);
    case 'sum':
      return aggregateSum(ctx, e, input, g);
    case 'avg':
    case 'count':
    case 'min':
    case 'max':
    case 'group':
    case 'stddev':
    case 'stdvar':
      return aggregateSimple(ctx, e, e.op, input, param, g);
    default:
      return assertNever(e.op);
  }
}

function asVector(v: EvalValue, e: AggregateExpr): VectorVal {
  if (v.kind !== 'vector') throw new QueryError('execution', `expected instant vector in aggregation, got ${v.kind}`, e.pos);
  return v;
}

function quantileWarnings(ctx: EvalContext, e: AggregateExpr, q: Float64Array): void {
  const { min, max, anyNaN } = paramStats(q);
  const warn = (v: number) => ctx.annotations.warn(`quantile value should be between 0 and 1, got ${formatFloatV(v)}`, e.param?.pos);
  if (anyNaN) warn(NaN);
  if (max > 1) warn(max);
  if (min < 0) warn(min);
}
