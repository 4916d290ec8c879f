import type { AtModifier, Call, Expr } from '../ast';
import { assertNever } from '../ast';
import { resolveDuration, type DurationEnv } from './durations';

/** The query's own time range, ms; stepMs is 0 for instant queries. */
export interface QueryTimes {
  readonly startMs: number;
  readonly endMs: number;
  readonly stepMs: number;
}

/**
 * Functions whose value depends on the evaluation time itself, so a call
 * cannot be evaluated once for all steps even when its arguments can.
 */
const AT_UNSAFE = new Set([
  'days_in_month', 'day_of_month', 'day_of_week', 'day_of_year', 'end', 'hour', 'minute', 'month', 'year',
  'predict_linear', 'range', 'start', 'step', 'time', 'timestamp',
]);

/**
 * preprocess prepares an expression for evaluation, as Prometheus's
 * PreprocessExpr does: start()/end()/range()/step() become numbers, duration
 * expressions become plain durations, `@ start()`/`@ end()` become times,
 * redundant parentheses around call arguments and aggregation operands go,
 * and the largest step-invariant subtrees are wrapped in StepInvariantExpr so
 * they are evaluated once.
 */
export function preprocess(e: Expr, q: QueryTimes): Expr {
  const env: DurationEnv = { stepMs: q.stepMs, rangeMs: q.endMs - q.startMs };
  const r = walk(e, q, env);
  return r.wrap ? invariant(r.expr) : r.expr;
}

interface Walked {
  readonly expr: Expr;
  /** The whole subtree has the same value at every step. */
  readonly invariant: boolean;
  /** The subtree is worth wrapping (not a literal, range vector or string). */
  readonly wrap: boolean;
}

function invariant(expr: Expr): Expr {
  return { kind: 'StepInvariantExpr', expr, pos: expr.pos };
}

function resolveAt(at: AtModifier | undefined, q: QueryTimes): AtModifier | undefined {
  if (at === undefined) return undefined;
  switch (at.kind) {
    case 'time':
      return at;
    case 'start':
      return { kind: 'time', ms: q.startMs };
    case 'end':
      return { kind: 'time', ms: q.endMs };
    default:
      return assertNever(at);
  }
}

function unparen(e: Expr): Expr {
  while (e.kind === 'ParenExpr') e = e.expr;
  return e;
}

function foldContextCall(e: Call, q: QueryTimes): Expr | undefined {
  const num = (value: number): Expr => ({ kind: 'NumberLiteral', value, pos: e.pos });
  switch (e.func) {
    case 'start':
      return num(q.startMs / 1000);
    case 'end':
      return num(q.endMs / 1000);
    case 'range':
      return num((q.endMs - q.startMs) / 1000);
    case 'step':
      return num(q.startMs === q.endMs ? 0 : q.stepMs / 1000);
    default:
      return undefined;
  }
}

function walk(e: Expr, q: QueryTimes, env: DurationEnv): Walked {
  switch (e.kind) {
    case 'NumberLiteral':
    case 'StringLiteral':
      return { expr: e, invariant: true, wrap: false };
    case 'VectorSelector': {
      const at = resolveAt(e.at, q);
      const offsetMs = e.offsetExpr !== undefined ? resolveDuration(e.offsetExpr, env, true) : e.offsetMs;
      const expr = { ...e, at, offsetMs, offsetExpr: undefined };
      return { expr, invariant: at !== undefined, wrap: at !== undefined };
    }
    case 'MatrixSelector': {
      const sel = walk(e.selector, q, env).expr;
      const rangeMs = e.rangeExpr !== undefined ? resolveDuration(e.rangeExpr, env, false) : e.rangeMs;
      const expr = { ...e, selector: sel as typeof e.selector, rangeMs, rangeExpr: undefined };
      return { expr, invariant: e.selector.at !== undefined, wrap: false };
    }
    case 'SubqueryExpr': {
      const inner = walk(e.expr, q, env);
      const at = resolveAt(e.at, q);
      const expr = {
        ...e,
        expr: inner.invariant ? invariant(inner.expr) : inner.expr,
        at,
        rangeMs: e.rangeExpr !== undefined ? resolveDuration(e.rangeExpr, env, false) : e.rangeMs,
        rangeExpr: undefined,
        stepMs: e.stepExpr !== undefined ? resolveDuration(e.stepExpr, env, false) : e.stepMs,
        stepExpr: undefined,
        offsetMs: e.offsetExpr !== undefined ? resolveDuration(e.offsetExpr, env, true) : e.offsetMs,
        offsetExpr: undefined,
      };
      return { expr, invariant: at !== undefined, wrap: false };
    }
    case 'Call': {
      const folded = foldContextCall(e, q);
      if (folded !== undefined) return { expr: folded, invariant: true, wrap: false };
      let allInvariant = !AT_UNSAFE.has(e.func);
      let timestampSafe = e.func === 'timestamp';
      const walked = e.args.map((a) => walk(unparen(a), q, env));
      for (const w of walked) {
        allInvariant &&= w.invariant;
        if (!w.invariant || w.expr.kind !== 'VectorSelector') timestampSafe = false;
      }
      if (allInvariant || timestampSafe) return { expr: { ...e, args: walked.map((w) => w.expr) }, invariant: true, wrap: true };
      return { expr: { ...e, args: walked.map((w) => (w.wrap ? invariant(w.expr) : w.expr)) }, invariant: false, wrap: false };
    }
    case 'AggregateExpr': {
      const inner = walk(unparen(e.expr), q, env);
      const param = e.param === undefined ? undefined : walk(unparen(e.param), q, env).expr;
      return { expr: { ...e, expr: inner.expr, param }, invariant: inner.invariant, wrap: inner.wrap };
    }
    case 'BinaryExpr': {
      const l = walk(e.lhs, q, env);
      const r = walk(e.rhs, q, env);
      if (l.invariant && r.invariant) return { expr: { ...e, lhs: l.expr, rhs: r.expr }, invariant: true, wrap: true };
      return {
        expr: { ...e, lhs: l.wrap ? invariant(l.expr) : l.expr, rhs: r.wrap ? invariant(r.expr) : r.expr },
        invariant: false,
        wrap: false,
      };
    }
    case 'ParenExpr': {
      const inner = walk(e.expr, q, env);
      return { expr: { ...e, expr: inner.expr }, invariant: inner.invariant, wrap: inner.wrap };
    }
    case 'UnaryExpr': {
      const inner = walk(e.expr, q, env);
      return { expr: { ...e, expr: inner.expr }, invariant: inner.invariant, wrap: inner.wrap };
    }
    case 'StepInvariantExpr':
      return { expr: e, invariant: true, wrap: false };
    case 'DurationExpr':
      return { expr: e, invariant: true, wrap: false };
    default:
      return assertNever(e);
  }
}
