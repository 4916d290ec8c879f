import { ABSENT_FUNCTIONS } from './absent';
import { CHANGES_FUNCTIONS } from './changes';
import { HISTOGRAM_FUNCTIONS } from './histogram_functions';
import { LABEL_FUNCTIONS } from './labels';
import { MATH_FUNCTIONS } from './math';
import { OVER_TIME_FUNCTIONS } from './over_time';
import { PREDICT_FUNCTIONS } from './predict';
import { RATE_FUNCTIONS } from './rate';
import { SCALAR_FUNCTIONS } from './scalars';
import { SMOOTHING_FUNCTIONS } from './smoothing';
import { SORT_FUNCTIONS } from './sort';
import { START_TIMESTAMP_FUNCTIONS } from './start_timestamp';
import { TIME_FUNCTIONS } from './time';
import { TRIG_FUNCTIONS } from './trig';
import type { FunctionImpl } from './types';

/**
 * FUNCTION_IMPLS is the registry of PromQL function implementations, keyed
 * by function name. It covers every Prometheus 3.14 function except those
 * the evaluator handles itself because they need more than values:
 *
 * - `timestamp` (needs the raw sample timestamps of a selector),
 * - `absent_over_time` (needs to see all series across all steps),
 * - `info` (joins against other series read from storage).
 *
 * The evaluator also special-cases `start_timestamp` over a vector
 * selector; the registry entry covers every other argument.
 */
export const FUNCTION_IMPLS: Readonly<Record<string, FunctionImpl>> = Object.freeze({
  ...MATH_FUNCTIONS,
  ...TRIG_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...SCALAR_FUNCTIONS,
  ...RATE_FUNCTIONS,
  ...CHANGES_FUNCTIONS,
  ...OVER_TIME_FUNCTIONS,
  ...PREDICT_FUNCTIONS,
  ...SMOOTHING_FUNCTIONS,
  ...LABEL_FUNCTIONS,
  ...SORT_FUNCTIONS,
  ...ABSENT_FUNCTIONS,
  ...HISTOGRAM_FUNCTIONS,
  ...START_TIMESTAMP_FUNCTIONS,
});

/** EVALUATOR_FUNCTIONS are the function names deliberately absent from FUNCTION_IMPLS. */
export const EVALUATOR_FUNCTIONS: readonly string[] = ['timestamp', 'absent_over_time', 'info'];

export type { FunctionArg, FunctionContext, FunctionImpl, RangeFunction, RangeWindow, SampleFunction, VectorFunction } from './types';

/** Helpers the evaluator shares with the functions (absent_over_time's labels, the quantile aggregator, compensated sums). */
export { absentLabels } from './absent';
export { kahanInc, quantileOf } from './numeric';
