import type { Expr } from '../ast';
import { Annotations } from '../annotations';
import { QueryError } from '../errors';
import type { QueryOptions, QueryResult } from '../types';
import type { Queryable } from '../../storage/interface';
import { wallClockMs } from '../../platform';
import { queryBounds } from './bounds';
import type { EvalContext, FunctionRegistry } from './context';
import { evalExpr } from './evaluate';
import { instantResult, rangeResult } from './finalize';
import { makeGrid } from './grid';
import { Limits } from './limits';
import { preprocess } from './preprocess';
import { Tracer } from './trace';

/** ResolvedOptions are the engine options with defaults applied. */
export interface ResolvedOptions {
  readonly lookbackDeltaMs: number;
  readonly maxSamples: number;
  readonly timeoutMs: number;
  readonly defaultSubqueryStepMs: number;
  readonly delayedNameRemoval: boolean;
}

export interface RunRequest {
  readonly queryable: Queryable;
  /** The parsed query. */
  readonly expr: Expr;
  readonly startMs: number;
  readonly endMs: number;
  /** 0 for an instant query. */
  readonly stepMs: number;
  readonly options: ResolvedOptions;
  readonly queryOptions: QueryOptions;
  readonly functions: FunctionRegistry;
  readonly format: (e: Expr) => string;
}

/**
 * runQuery evaluates a parsed query: it preprocesses the expression, opens
 * one querier over the time range the query can touch, evaluates the whole
 * grid and returns the public result with annotations, stats and trace.
 */
export async function runQuery(req: RunRequest): Promise<QueryResult> {
  const began = wallClockMs();
  const instant = req.stepMs === 0;
  if (!instant && req.endMs < req.startMs) throw new QueryError('bad_data', 'end timestamp must not be before start time');
  const expr = preprocess(req.expr, { startMs: req.startMs, endMs: req.endMs, stepMs: req.stepMs });
  if (!instant) checkRangeQueryType(expr);
  const lookbackMs = req.queryOptions.lookbackDeltaMs ?? req.options.lookbackDeltaMs;
  const [minT, maxT] = queryBounds(expr, req.startMs, req.endMs, lookbackMs);
  const limits = new Limits(req.options.maxSamples, req.queryOptions.timeoutMs ?? req.options.timeoutMs, req.queryOptions.signal);
  const tracer = req.queryOptions.trace === true ? new Tracer(req.format) : undefined;
  const ctx: EvalContext = {
    querier: req.queryable.querier(minT, maxT),
    queryStartMs: req.startMs,
    queryEndMs: req.endMs,
    queryStepMs: req.stepMs,
    lookbackMs,
    defaultSubqueryStepMs: req.options.defaultSubqueryStepMs,
    delayedNameRemoval: req.options.delayedNameRemoval,
    annotations: new Annotations(),
    limits,
    functions: req.functions,
    ...(tracer !== undefined ? { tracer } : {}),
    format: req.format,
  };
  const grid = instant ? makeGrid(req.startMs, req.startMs, 0) : makeGrid(req.startMs, req.endMs, req.stepMs);
  const v = await evalExpr(ctx, expr, grid);
  limits.check();
  const value = instant ? instantResult(v, req.startMs, ctx.delayedNameRemoval) : rangeResult(v, grid, ctx.delayedNameRemoval);
  const trace = tracer?.root();
  return {
    value,
    annotations: ctx.annotations.list(),
    stats: { totalQueryableSamples: limits.totalRead, peakSamples: limits.peak, evalTotalTimeMs: wallClockMs() - began },
    ...(trace !== undefined ? { trace } : {}),
  };
}

/** A range query must produce a scalar or an instant vector. */
function checkRangeQueryType(e: Expr): void {
  let inner = e;
  while (inner.kind === 'ParenExpr' || inner.kind === 'StepInvariantExpr') inner = inner.expr;
  const t = inner.kind === 'MatrixSelector' || inner.kind === 'SubqueryExpr' ? 'range vector' : inner.kind === 'StringLiteral' ? 'string' : undefined;
  if (t !== undefined) throw new QueryError('bad_data', `invalid expression type "${t}" for range query, must be Scalar or instant Vector`);
}
