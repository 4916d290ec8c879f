/**
 * touchesHistogramData decides whether an eval involves native-histogram
 * data, so that reports and the known-failures list can tell the (postponed)
 * native-histogram cases from float ones. It is a heuristic in the spirit of
 * the corpus INDEX.md, made sharper by matching the query's selectors against
 * the series that received histogram samples since the last `clear`.
 */
import { compileMatcher, matchesAll } from '../model/matchers';
import type { Labels } from '../model/labels';
import { assertNever, type Expr, type VectorSelector } from '../promql/ast';
import type { EvalCommand } from './script';

export function touchesHistogramData(cmd: EvalCommand, expr: Expr | undefined, histogramSeries: readonly Labels[]): boolean {
  if (cmd.series.some((s) => s.values.some((v) => v.kind === 'histogram'))) return true;
  if (histogramSeries.length === 0) return false;
  if (expr === undefined) return false;
  return selectorsOf(expr).some((vs) => {
    const matchers = vs.matchers.map(compileMatcher);
    return histogramSeries.some((labels) => matchesAll(labels, matchers));
  });
}

/** selectorsOf lists every vector selector of an expression, including those under range selectors and subqueries. */
function selectorsOf(e: Expr): VectorSelector[] {
  switch (e.kind) {
    case 'VectorSelector':
      return [e];
    case 'MatrixSelector':
      return [e.selector];
    case 'SubqueryExpr':
    case 'UnaryExpr':
    case 'ParenExpr':
    case 'StepInvariantExpr':
      return selectorsOf(e.expr);
    case 'Call':
      return e.args.flatMap(selectorsOf);
    case 'AggregateExpr':
      return [...selectorsOf(e.expr), ...(e.param ? selectorsOf(e.param) : [])];
    case 'BinaryExpr':
      return [...selectorsOf(e.lhs), ...selectorsOf(e.rhs)];
    case 'NumberLiteral':
    case 'StringLiteral':
    case 'DurationExpr':
      return [];
    default:
      return assertNever(e);
  }
}
