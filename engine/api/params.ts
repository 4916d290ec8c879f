import { goQuote } from '../model/labels';
import { clampInt64, MAX_INT64, MIN_INT64, parseGoFloat, parseGoInt, parsePromDuration } from './go-parse';
import { formatRFC3339Nano, parseRFC3339Nano } from './go-time';
import type { FormValues } from './types';

/**
 * The API's parameter parsers (Prometheus web/api/v1 parseTime,
 * parseDuration, parseLimitParam) with their exact error texts. Times and
 * durations are bigint nanoseconds, as Go's time.Time/time.Duration are.
 */

/** ParamError is a bad parameter value; its message is the inner text without `invalid parameter`. */
export class ParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParamError';
  }
}

const NS_PER_SEC = 1_000_000_000n;

/**
 * MIN_TIME_NS / MAX_TIME_NS are Prometheus's MinTime and MaxTime, the
 * defaults for optional ranges (about ±292 million years).
 */
export const MIN_TIME_NS = (MIN_INT64 / 1000n + 62135596801n) * NS_PER_SEC;
export const MAX_TIME_NS = (MAX_INT64 / 1000n - 62135596801n) * NS_PER_SEC + 999_999_999n;

const MIN_TIME_TEXT = formatRFC3339Nano(MIN_TIME_NS);
const MAX_TIME_TEXT = formatRFC3339Nano(MAX_TIME_NS);

/** goRound is Go's math.Round: halves away from zero. */
function goRound(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** floatToInt64 mimics Go's float64 → int64 conversion on amd64 (out of range → MinInt64). */
function floatToInt64(x: number): bigint {
  if (!Number.isFinite(x) || x >= 2 ** 63 || x < -(2 ** 63)) return MIN_INT64;
  return BigInt(Math.trunc(x));
}

/**
 * parseTime accepts Unix seconds (float, rounded to milliseconds) or RFC 3339
 * and returns nanoseconds; throws `cannot parse "x" to a valid timestamp`.
 */
export function parseTime(s: string): bigint {
  const f = parseGoFloat(s);
  if (f !== undefined) {
    const whole = Math.trunc(f);
    const frac = goRound((f - whole) * 1000) / 1000;
    return floatToInt64(whole) * NS_PER_SEC + floatToInt64(frac * 1e9);
  }
  const t = parseRFC3339Nano(s);
  if (t !== undefined) return t;
  // Go's parser handles only 4-digit years; these two texts are special-cased upstream too.
  if (s === MIN_TIME_TEXT) return MIN_TIME_NS;
  if (s === MAX_TIME_TEXT) return MAX_TIME_NS;
  throw new ParamError(`cannot parse ${goQuote(s)} to a valid timestamp`);
}

/** parseTimeParam reads an optional time parameter, wrapping errors as Prometheus does. */
export function parseTimeParam(form: FormValues, name: string, defaultNs: bigint): bigint {
  const v = form.get(name);
  if (v === '') return defaultNs;
  try {
    return parseTime(v);
  } catch (e) {
    throw new ParamError(`invalid time value for '${name}': ${(e as Error).message}`);
  }
}

/**
 * parseDuration accepts float seconds or a Prometheus duration (`15s`,
 * `1h30m`) and returns nanoseconds; throws Prometheus's texts.
 */
export function parseDuration(s: string): bigint {
  const f = parseGoFloat(s);
  if (f !== undefined) {
    const ns = f * 1e9;
    if (ns > 2 ** 63 || ns < -(2 ** 63)) {
      throw new ParamError(`cannot parse ${goQuote(s)} to a valid duration. It overflows int64`);
    }
    return floatToInt64(ns);
  }
  const d = parsePromDuration(s);
  if (d !== undefined) return d;
  throw new ParamError(`cannot parse ${goQuote(s)} to a valid duration`);
}

/** parseLimit is parseLimitParam: '' → 0 (no limit); negative and non-numeric values are errors. */
export function parseLimit(s: string): number {
  if (s === '') return 0;
  const r = parseGoInt(s);
  if (r.error !== undefined) throw new ParamError(r.error);
  if (r.value < 0) throw new ParamError('limit must be non-negative');
  return r.value;
}

/** subNs is Go's Time.Sub: the difference saturated to int64 nanoseconds. */
export function subNs(end: bigint, start: bigint): bigint {
  return clampInt64(end - start);
}
