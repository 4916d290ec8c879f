import { assertNever, type Expr } from '../ast';
import { QueryError } from '../errors';
import { goPow } from './binary-ops';

/** DurationEnv is what duration expressions can refer to: step() and range(), ms. */
export interface DurationEnv {
  readonly stepMs: number;
  readonly rangeMs: number;
}

/**
 * resolveDuration evaluates a duration expression (`[5m+step()]`,
 * `offset -min_of(step(), 1s)`) to milliseconds. Leaves are numbers in
 * seconds; the result is truncated to whole milliseconds like upstream.
 */
export function resolveDuration(e: Expr, env: DurationEnv, allowNegative: boolean): number {
  const secs = evalSeconds(e, env);
  const where = `${e.pos.start}:${e.pos.end}`;
  if (Number.isNaN(secs) || !Number.isFinite(secs)) throw new QueryError('bad_data', `${where}: duration is NaN or infinite`, e.pos);
  if (secs <= 0 && !allowNegative) throw new QueryError('bad_data', `${where}: duration must be greater than 0`, e.pos);
  if (Math.abs(secs) > 2 ** 63 / 1e9) throw new QueryError('bad_data', `${where}: duration is out of range`, e.pos);
  return Math.trunc(secs * 1000);
}

function evalSeconds(e: Expr, env: DurationEnv): number {
  if (e.kind === 'NumberLiteral') return e.value;
  if (e.kind === 'ParenExpr') return evalSeconds(e.expr, env);
  if (e.kind === 'UnaryExpr') return e.op === '-' ? -evalSeconds(e.expr, env) : evalSeconds(e.expr, env);
  if (e.kind !== 'DurationExpr') throw new QueryError('bad_data', `unexpected duration expression type ${e.kind}`, e.pos);
  const lhs = e.lhs === undefined ? 0 : evalSeconds(e.lhs, env);
  const rhs = e.rhs === undefined ? 0 : evalSeconds(e.rhs, env);
  const where = `${e.pos.start}:${e.pos.end}`;
  const op = e.op;
  switch (op) {
    case 'step':
      return env.stepMs / 1000;
    case 'range':
      return env.rangeMs / 1000;
    case 'min_of':
      return Math.min(lhs, rhs);
    case 'max_of':
      return Math.max(lhs, rhs);
    case '+':
      return e.lhs === undefined ? rhs : lhs + rhs;
    case '-':
      return e.lhs === undefined ? -rhs : lhs - rhs;
    case 'neg':
      return -(e.rhs !== undefined ? rhs : lhs);
    case 'paren':
      return e.lhs !== undefined ? lhs : rhs;
    case '*':
      return lhs * rhs;
    case '/':
      if (rhs === 0) throw new QueryError('bad_data', `${where}: division by zero`, e.pos);
      return lhs / rhs;
    case '%':
      if (rhs === 0) throw new QueryError('bad_data', `${where}: modulo by zero`, e.pos);
      return lhs % rhs;
    case '^':
      return goPow(lhs, rhs);
    default:
      return assertNever(op);
  }
}
