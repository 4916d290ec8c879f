import { goQuoteRunes } from './go-strings';

/**
 * Prometheus durations (`1h30m`, `5m`, `100ms`, `2y`), parsed and printed as
 * prometheus/common's model.ParseDuration and model.Duration.String() do.
 */

const UNITS: ReadonlyMap<string, { readonly order: number; readonly ms: number }> = new Map([
  ['y', { order: 1, ms: 365 * 24 * 3600 * 1000 }],
  ['w', { order: 2, ms: 7 * 24 * 3600 * 1000 }],
  ['d', { order: 3, ms: 24 * 3600 * 1000 }],
  ['h', { order: 4, ms: 3600 * 1000 }],
  ['m', { order: 5, ms: 60 * 1000 }],
  ['s', { order: 6, ms: 1000 }],
  ['ms', { order: 7, ms: 1 }],
]);

/** The largest time.Duration, in nanoseconds; longer durations are "out of range". */
const MAX_NS = (1n << 63n) - 1n;

/** parseDurationMs parses a duration into milliseconds, or returns Prometheus's error message. */
export function parseDurationMs(s: string): { ms: number } | { error: string } {
  if (s === '0') return { ms: 0 };
  if (s === '') return { error: 'empty duration string' };
  const invalid = { error: `not a valid duration string: ${goQuoteRunes(s)}` };
  let totalNs = 0n;
  let lastOrder = 0;
  let rest = s;
  while (rest !== '') {
    const num = /^\d+/.exec(rest)?.[0];
    if (num === undefined) return invalid;
    rest = rest.slice(num.length);
    const unit = /^\D+/.exec(rest)?.[0];
    if (unit === undefined) return invalid;
    rest = rest.slice(unit.length);
    const u = UNITS.get(unit);
    if (u === undefined) return { error: `unknown unit ${goQuoteRunes(unit)} in duration ${goQuoteRunes(s)}` };
    if (u.order <= lastOrder) return invalid; // units must go from biggest to smallest
    lastOrder = u.order;
    const unitNs = BigInt(u.ms) * 1_000_000n;
    const v = BigInt(num);
    if (v > (MAX_NS + 1n) / unitNs) return { error: 'duration out of range' };
    totalNs += v * unitNs;
    if (totalNs > MAX_NS) return { error: 'duration out of range' };
  }
  return { ms: Number(totalNs / 1_000_000n) };
}

/**
 * formatDurationMs prints milliseconds like model.Duration.String():
 * `1h30m`, `90d` (years and weeks only when exact), `0s` for zero; a
 * fractional millisecond is truncated.
 */
export function formatDurationMs(ms: number): string {
  let rest = Math.trunc(Math.abs(ms));
  if (rest === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let out = '';
  for (const [unit, { ms: mult }] of UNITS) {
    if ((unit === 'y' || unit === 'w') && rest % mult !== 0) continue;
    const v = Math.floor(rest / mult);
    if (v > 0) {
      out += `${v}${unit}`;
      rest -= v * mult;
    }
  }
  return sign + out;
}
