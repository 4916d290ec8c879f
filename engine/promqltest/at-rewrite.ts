/**
 * The step-invariance check of FORMAT.md §9(a): pin every selector and
 * subquery that is not inside a subquery to `@ <eval time>`, then the query
 * must give the same answer at other evaluation times.
 */
import { assertNever, type AtModifier, type Expr } from '../promql/ast';

/**
 * Functions whose value depends on the evaluation time even when their
 * arguments are pinned with `@`; a query calling one is not rewritten.
 */
const AT_UNSAFE_FUNCTIONS: ReadonlySet<string> = new Set([
  'time', 'timestamp', 'day_of_month', 'day_of_week', 'day_of_year', 'days_in_month',
  'hour', 'minute', 'month', 'year', 'predict_linear', 'start', 'end', 'range', 'step',
]);

/** AtRewrite is the pinned expression and the evaluation times (ms) to run it at. */
export interface AtRewrite {
  readonly expr: Expr;
  readonly evalTimesMs: readonly number[];
}

/** rewriteWithAt returns the pinned expression, or undefined when the query calls a time-dependent function. */
export function rewriteWithAt(expr: Expr, tMs: number): AtRewrite | undefined {
  const state = { unsafe: false };
  const pinned = pin(expr, { kind: 'time', ms: tMs }, state);
  if (state.unsafe) return undefined;
  // For t = 0 the scaled times would all coincide, so ±1s are used instead.
  const evalTimesMs = tMs === 0 ? [-1000, 0, 1000] : [-10 * tMs, 0, Math.trunc(tMs / 5), tMs, 10 * tMs];
  return { expr: pinned, evalTimesMs };
}

/**
 * pin walks the tree outside subqueries. An existing `@ <time>` is kept;
 * `@ start()` / `@ end()` are replaced, as upstream's rewrite sets the
 * timestamp field that the printer prefers over start()/end().
 */
function pin(e: Expr, at: AtModifier, state: { unsafe: boolean }): Expr {
  const needsAt = (current: AtModifier | undefined): boolean => current === undefined || current.kind !== 'time';
  switch (e.kind) {
    case 'NumberLiteral':
    case 'StringLiteral':
      return e;
    case 'VectorSelector':
      scanDuration(e.offsetExpr, state);
      return needsAt(e.at) ? { ...e, at } : e;
    case 'MatrixSelector':
      scanDuration(e.rangeExpr, state);
      scanDuration(e.selector.offsetExpr, state);
      return needsAt(e.selector.at) ? { ...e, selector: { ...e.selector, at } } : e;
    case 'SubqueryExpr':
      scanDuration(e.rangeExpr, state);
      scanDuration(e.stepExpr, state);
      scanDuration(e.offsetExpr, state);
      // Everything inside a subquery is already fixed by the subquery's own time.
      return needsAt(e.at) ? { ...e, at } : e;
    case 'Call':
      if (AT_UNSAFE_FUNCTIONS.has(e.func)) state.unsafe = true;
      return { ...e, args: e.args.map((a) => pin(a, at, state)) };
    case 'AggregateExpr':
      return { ...e, expr: pin(e.expr, at, state), ...(e.param ? { param: pin(e.param, at, state) } : {}) };
    case 'BinaryExpr':
      return { ...e, lhs: pin(e.lhs, at, state), rhs: pin(e.rhs, at, state) };
    case 'UnaryExpr':
    case 'ParenExpr':
    case 'StepInvariantExpr':
      return { ...e, expr: pin(e.expr, at, state) };
    case 'DurationExpr':
      // step()/range() inside a duration also depend on the query, not on the data: be conservative.
      if (e.op === 'step' || e.op === 'range') state.unsafe = true;
      if (e.lhs) pin(e.lhs, at, state);
      if (e.rhs) pin(e.rhs, at, state);
      return e;
    default:
      return assertNever(e);
  }
}

/** scanDuration looks for step()/range() in a duration expression (which has no selectors to pin). */
function scanDuration(e: Expr | undefined, state: { unsafe: boolean }): void {
  if (e !== undefined) pin(e, { kind: 'time', ms: 0 }, state);
}

/**
 * usesQueryRangeFunctions: the range-mode check (§9b) is skipped for queries
 * mentioning these. A plain text search, exactly as upstream does it.
 */
export function usesQueryRangeFunctions(query: string): boolean {
  return /(?:start|end|range|step)\(\)/.test(query);
}
