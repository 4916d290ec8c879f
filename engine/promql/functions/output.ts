import type { PosRange } from '../ast';
import { EMPTY_LABELS, METRIC_NAME, dropMetricName, getLabel, goQuote, type Labels } from '../../model/labels';
import type { Sample, Vector } from '../values';
import { formatG } from './numeric';
import type { FunctionArg, FunctionContext, RangeWindow } from './types';

/**
 * Helpers shared by the function families: reading resolved arguments,
 * building output samples of whole-vector functions (which manage labels,
 * and so name dropping, themselves) and the annotations several families
 * raise with the same wording.
 */

/** scalarResult is how a function typed to return a scalar hands back its value. */
export function scalarResult(ctx: FunctionContext, v: number): Vector {
  return [{ labels: EMPTY_LABELS, t: ctx.tMs, v }];
}

/**
 * withNameDropped returns an output sample whose metric name goes away: at
 * once (with `__type__`/`__unit__`) without delayed name removal, or marked
 * with `dropName` for the evaluator to remove at the end when it is on.
 */
export function withNameDropped(ctx: FunctionContext, labels: Labels, t: number, v: number): Sample {
  if (ctx.delayedNameRemoval) return { labels, t, v, dropName: true };
  return { labels: dropMetricName(labels), t, v };
}

/** metricName is the `__name__` of a label set, '' when it has none. */
export function metricName(labels: Labels): string {
  return getLabel(labels, METRIC_NAME);
}

/**
 * argPos is the position Prometheus gives annotations about the call's i-th
 * argument (the call itself if it is missing). Parentheses around an
 * argument do not count (upstream strips them). A subquery argument reports
 * position 0: upstream evaluates it first and passes the function a
 * selector over the result, which has no position of its own.
 */
export function argPos(ctx: FunctionContext, i: number): PosRange {
  let a = ctx.call.args[i];
  while (a?.kind === 'ParenExpr') a = a.expr;
  if (a === undefined) return ctx.call.pos;
  return a.kind === 'SubqueryExpr' ? { start: 0, end: 0 } : a.pos;
}

/** vectorArg returns argument i as a vector ([] if it is not one). */
export function vectorArg(args: readonly FunctionArg[], i: number): Vector {
  const a = args[i];
  return a !== undefined && a.type === 'vector' ? a.v : [];
}

/**
 * scalarArg returns argument i as a number. Scalars come as scalars; a
 * vector argument in scalar position (not produced by the evaluator, but
 * tolerated) gives its first value.
 */
export function scalarArg(args: readonly FunctionArg[], i: number, fallback = NaN): number {
  const a = args[i];
  if (a === undefined) return fallback;
  if (a.type === 'scalar') return a.v;
  if (a.type === 'vector') return a.v[0]?.v ?? fallback;
  return fallback;
}

/** stringArg returns argument i as a string ('' if it is not one). */
export function stringArg(args: readonly FunctionArg[], i: number): string {
  const a = args[i];
  return a !== undefined && a.type === 'string' ? a.v : '';
}

/** floatsOnly drops native histogram samples, which float functions ignore. */
export function floatsOnly(v: Vector): Vector {
  return v.filter((s) => s.h === undefined);
}

/**
 * warnMixedFloatsHistograms is Prometheus's warning for range functions
 * that refuse a window holding both floats and native histograms.
 */
export function warnMixedFloatsHistograms(w: RangeWindow, ctx: FunctionContext): void {
  ctx.annotations.warn(`encountered a mix of histograms and floats for metric name ${goQuote(w.metricName)}`, argPos(ctx, 0));
}

/**
 * infoIgnoredHistograms is Prometheus's info for float-only range functions
 * that skip the native histograms of a mixed window. Upstream reports it at
 * the first argument, even where that is a parameter (quantile_over_time).
 */
export function infoIgnoredHistograms(w: RangeWindow, ctx: FunctionContext): void {
  ctx.annotations.info(
    `ignored histograms in a range containing both floats and histograms for metric name ${goQuote(w.metricName)}`,
    argPos(ctx, 0),
  );
}

/** checkQuantile warns, at argument argIndex, about a φ that is NaN or outside [0, 1]. */
export function checkQuantile(q: number, ctx: FunctionContext, argIndex: number): void {
  if (Number.isNaN(q) || q < 0 || q > 1) {
    ctx.annotations.warn(`quantile value should be between 0 and 1, got ${formatG(q)}`, argPos(ctx, argIndex));
  }
}
