import type { Expr } from '../ast';
import { assertNever } from '../ast';

/**
 * queryBounds returns the time range [minT, maxT] (ms) that a preprocessed
 * expression may read from storage, so one querier can serve the query.
 */
export function queryBounds(e: Expr, startMs: number, endMs: number, lookbackMs: number): [number, number] {
  let minT = Infinity;
  let maxT = -Infinity;
  /** `rangeMs` is the range of the enclosing matrix selector, if any. */
  const visit = (n: Expr, from: number, to: number, rangeMs = 0): void => {
    switch (n.kind) {
      case 'VectorSelector': {
        const s = (n.at?.kind === 'time' ? n.at.ms : from) - n.offsetMs - rangeMs;
        const t = (n.at?.kind === 'time' ? n.at.ms : to) - n.offsetMs;
        // The lookback covers instant selectors and the anchored/smoothed extensions alike.
        minT = Math.min(minT, s - lookbackMs);
        maxT = Math.max(maxT, t + lookbackMs);
        return;
      }
      case 'MatrixSelector':
        visit(n.selector, from, to, n.rangeMs);
        return;
      case 'SubqueryExpr': {
        const s = (n.at?.kind === 'time' ? n.at.ms : from) - n.offsetMs - n.rangeMs;
        const t = (n.at?.kind === 'time' ? n.at.ms : to) - n.offsetMs;
        visit(n.expr, s, t);
        return;
      }
      case 'Call':
        for (const a of n.args) visit(a, from, to);
        return;
      case 'AggregateExpr':
        visit(n.expr, from, to);
        if (n.param !== undefined) visit(n.param, from, to);
        return;
      case 'BinaryExpr':
        visit(n.lhs, from, to);
        visit(n.rhs, from, to);
        return;
      case 'UnaryExpr':
      case 'ParenExpr':
      case 'StepInvariantExpr':
        visit(n.expr, from, to);
        return;
      case 'NumberLiteral':
      case 'StringLiteral':
      case 'DurationExpr':
        return;
      default:
        assertNever(n);
    }
  };
  visit(e, startMs, endMs);
  if (minT === Infinity) return [startMs, endMs];
  return [minT, maxT];
}
