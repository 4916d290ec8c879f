import { assertNever, type Expr } from '../ast';

/** children lists a node's sub-expressions in Prometheus's order (aggregation: expression, then parameter). */
export function children(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'AggregateExpr':
      return expr.param !== undefined ? [expr.expr, expr.param] : [expr.expr];
    case 'BinaryExpr':
      return [expr.lhs, expr.rhs];
    case 'Call':
      return expr.args;
    case 'MatrixSelector':
      return [expr.selector];
    case 'SubqueryExpr':
    case 'ParenExpr':
    case 'UnaryExpr':
    case 'StepInvariantExpr':
      return [expr.expr];
    case 'NumberLiteral':
    case 'StringLiteral':
    case 'VectorSelector':
    case 'DurationExpr':
      return [];
    default:
      return assertNever(expr);
  }
}

/**
 * walkExpr visits every node depth-first, parents before children, passing
 * the chain of ancestors (root first). Like Prometheus's Inspect, it does not
 * descend into the duration expressions of ranges, steps and offsets.
 */
export function walkExpr(expr: Expr, visit: (node: Expr, path: readonly Expr[]) => void): void {
  const path: Expr[] = [];
  const walk = (node: Expr): void => {
    visit(node, path.slice());
    path.push(node);
    for (const child of children(node)) walk(child);
    path.pop();
  };
  walk(expr);
}
