import { assertNever, type Expr, type ValueType } from '../ast';
import { lookupFunction } from './functions';

/**
 * exprType is the static type of an expression, as Prometheus's Expr.Type():
 * a binary expression is a scalar only when both sides are scalars.
 */
export function exprType(expr: Expr): ValueType {
  switch (expr.kind) {
    case 'NumberLiteral':
    case 'DurationExpr':
      return 'scalar';
    case 'StringLiteral':
      return 'string';
    case 'VectorSelector':
    case 'AggregateExpr':
      return 'vector';
    case 'MatrixSelector':
    case 'SubqueryExpr':
      return 'matrix';
    case 'Call':
      return lookupFunction(expr.func)?.returnType ?? 'none';
    case 'BinaryExpr':
      return exprType(expr.lhs) === 'scalar' && exprType(expr.rhs) === 'scalar' ? 'scalar' : 'vector';
    case 'UnaryExpr':
    case 'ParenExpr':
    case 'StepInvariantExpr':
      return exprType(expr.expr);
    default:
      return assertNever(expr);
  }
}

/** documentedType names a type as Prometheus's error messages do ("instant vector", "range vector"). */
export function documentedType(t: ValueType): string {
  if (t === 'vector') return 'instant vector';
  if (t === 'matrix') return 'range vector';
  return t;
}
