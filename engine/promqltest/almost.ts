/**
 * The float comparison of FORMAT.md §7.5 (upstream's util/almost).
 */

/** DEFAULT_EPSILON is the interpreter's relative tolerance. */
export const DEFAULT_EPSILON = 1e-6;

/** The smallest positive normal double (Go's minNormal). */
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * almostEqual reports whether a and b are equal within a relative tolerance.
 * `aStale`/`bStale` carry the staleness flag, because a JavaScript NaN cannot
 * be trusted to keep Prometheus's stale bit pattern.
 */
export function almostEqual(a: number, b: number, epsilon = DEFAULT_EPSILON, aStale = false, bStale = false): boolean {
  if (aStale || bStale) return aStale && bStale;
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < MIN_NORMAL) return diff < epsilon * MIN_NORMAL;
  return diff / Math.min(absSum, Number.MAX_VALUE) < epsilon;
}
