/**
 * The evaluator's dispatcher. How evaluation works, in short:
 *
 * - Every node is evaluated over all steps of a Grid at once (Prometheus's
 *   range evaluation); an instant query is a one-step grid.
 * - Instant vectors are columns (value.ts): one Float64Array of values and a
 *   presence mask per series, so range evaluation allocates per series, not
 *   per sample. Range vectors exist only as function arguments (RangeInput,
 *   windowed per step) and as the result of an instant query.
 * - preprocess.ts resolves `@ start()/end()`, duration expressions and
 *   start()/end()/range()/step() first and marks step-invariant subtrees,
 *   which are evaluated once and repeated.
 * - Output series with equal labels are merged across steps and rejected
 *   when they collide on a step (builder.ts); with delayed name removal the
 *   names go only at the end (finalize.ts).
 */
import { assertNever, type Expr, type StepInvariantExpr, type UnaryExpr } from '../ast';
import { dropMetricName } from '../../model/labels';
import { QueryError } from '../errors';
import { evalAggregate } from './aggregate-eval';
import { evalBinary } from './binary';
import { mergeByLabels } from './builder';
import { evalCall } from './call';
import type { EvalContext } from './context';
import { singleStep, type Grid } from './grid';
import { rangeVectorAt } from './matrix';
import { loadMatrixSelector } from './range-input';
import { evalVectorSelector } from './selector';
import { loadSubquery } from './subquery';
import { traceExamples } from './trace-examples';
import { maxSeriesPerStep, valuePoints, type EvalValue } from './value';

/**
 * evalExpr evaluates a (preprocessed) expression over every step of the grid.
 * Sample accounting follows Prometheus: when a node is done, what its
 * children held is released and only its own output stays counted.
 */
export async function evalExpr(ctx: EvalContext, e: Expr, g: Grid): Promise<EvalValue> {
  const p = ctx.limits.checkpoint();
  if (p) await p;
  const heldBefore = ctx.limits.current;
  const tr = ctx.tracer;
  if (tr === undefined) {
    const v = await evalNode(ctx, e, g);
    ctx.limits.settle(heldBefore, valuePoints(v));
    return v;
  }
  tr.enter(e);
  const v = await evalNode(ctx, e, g);
  ctx.limits.settle(heldBefore, valuePoints(v));
  tr.exit(seriesOut(v, g), traceExamples(v, g));
  return v;
}

function seriesOut(v: EvalValue, g: Grid): number {
  switch (v.kind) {
    case 'scalar':
    case 'string':
      return 1;
    case 'vector':
      return maxSeriesPerStep(v.series, g.n);
    case 'matrix':
      return v.series.length;
  }
}

async function evalNode(ctx: EvalContext, e: Expr, g: Grid): Promise<EvalValue> {
  switch (e.kind) {
    case 'NumberLiteral':
      return { kind: 'scalar', vals: new Float64Array(g.n).fill(e.value) };
    case 'StringLiteral':
      return { kind: 'string', v: e.value };
    case 'VectorSelector':
      return evalVectorSelector(ctx, e, g);
    case 'MatrixSelector':
      if (g.n !== 1) throw rangeEvalError();
      return rangeVectorAt(ctx, loadMatrixSelector(ctx, e, g), g);
    case 'SubqueryExpr': {
      if (g.n !== 1) throw rangeEvalError();
      return rangeVectorAt(ctx, await loadSubquery(ctx, e, g, evalExpr), g);
    }
    case 'Call':
      return evalCall(ctx, e, g, evalExpr);
    case 'AggregateExpr':
      return evalAggregate(ctx, e, g, evalExpr);
    case 'BinaryExpr': {
      const l = await evalExpr(ctx, e.lhs, g);
      const r = await evalExpr(ctx, e.rhs, g);
      return evalBinary(ctx, e, l, r, g);
    }
    case 'UnaryExpr':
      return evalUnary(ctx, e, g);
    case 'ParenExpr':
      return evalExpr(ctx, e.expr, g);
    case 'StepInvariantExpr':
      return evalStepInvariant(ctx, e, g);
    case 'DurationExpr':
      throw new QueryError('internal', 'internal error: duration expression left after preprocessing', e.pos);
    default:
      return assertNever(e);
  }
}

function rangeEvalError(): QueryError {
  return new QueryError('bad_data', 'cannot do range evaluation of matrix selector');
}

/** evalUnary negates (dropping the metric name) or passes through. */
async function evalUnary(ctx: EvalContext, e: UnaryExpr, g: Grid): Promise<EvalValue> {
  const v = await evalExpr(ctx, e.expr, g);
  if (e.op === '+') return v;
  if (v.kind === 'scalar') return { kind: 'scalar', vals: v.vals.map((x) => -x) };
  if (v.kind !== 'vector') throw new QueryError('execution', `unary minus not allowed on ${v.kind}`, e.pos);
  for (const s of v.series) {
    for (let i = 0; i < g.n; i++) s.vals[i] = -s.vals[i]!;
    if (!ctx.delayedNameRemoval) s.labels = dropMetricName(s.labels);
    s.dropName = true;
  }
  return { kind: 'vector', series: ctx.delayedNameRemoval ? v.series : mergeByLabels(v.series, g.n) };
}

/**
 * evalStepInvariant evaluates a subtree whose value does not depend on the
 * step (everything under `@`, literals) once, at the grid's first step, and
 * repeats that value at every step.
 */
async function evalStepInvariant(ctx: EvalContext, e: StepInvariantExpr, g: Grid): Promise<EvalValue> {
  ctx.tracer?.detail({ kind: 'step-invariant', evaluatedAtMs: g.startMs, steps: g.n });
  if (g.n <= 1) return evalExpr(ctx, e.expr, g);
  const totalBefore = ctx.limits.totalRead;
  const v = await evalExpr(ctx, e.expr, singleStep(g));
  // Upstream counts the once-evaluated samples at every step.
  ctx.limits.totalRead += (ctx.limits.totalRead - totalBefore) * (g.n - 1);
  switch (v.kind) {
    case 'string':
    case 'matrix':
      return v;
    case 'scalar':
      return { kind: 'scalar', vals: new Float64Array(g.n).fill(v.vals[0]!) };
    case 'vector':
      return {
        kind: 'vector',
        series: v.series.map((s) => ({
          labels: s.labels,
          dropName: s.dropName,
          vals: new Float64Array(g.n).fill(s.vals[0]!),
          has: new Uint8Array(g.n).fill(s.has[0]!),
        })),
      };
    default:
      return assertNever(v);
  }
}
