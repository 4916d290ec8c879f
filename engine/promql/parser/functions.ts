import type { ValueType } from '../ast';

/**
 * FunctionSignature is the static shape of a PromQL function: argument
 * types, how many trailing arguments are optional, the result type and
 * whether it is behind the experimental-functions flag.
 */
export interface FunctionSignature {
  readonly name: string;
  readonly argTypes: readonly ValueType[];
  /** 0: fixed arity; n > 0: the last n arguments are optional; -1: the last type repeats without limit. */
  readonly variadic: number;
  readonly returnType: ValueType;
  readonly experimental: boolean;
}

const V: ValueType = 'vector';
const M: ValueType = 'matrix';
const S: ValueType = 'scalar';
const Str: ValueType = 'string';

function fn(name: string, argTypes: ValueType[], returnType: ValueType, variadic = 0, experimental = false): FunctionSignature {
  return { name, argTypes, variadic, returnType, experimental };
}

/**
 * FUNCTION_SIGNATURES lists every function of Prometheus 3.14 by name. The
 * implementation registry in promql/functions must have the same keys. It
 * has no prototype, so `FUNCTION_SIGNATURES['toString']` is undefined.
 */
export const FUNCTION_SIGNATURES: Readonly<Record<string, FunctionSignature>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, FunctionSignature>, {
    abs: fn('abs', [V], V),
    absent: fn('absent', [V], V),
    absent_over_time: fn('absent_over_time', [M], V),
    acos: fn('acos', [V], V),
    acosh: fn('acosh', [V], V),
    asin: fn('asin', [V], V),
    asinh: fn('asinh', [V], V),
    atan: fn('atan', [V], V),
    atanh: fn('atanh', [V], V),
    avg_over_time: fn('avg_over_time', [M], V),
    ceil: fn('ceil', [V], V),
    changes: fn('changes', [M], V),
    clamp: fn('clamp', [V, S, S], V),
    clamp_max: fn('clamp_max', [V, S], V),
    clamp_min: fn('clamp_min', [V, S], V),
    cos: fn('cos', [V], V),
    cosh: fn('cosh', [V], V),
    count_over_time: fn('count_over_time', [M], V),
    day_of_month: fn('day_of_month', [V], V, 1),
    day_of_week: fn('day_of_week', [V], V, 1),
    day_of_year: fn('day_of_year', [V], V, 1),
    days_in_month: fn('days_in_month', [V], V, 1),
    deg: fn('deg', [V], V),
    delta: fn('delta', [M], V),
    deriv: fn('deriv', [M], V),
    double_exponential_smoothing: fn('double_exponential_smoothing', [M, S, S], V, 0, true),
    end: fn('end', [], S, 0, true),
    exp: fn('exp', [V], V),
    first_over_time: fn('first_over_time', [M], V),
    floor: fn('floor', [V], V),
    histogram_avg: fn('histogram_avg', [V], V),
    histogram_count: fn('histogram_count', [V], V),
    histogram_fraction: fn('histogram_fraction', [S, S, V], V),
    histogram_quantile: fn('histogram_quantile', [S, V], V),
    histogram_quantiles: fn('histogram_quantiles', [V, Str, S, S], V, 9, true),
    histogram_stddev: fn('histogram_stddev', [V], V),
    histogram_stdvar: fn('histogram_stdvar', [V], V),
    histogram_sum: fn('histogram_sum', [V], V),
    hour: fn('hour', [V], V, 1),
    idelta: fn('idelta', [M], V),
    increase: fn('increase', [M], V),
    info: fn('info', [V, V], V, 1, true),
    irate: fn('irate', [M], V),
    label_join: fn('label_join', [V, Str, Str, Str], V, -1),
    label_replace: fn('label_replace', [V, Str, Str, Str, Str], V),
    last_over_time: fn('last_over_time', [M], V),
    ln: fn('ln', [V], V),
    log10: fn('log10', [V], V),
    log2: fn('log2', [V], V),
    mad_over_time: fn('mad_over_time', [M], V, 0, true),
    max_of: fn('max_of', [S, S], S, 0, true),
    max_over_time: fn('max_over_time', [M], V),
    min_of: fn('min_of', [S, S], S, 0, true),
    min_over_time: fn('min_over_time', [M], V),
    minute: fn('minute', [V], V, 1),
    month: fn('month', [V], V, 1),
    pi: fn('pi', [], S),
    predict_linear: fn('predict_linear', [M, S], V),
    present_over_time: fn('present_over_time', [M], V),
    quantile_over_time: fn('quantile_over_time', [S, M], V),
    rad: fn('rad', [V], V),
    range: fn('range', [], S, 0, true),
    rate: fn('rate', [M], V),
    resets: fn('resets', [M], V),
    round: fn('round', [V, S], V, 1),
    scalar: fn('scalar', [V], S),
    sgn: fn('sgn', [V], V),
    sin: fn('sin', [V], V),
    sinh: fn('sinh', [V], V),
    sort: fn('sort', [V], V),
    sort_by_label: fn('sort_by_label', [V, Str], V, -1, true),
    sort_by_label_desc: fn('sort_by_label_desc', [V, Str], V, -1, true),
    sort_desc: fn('sort_desc', [V], V),
    sqrt: fn('sqrt', [V], V),
    start: fn('start', [], S, 0, true),
    start_timestamp: fn('start_timestamp', [V], V, 0, true),
    stddev_over_time: fn('stddev_over_time', [M], V),
    stdvar_over_time: fn('stdvar_over_time', [M], V),
    step: fn('step', [], S, 0, true),
    sum_over_time: fn('sum_over_time', [M], V),
    tan: fn('tan', [V], V),
    tanh: fn('tanh', [V], V),
    time: fn('time', [], S),
    timestamp: fn('timestamp', [V], V),
    ts_of_first_over_time: fn('ts_of_first_over_time', [M], V, 0, true),
    ts_of_last_over_time: fn('ts_of_last_over_time', [M], V, 0, true),
    ts_of_max_over_time: fn('ts_of_max_over_time', [M], V, 0, true),
    ts_of_min_over_time: fn('ts_of_min_over_time', [M], V, 0, true),
    vector: fn('vector', [S], V),
    year: fn('year', [V], V, 1),
  }),
);

/** lookupFunction finds a function by its exact (case-sensitive) name. */
export function lookupFunction(name: string): FunctionSignature | undefined {
  return Object.hasOwn(FUNCTION_SIGNATURES, name) ? FUNCTION_SIGNATURES[name] : undefined;
}
