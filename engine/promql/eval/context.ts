import type { Expr, ValueType } from '../ast';
import type { Annotations } from '../annotations';
import type { FunctionImpl } from '../functions/types';
import type { Querier } from '../../storage/interface';
import type { Limits } from './limits';
import type { Grid } from './grid';
import type { Tracer } from './trace';
import type { EvalValue } from './value';

/**
 * EvalFn evaluates an expression over a grid. Node evaluators receive it as
 * a parameter instead of importing the dispatcher, which would be a cycle.
 */
export type EvalFn = (ctx: EvalContext, e: Expr, g: Grid) => Promise<EvalValue>;

/** FunctionRegistry is what the evaluator needs to know about functions. */
export interface FunctionRegistry {
  readonly impls: Readonly<Record<string, FunctionImpl>>;
  /** The declared return type of a function (`scalar` functions return a one-element vector). */
  returnType(name: string): ValueType | undefined;
}

/**
 * EvalContext is everything one query evaluation shares: the querier, the
 * query's own time range (for start()/end()-like needs and FunctionContext),
 * options, the annotation sink, limits and the optional tracer.
 */
export interface EvalContext {
  readonly querier: Querier;
  readonly queryStartMs: number;
  readonly queryEndMs: number;
  /** The query's step, ms; 0 for instant queries. */
  readonly queryStepMs: number;
  readonly lookbackMs: number;
  readonly defaultSubqueryStepMs: number;
  readonly delayedNameRemoval: boolean;
  readonly annotations: Annotations;
  readonly limits: Limits;
  readonly functions: FunctionRegistry;
  /** Set when the query records a trace. */
  readonly tracer?: Tracer;
  /** Prints a node for traces and error messages. */
  readonly format: (e: Expr) => string;
}
