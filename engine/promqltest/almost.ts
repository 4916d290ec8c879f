/**
 * The float comparison of FORMAT.md §7.5 (upstream's util/almost), and Go's
 * `%v` float printing for messages.
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

/**
 * formatGoFloat prints a float like Go's `%v` (strconv 'g' with shortest
 * digits): exponent form when the decimal exponent is below -4 or at least 6
 * (`1e+06`, `1.234567e+06`, `1e-05`), `+Inf`, `-Inf`, `NaN`.
 */
export function formatGoFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  // toExponential() without an argument yields the shortest round-trip digits.
  const [mant, expText] = x.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const abs = Math.abs(exp);
    return `${mant}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  }
  // In this range JavaScript prints plain decimal notation with the same digits.
  return String(x);
}
