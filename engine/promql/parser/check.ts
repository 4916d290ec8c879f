import type { AggregateExpr, BinaryExpr, Call, Expr, PosRange, ValueType, VectorSelector } from '../ast';
import { METRIC_NAME } from '../../model/labels';
import { compileMatcher, type LabelMatcher } from '../../model/matchers';
import { documentedType, exprType } from './expr-type';
import { lookupFunction } from './functions';
import { goQuoteRunes } from './go-strings';
import { isSpace } from './scanner';
import type { ErrorItem } from './parser-core';

const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<=', '<', '>=', '>']);
const SET_OPS: ReadonlySet<string> = new Set(['and', 'or', 'unless']);
const SCALAR_PARAM_AGGREGATORS: ReadonlySet<string> = new Set(['topk', 'bottomk', 'quantile', 'limitk', 'limit_ratio']);

/**
 * checkExpr type-checks a syntactically valid AST the way Prometheus's
 * checkAST does, appending errors in the same order, and returns the AST in
 * its final form: vector matching removed where a side is not a vector, set
 * operators made many-to-many.
 */
export function checkExpr(input: string, expr: Expr, errors: ErrorItem[]): Expr {
  const err = (pos: PosRange, message: string): void => {
    errors.push({ pos, message });
  };

  const expectType = (e: Expr, want: ValueType, context: string): Expr => {
    const checked = check(e);
    const got = exprType(checked);
    if (got !== want) err(e.pos, `expected type ${documentedType(want)} in ${context}, got ${documentedType(got)}`);
    return checked;
  };

  /** opRange is the operator text between the operands, whitespace trimmed. */
  const opRange = (n: BinaryExpr): PosRange => {
    let start = n.lhs.pos.end;
    while (start < input.length && isSpace(input[start]!)) start++;
    let end = n.rhs.pos.start;
    while (end > start && isSpace(input[end - 1]!)) end--;
    return { start, end };
  };

  const checkAggregate = (n: AggregateExpr): Expr => {
    const inner = expectType(n.expr, 'vector', 'aggregation expression');
    let param = n.param;
    if (param !== undefined && SCALAR_PARAM_AGGREGATORS.has(n.op)) param = expectType(param, 'scalar', 'aggregation parameter');
    if (param !== undefined && n.op === 'count_values') param = expectType(param, 'string', 'aggregation parameter');
    return { ...n, expr: inner, ...(param !== undefined ? { param } : {}) };
  };

  const checkBinary = (n: BinaryExpr): Expr => {
    const lhs = check(n.lhs);
    const rhs = check(n.rhs);
    const lt = exprType(lhs);
    const rt = exprType(rhs);
    const isSet = SET_OPS.has(n.op);
    if (n.returnBool && !COMPARISONS.has(n.op)) err(opRange(n), 'bool modifier can only be used on comparison operators');
    if (COMPARISONS.has(n.op) && !n.returnBool && lt === 'scalar' && rt === 'scalar') {
      err(opRange(n), 'comparisons between scalars must use BOOL modifier');
    }
    let matching = n.matching;
    if (matching !== undefined && isSet && matching.card === 'one-to-one') matching = { ...matching, card: 'many-to-many' };
    if (matching?.on === true) {
      for (const l of matching.labels) {
        if (matching.include.includes(l)) err(opRange(n), `label ${goQuoteRunes(l)} must not occur in ON and GROUP clause at once`);
      }
    }
    if (lt !== 'scalar' && lt !== 'vector') err(n.lhs.pos, 'binary expression must contain only scalar and instant vector types');
    if (rt !== 'scalar' && rt !== 'vector') err(n.rhs.pos, 'binary expression must contain only scalar and instant vector types');
    const hasFill = matching !== undefined && (matching.fillLeft !== undefined || matching.fillRight !== undefined);
    if ((lt !== 'vector' || rt !== 'vector') && matching !== undefined) {
      if (matching.labels.length > 0) err(n.pos, 'vector matching only allowed between instant vectors');
      if (hasFill) err(n.pos, 'filling in missing series only allowed between instant vectors');
      matching = undefined;
    } else if (isSet && matching !== undefined) {
      if (matching.card === 'one-to-many' || matching.card === 'many-to-one') err(n.pos, `no grouping allowed for ${goQuoteRunes(n.op)} operation`);
      if (matching.card !== 'many-to-many') err(n.pos, 'set operations must always be many-to-many');
      if (hasFill) err(n.pos, 'filling in missing series not allowed for set operators');
    }
    if ((lt === 'scalar' || rt === 'scalar') && isSet) err(n.pos, `set operator ${goQuoteRunes(n.op)} not allowed in binary scalar expression`);
    const out: BinaryExpr = { kind: 'BinaryExpr', op: n.op, lhs, rhs, returnBool: n.returnBool, pos: n.pos };
    return matching === undefined ? out : { ...out, matching };
  };

  const checkCall = (n: Call): Expr => {
    const fn = lookupFunction(n.func);
    if (fn === undefined) return n; // reported while parsing
    const nargs = fn.argTypes.length;
    const q = goQuoteRunes(fn.name);
    if (fn.variadic === 0) {
      if (nargs !== n.args.length) err(n.pos, `expected ${nargs} argument(s) in call to ${q}, got ${n.args.length}`);
    } else {
      const min = nargs - 1;
      if (min > n.args.length) err(n.pos, `expected at least ${min} argument(s) in call to ${q}, got ${n.args.length}`);
      else if (fn.variadic > 0 && min + fn.variadic < n.args.length) {
        err(n.pos, `expected at most ${min + fn.variadic} argument(s) in call to ${q}, got ${n.args.length}`);
      }
    }
    let infoSelector: Expr | undefined;
    if (fn.name === 'info' && n.args.length > 1) {
      const sel = n.args[1]!;
      const t = exprType(sel);
      if (t !== 'vector') err(n.pos, `expected type instant vector in call to function ${q}, got ${documentedType(t)}`);
      if (sel.kind === 'VectorSelector' && sel.name !== '') err(sel.pos, 'expected label selectors only, got vector selector instead');
      else if (sel.kind === 'VectorSelector') infoSelector = sel; // may match everything: no non-empty matcher needed
      else err(sel.pos, 'expected label selectors only');
    }
    const args: Expr[] = [];
    for (let i = 0; i < n.args.length; i++) {
      const arg = n.args[i]!;
      let idx = i;
      if (i >= nargs) {
        if (fn.variadic === 0) {
          args.push(...n.args.slice(i)); // extra arguments of a fixed-arity function are not checked
          break;
        }
        idx = nargs - 1;
      }
      const checked = arg === infoSelector ? arg : check(arg);
      const t = exprType(checked);
      if (t !== fn.argTypes[idx]) err(arg.pos, `expected type ${documentedType(fn.argTypes[idx]!)} in call to function ${q}, got ${documentedType(t)}`);
      args.push(checked);
    }
    return { ...n, args };
  };

  const checkSelector = (n: VectorSelector): Expr => {
    if (n.name !== '') {
      // The last matcher is the one derived from the name outside the braces.
      for (const m of n.matchers.slice(0, -1)) {
        if (m.name === METRIC_NAME) err(n.pos, `metric name must not be set twice: ${goQuoteRunes(n.name)} or ${goQuoteRunes(m.value)}`);
      }
      return n;
    }
    if (!n.matchers.some((m) => !matchesEmpty(m))) err(n.pos, 'vector selector must contain at least one non-empty matcher');
    return n;
  };

  function check(n: Expr): Expr {
    switch (n.kind) {
      case 'AggregateExpr': return checkAggregate(n);
      case 'BinaryExpr': return checkBinary(n);
      case 'Call': return checkCall(n);
      case 'ParenExpr': return { ...n, expr: check(n.expr) };
      case 'StepInvariantExpr': return { ...n, expr: check(n.expr) };
      case 'UnaryExpr': {
        const inner = check(n.expr);
        const t = exprType(inner);
        if (t !== 'scalar' && t !== 'vector') {
          err(n.pos, `unary expression only allowed on expressions of type scalar or instant vector, got ${goQuoteRunes(documentedType(t))}`);
        }
        return { ...n, expr: inner };
      }
      case 'SubqueryExpr': {
        const inner = check(n.expr);
        const t = exprType(inner);
        if (t !== 'vector') err(n.pos, `subquery is only allowed on instant vector, got ${t} instead`);
        return { ...n, expr: inner };
      }
      case 'MatrixSelector': return { ...n, selector: checkSelector(n.selector) as VectorSelector };
      case 'VectorSelector': return checkSelector(n);
      case 'NumberLiteral':
      case 'StringLiteral':
      case 'DurationExpr':
        return n;
    }
  }

  return check(expr);
}

/** matchesEmpty reports whether a matcher accepts series without the label. */
function matchesEmpty(m: LabelMatcher): boolean {
  try {
    return compileMatcher(m).matches('');
  } catch {
    return false; // a regex JavaScript cannot compile was already reported or is RE2-only syntax
  }
}
