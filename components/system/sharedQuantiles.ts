import { createHead, formatExpr, labelsFromRecord, labelsToRecord, parseExpr, type Expr, type Head, type Matrix } from '@/engine/index';

/** The metric name the shared bucket rates are stored under in their scratch TSDB. */
const SHARED = '__shared_buckets__';

/** QuantileQuery is `histogram_quantile(φ, inner)` with a literal φ; `inner` is printed canonically. */
export interface QuantileQuery {
  readonly phi: number;
  readonly inner: string;
}

/**
 * canonicalQuery prints a query the way the parser understands it, so the
 * same query written two ways (spacing, parentheses) is recognised as one;
 * text that does not parse is its own key (its error is answered as usual).
 */
export function canonicalQuery(query: string): string {
  try {
    return formatExpr(parseExpr(query));
  } catch {
    return query;
  }
}

/** quantileOf recognises a histogram's quantile over any bucket expression (the dashboards' p50 / p90 / p99). */
export function quantileOf(query: string): QuantileQuery | null {
  let expr: Expr;
  try {
    expr = parseExpr(query);
  } catch {
    return null;
  }
  while (expr.kind === 'ParenExpr') expr = expr.expr;
  if (expr.kind !== 'Call' || expr.func !== 'histogram_quantile' || expr.args.length !== 2) return null;
  const [phi, inner] = expr.args as [Expr, Expr];
  if (phi.kind !== 'NumberLiteral') return null;
  return { phi: phi.value, inner: formatExpr(inner) };
}

/**
 * bucketsHead stores an already evaluated bucket expression (a range query's
 * matrix) as series named `__shared_buckets__`, so several quantiles read it
 * instead of each evaluating the buckets again. Queried over the same grid
 * with a 1 ms lookback, a selector at each step sees exactly that step's
 * sample: the input the quantile would have had.
 */
export function bucketsHead(matrix: Matrix): Head {
  const head = createHead();
  const app = head.appender();
  for (const s of matrix) {
    const labels = labelsFromRecord({ ...labelsToRecord(s.labels), __name__: SHARED });
    for (const p of s.floats) app.append(labels, p.t, p.v);
  }
  return head;
}

/** sharedQuantileQuery is the query that computes quantile `phi` over a bucketsHead. */
export function sharedQuantileQuery(phi: number): string {
  return `histogram_quantile(${phi}, ${SHARED})`;
}
