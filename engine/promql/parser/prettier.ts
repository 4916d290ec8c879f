import { assertNever, type Expr } from '../ast';
import { aggregatePrefix, binaryOperator, formatExpr, subquerySuffix } from './printer';
import { utf8Length } from './go-strings';

/** Lines longer than this (in bytes, as Prometheus counts) are split. */
const MAX_CHARACTERS_PER_LINE = 100;
const INDENT = '  ';

/**
 * prettifyExpr formats an expression over several lines the way
 * Prometheus's Prettify() does for /api/v1/format_query: a node is split
 * only when its one-line form exceeds 100 characters, children indented by
 * two spaces per level; selectors are never split.
 */
export function prettifyExpr(expr: Expr): string {
  return prettifyWithWidth(expr, MAX_CHARACTERS_PER_LINE);
}

/** prettifyWithWidth is prettifyExpr with another line limit (Prometheus's own tests use 10). */
export function prettifyWithWidth(expr: Expr, maxLine: number): string {
  const needsSplit = (e: Expr): boolean => utf8Length(formatExpr(e)) > maxLine;
  const pretty = (e: Expr, level: number): string => prettyNode(e, level, needsSplit, pretty);
  return pretty(expr, 0);
}

function prettyNode(
  e: Expr,
  level: number,
  needsSplit: (e: Expr) => boolean,
  pretty: (e: Expr, level: number) => string,
): string {
  const indent = INDENT.repeat(level);
  switch (e.kind) {
    case 'AggregateExpr': {
      if (!needsSplit(e)) return indent + formatExpr(e);
      const param = e.param !== undefined ? `${pretty(e.param, level + 1)},\n` : '';
      return `${indent}${aggregatePrefix(e)}(\n${param}${pretty(e.expr, level + 1)}\n${indent})`;
    }
    case 'BinaryExpr':
      if (!needsSplit(e)) return indent + formatExpr(e);
      return `${pretty(e.lhs, level + 1)}\n${indent}${binaryOperator(e)}\n${pretty(e.rhs, level + 1)}`;
    case 'Call':
      if (!needsSplit(e)) return indent + formatExpr(e);
      return `${indent}${e.func}(\n${e.args.map((a) => pretty(a, level + 1)).join(',\n')}\n${indent})`;
    case 'ParenExpr':
      if (!needsSplit(e)) return indent + formatExpr(e);
      return `${indent}(\n${pretty(e.expr, level + 1)}\n${indent})`;
    case 'SubqueryExpr':
      // Prometheus prints an unsplit subquery without its indentation; kept for identical output.
      if (!needsSplit(e)) return formatExpr(e);
      return pretty(e.expr, level) + subquerySuffix(e);
    case 'UnaryExpr':
      return `${indent}${e.op}${pretty(e.expr, level).trim()}`;
    case 'StepInvariantExpr':
      return pretty(e.expr, level);
    case 'DurationExpr':
      return formatExpr(e);
    case 'MatrixSelector':
    case 'VectorSelector':
    case 'NumberLiteral':
    case 'StringLiteral':
      return indent + formatExpr(e);
    default:
      return assertNever(e);
  }
}
