import { EMPTY_LABELS } from '../../model/labels';
import type { Vector } from '../values';
import { scalarArg, scalarResult, vectorArg } from './output';
import type { VectorFunction } from './types';

/**
 * Functions that produce or consume scalars: time(), pi(), vector(),
 * scalar(), the query-context functions start()/end()/range()/step() and
 * the experimental min_of()/max_of().
 */

function scalarFunction(f: (args: Parameters<VectorFunction['apply']>[0], ctx: Parameters<VectorFunction['apply']>[1]) => number): VectorFunction {
  return { kind: 'vector', apply: (args, ctx) => scalarResult(ctx, f(args, ctx)) };
}

/**
 * scalar() returns the value of a one-element vector; NaN when the vector
 * has no float sample or more than one (native histograms are ignored).
 */
const scalar = scalarFunction((args) => {
  let found: number | undefined;
  for (const s of vectorArg(args, 0)) {
    if (s.h !== undefined) continue;
    if (found !== undefined) return NaN;
    found = s.v;
  }
  return found ?? NaN;
});

/** vector() turns a scalar into a one-element vector with no labels. */
const vector: VectorFunction = {
  kind: 'vector',
  apply: (args, ctx): Vector => [{ labels: EMPTY_LABELS, t: ctx.tMs, v: scalarArg(args, 0) }],
};

export const SCALAR_FUNCTIONS = {
  time: scalarFunction((_, ctx) => ctx.tMs / 1000),
  pi: scalarFunction(() => Math.PI),
  scalar,
  vector,
  // The query-context functions are constants for the whole query.
  start: scalarFunction((_, ctx) => ctx.queryStartMs / 1000),
  end: scalarFunction((_, ctx) => ctx.queryEndMs / 1000),
  range: scalarFunction((_, ctx) => (ctx.queryEndMs - ctx.queryStartMs) / 1000),
  // An instant query has no step: step() is 0 there, whatever stepMs says.
  step: scalarFunction((_, ctx) => (ctx.queryStartMs === ctx.queryEndMs ? 0 : ctx.stepMs / 1000)),
  // Math.max/min propagate NaN like Go's math.Max/Min.
  max_of: scalarFunction((args) => Math.max(scalarArg(args, 0), scalarArg(args, 1))),
  min_of: scalarFunction((args) => Math.min(scalarArg(args, 0), scalarArg(args, 1))),
} as const;
