import type { Call } from '../ast';
import type { FunctionContext } from '../functions/types';
import type { EvalContext } from './context';

/**
 * StepContext is one mutable FunctionContext per call node, moved from step
 * to step, so calling a function does not allocate a context per step.
 */
export interface StepContext extends FunctionContext {
  tMs: number;
}

/** stepContext creates the FunctionContext of a call; the caller sets `tMs` before each step. */
export function stepContext(ctx: EvalContext, call: Call): StepContext {
  return {
    tMs: 0,
    queryStartMs: ctx.queryStartMs,
    queryEndMs: ctx.queryEndMs,
    stepMs: ctx.queryStepMs,
    call,
    annotations: ctx.annotations,
    delayedNameRemoval: ctx.delayedNameRemoval,
  };
}
