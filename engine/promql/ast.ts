import type { LabelMatcher } from '../model/matchers';

/**
 * The PromQL abstract syntax tree: a discriminated union on `kind`, handled
 * with exhaustive switches. Every node carries the character range of the
 * query text it came from (`pos.start` inclusive, `pos.end` exclusive, 0-based
 * UTF-16 offsets).
 */

export interface PosRange {
  readonly start: number;
  readonly end: number;
}

/** ValueType is the static type of an expression, named as Prometheus names them. */
export type ValueType = 'scalar' | 'vector' | 'matrix' | 'string' | 'none';

export type Expr =
  | NumberLiteral
  | StringLiteral
  | VectorSelector
  | MatrixSelector
  | SubqueryExpr
  | Call
  | AggregateExpr
  | BinaryExpr
  | UnaryExpr
  | ParenExpr
  | StepInvariantExpr
  | DurationExpr;

export interface NumberLiteral {
  readonly kind: 'NumberLiteral';
  readonly value: number;
  /** True when written as a duration (`5m`), which prints back as a duration. */
  readonly duration?: boolean;
  readonly pos: PosRange;
}

export interface StringLiteral {
  readonly kind: 'StringLiteral';
  readonly value: string;
  readonly pos: PosRange;
}

/** AtModifier is `@ <number>`, `@ start()` or `@ end()`. */
export type AtModifier =
  | { readonly kind: 'time'; readonly ms: number }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' };

export interface VectorSelector {
  readonly kind: 'VectorSelector';
  /**
   * The metric name if written before the braces; '' otherwise. As in
   * Prometheus, `{__name__="x"}` and `{"x"}` leave it empty (the matchers
   * are what select; this only affects printing and the "set twice" check).
   */
  readonly name: string;
  /** All matchers, including the one on `__name__` derived from `name`. */
  readonly matchers: readonly LabelMatcher[];
  /** Offset in milliseconds as written (negative allowed). */
  readonly offsetMs: number;
  /**
   * Offset given as a duration expression, resolved before evaluation. When
   * it uses neither step() nor range(), the parser also folds its value into
   * offsetMs (the expression is kept for printing).
   */
  readonly offsetExpr?: Expr;
  readonly at?: AtModifier;
  /** Experimental `anchored`/`smoothed` modifiers: on range selectors, and (as Prometheus 3.14 parses them) on instant selectors too. */
  readonly anchored?: boolean;
  readonly smoothed?: boolean;
  readonly pos: PosRange;
}

export interface MatrixSelector {
  readonly kind: 'MatrixSelector';
  readonly selector: VectorSelector;
  readonly rangeMs: number;
  /**
   * Range given as a duration expression, resolved before evaluation. When
   * it uses neither step() nor range() and is positive, the parser also
   * folds its value into rangeMs (the expression is kept for printing).
   * The same holds for rangeExpr/stepExpr/offsetExpr of SubqueryExpr.
   */
  readonly rangeExpr?: Expr;
  readonly pos: PosRange;
}

export interface SubqueryExpr {
  readonly kind: 'SubqueryExpr';
  readonly expr: Expr;
  readonly rangeMs: number;
  readonly rangeExpr?: Expr;
  /** Step in milliseconds; 0 means "use the default evaluation interval". */
  readonly stepMs: number;
  readonly stepExpr?: Expr;
  readonly offsetMs: number;
  readonly offsetExpr?: Expr;
  readonly at?: AtModifier;
  readonly pos: PosRange;
}

export interface Call {
  readonly kind: 'Call';
  readonly func: string;
  readonly args: readonly Expr[];
  readonly pos: PosRange;
}

export type AggregateOp =
  | 'sum' | 'avg' | 'count' | 'min' | 'max' | 'group' | 'stddev' | 'stdvar'
  | 'topk' | 'bottomk' | 'count_values' | 'quantile' | 'limitk' | 'limit_ratio';

export interface AggregateExpr {
  readonly kind: 'AggregateExpr';
  readonly op: AggregateOp;
  readonly expr: Expr;
  /** The parameter of topk/bottomk/quantile/count_values/limitk/limit_ratio. */
  readonly param?: Expr;
  readonly grouping: readonly string[];
  readonly without: boolean;
  /** True when `by`/`without` was written at all (`sum by () (x)` differs in printing only). */
  readonly hasGrouping: boolean;
  readonly pos: PosRange;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '^' | 'atan2'
  | '==' | '!=' | '>' | '<' | '>=' | '<='
  | 'and' | 'or' | 'unless'
  /** Native histogram trim operators (Prometheus 3.14): `</` keeps the part below, `>/` the part above the scalar. */
  | '</' | '>/';

export type Cardinality = 'one-to-one' | 'many-to-one' | 'one-to-many' | 'many-to-many';

export interface VectorMatching {
  readonly card: Cardinality;
  /** Labels listed in on(...) or ignoring(...). */
  readonly labels: readonly string[];
  /** True for on(...), false for ignoring(...) or no clause. */
  readonly on: boolean;
  /** True when on()/ignoring() was written explicitly. */
  readonly explicit: boolean;
  /** Extra labels of group_left(...)/group_right(...). */
  readonly include: readonly string[];
  /** Experimental fill modifiers: values for missing left/right sides. */
  readonly fillLeft?: number;
  readonly fillRight?: number;
}

export interface BinaryExpr {
  readonly kind: 'BinaryExpr';
  readonly op: BinaryOp;
  readonly lhs: Expr;
  readonly rhs: Expr;
  /** Present when both sides are vectors. */
  readonly matching?: VectorMatching;
  readonly returnBool: boolean;
  readonly pos: PosRange;
}

export interface UnaryExpr {
  readonly kind: 'UnaryExpr';
  readonly op: '+' | '-';
  readonly expr: Expr;
  readonly pos: PosRange;
}

export interface ParenExpr {
  readonly kind: 'ParenExpr';
  readonly expr: Expr;
  readonly pos: PosRange;
}

/** StepInvariantExpr wraps a subtree whose value is the same at every step (added by the planner, never parsed). */
export interface StepInvariantExpr {
  readonly kind: 'StepInvariantExpr';
  readonly expr: Expr;
  readonly pos: PosRange;
}

/**
 * DurationExpr is experimental duration arithmetic inside `[...]`, `offset`
 * and subquery steps: `[5m+30s]`, `offset -step()*2`, `min_of(step(), 1s)`.
 * Leaves are NumberLiterals (seconds) and the calls step()/range().
 * Binary ops and min_of/max_of use lhs and rhs; the unary ops `neg` and
 * `paren` (written parentheses, kept for printing) have their operand in rhs.
 */
export interface DurationExpr {
  readonly kind: 'DurationExpr';
  readonly op: '+' | '-' | '*' | '/' | '%' | '^' | 'step' | 'range' | 'min_of' | 'max_of' | 'neg' | 'paren';
  readonly lhs?: Expr;
  readonly rhs?: Expr;
  readonly pos: PosRange;
}

export function assertNever(x: never): never {
  throw new Error(`internal error: unexpected value ${JSON.stringify(x)}`);
}
