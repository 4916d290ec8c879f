/**
 * Floating-point helpers shared by the function families. Prometheus's
 * results depend on the exact order of float operations, so these follow the
 * same arithmetic (Kahan–Neumaier summation, the same quantile
 * interpolation) rather than a "nicer" formulation.
 */

/**
 * kahanInc adds `inc` to a running compensated sum (Neumaier's variant of
 * Kahan summation). Returns the new [sum, compensation]; the caller adds the
 * compensation once at the end. When the sum overflows to ±Inf the
 * compensation is reset, so that Inf + c stays Inf instead of becoming NaN.
 */
export function kahanInc(inc: number, sum: number, c: number): [number, number] {
  const t = sum + inc;
  if (t === Infinity || t === -Infinity) return [t, 0];
  if (Math.abs(sum) >= Math.abs(inc)) return [t, c + (sum - t + inc)];
  return [t, c + (inc - t + sum)];
}

/**
 * ascendingNaNFirst orders numbers ascending with NaN before everything, the
 * order Prometheus sorts values in before picking quantiles.
 */
function ascendingNaNFirst(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * quantileOf returns the φ-quantile of `values` (sorted in place) with
 * linear interpolation between the two closest ranks, as the `quantile`
 * aggregator and `quantile_over_time` do. Empty input or NaN φ gives NaN,
 * φ < 0 gives -Inf and φ > 1 gives +Inf.
 */
export function quantileOf(q: number, values: number[]): number {
  if (values.length === 0 || Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  sortNaNFirst(values);
  const n = values.length;
  const rank = q * (n - 1);
  const lower = Math.max(0, Math.floor(rank));
  const upper = Math.min(n - 1, lower + 1);
  const weight = rank - Math.floor(rank);
  return values[lower]! * (1 - weight) + values[upper]! * weight;
}

/** sortScratch is reused by sortNaNFirst, which runs once per step and group. */
let sortScratch = new Float64Array(64);

/**
 * sortNaNFirst sorts in place exactly as `values.sort(ascendingNaNFirst)`
 * would, several times faster: the numbers go through a typed-array sort
 * (native, no comparator calls) and the NaNs in front. A typed-array sort
 * puts -0 before 0 where the stable comparator sort keeps their input
 * order, so input holding -0 takes the comparator path.
 */
function sortNaNFirst(values: number[]): void {
  const n = values.length;
  if (sortScratch.length < n) sortScratch = new Float64Array(Math.max(n, sortScratch.length * 2));
  const buf = sortScratch;
  let nans = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) nans++;
    else if (v === 0 && 1 / v < 0) {
      values.sort(ascendingNaNFirst);
      return;
    } else buf[k++] = v;
  }
  const sorted = buf.subarray(0, k).sort();
  for (let i = 0; i < nans; i++) values[i] = NaN;
  for (let i = 0; i < k; i++) values[nans + i] = sorted[i]!;
}

/**
 * formatG prints a number like Go's `%g` verb: the shortest digits that
 * round-trip, in exponent form (`1e+06`) when the decimal exponent is below
 * -4 or at least 6. Prometheus renders numbers in annotation texts this way.
 */
export function formatG(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mant, expPart] = x.toExponential().split('e') as [string, string];
  const exp = Number(expPart);
  if (exp < -4 || exp >= 6) {
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  // JavaScript prints fixed notation for every exponent in [-4, 5].
  return String(x);
}

/**
 * formatGPrec prints a number like Go's `%.<prec>g`: at most `prec`
 * significant digits, trailing zeros removed, exponent form when the
 * exponent is below -4 or at least `prec`. (Exact decimal ties round half
 * up here, where Go rounds them to even; only the last digit can differ.)
 */
export function formatGPrec(x: number, prec: number): string {
  if (!Number.isFinite(x) || x === 0) return formatG(x);
  const p = Math.max(1, prec);
  const [mant, expPart] = x.toExponential(p - 1).split('e') as [string, string];
  const exp = Number(expPart);
  const trim = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
  if (exp < -4 || exp >= p) return `${trim(mant)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return trim(x.toFixed(Math.max(0, p - 1 - exp)));
}

/** formatF prints a number like Go's `%f` (six decimals). */
export function formatF(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return x.toFixed(6);
}

/**
 * parseGoFloat parses a number the way Go's strconv.ParseFloat does for the
 * forms that occur in `le` and `quantile` labels: decimal with optional
 * exponent, `Inf`/`+Inf`/`-Inf`/`Infinity` and `NaN` in any case, and
 * underscores between digits are not allowed. Returns undefined for
 * anything else (including the empty string).
 */
export function parseGoFloat(s: string): number | undefined {
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    if (special[2]!.toLowerCase() === 'nan') return special[1] === '' ? NaN : undefined;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?[0-9]+$/.test(s)) return parseHexFloat(s);
  return undefined;
}

/** parseHexFloat reads Go/C hexadecimal floats such as `0x1.8p1` (= 3). */
function parseHexFloat(s: string): number {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?[0-9]+)$/.exec(s)!;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  const mantissa = parseInt((intPart + fracPart) || '0', 16);
  const value = mantissa * Math.pow(2, Number(m[4]) - 4 * fracPart.length);
  return m[1] === '-' ? -value : value;
}

/**
 * almostEqual is Prometheus's relative float comparison: equal within
 * `epsilon` of the sum of magnitudes, with NaN equal to NaN.
 */
export function almostEqual(a: number, b: number, epsilon: number): boolean {
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  const minNormal = 2.2250738585072014e-308;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < minNormal) return diff < epsilon * minNormal;
  return diff / Math.min(absSum, Number.MAX_VALUE) < epsilon;
}

/** formatOpenMetricsFloat is formatG with `.0` added to integers (`1.0`, `0.0`). */
export function formatOpenMetricsFloat(x: number): string {
  if (x === 0) return '0.0'; // -0 too, as upstream compares with == 0
  const s = formatG(x);
  if (!Number.isFinite(x) || /[.e]/.test(s)) return s;
  return s + '.0';
}
