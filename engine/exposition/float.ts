/**
 * Float syntax as Go's strconv speaks it, which is what Prometheus exporters
 * print and what Prometheus's exposition parsers accept.
 */

/**
 * formatGoFloat prints v as Go's `strconv.FormatFloat(v, 'g', -1, 64)` does,
 * spelling the special values as Prometheus does: the shortest digits that
 * round-trip, in %e form when the decimal exponent is below -4 or at least 6
 * (`1e+06`, `1.5e-07`, `123456`, `0.1`), and `NaN`, `+Inf`, `-Inf`.
 */
export function formatGoFloat(v: number): string {
  if (v !== v) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  // toExponential() without an argument yields the shortest round-trip digits.
  const e = v.toExponential();
  const ePos = e.indexOf('e');
  const neg = v < 0;
  const mantissa = e.slice(neg ? 1 : 0, ePos);
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  const exp = Number(e.slice(ePos + 1));
  const sign = neg ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
    const abs = exp < 0 ? -exp : exp;
    return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/**
 * formatOpenMetricsFloat prints v as client_golang's OpenMetrics encoder
 * does: like formatGoFloat, but a value that would print as an integer gets
 * `.0` (`1.0`, `42.0`) so it reads unmistakably as a float.
 */
export function formatOpenMetricsFloat(v: number): string {
  const s = formatGoFloat(v);
  if (v !== v || v === Infinity || v === -Infinity) return s;
  return s.includes('.') || s.includes('e') ? s : s + '.0';
}

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/**
 * parseGoFloat parses s[start, end) as Go's strconv.ParseFloat would, minus
 * the forms Prometheus rejects (hex floats, `_` digit separators). Accepts
 * `[+-]digits[.digits][e[+-]digits]`, `NaN`, and `[+-]Inf`/`[+-]Infinity`
 * in any letter case. Returns undefined for anything else, including
 * finite-looking numbers too large for a float64 (Go's ErrRange).
 */
export function parseGoFloat(s: string, start = 0, end = s.length): number | undefined {
  let i = start;
  if (i >= end) return undefined;
  let c = s.charCodeAt(i);
  if (c === PLUS || c === MINUS) {
    if (++i >= end) return undefined;
    c = s.charCodeAt(i);
  }
  if (!isDigit(c) && c !== DOT) return parseSpecial(s, start, i, end);
  let mantissaDigits = 0;
  while (i < end && isDigit(s.charCodeAt(i))) { i++; mantissaDigits++; }
  if (i < end && s.charCodeAt(i) === DOT) {
    i++;
    while (i < end && isDigit(s.charCodeAt(i))) { i++; mantissaDigits++; }
  }
  if (mantissaDigits === 0) return undefined;
  if (i < end && (s.charCodeAt(i) | 0x20) === 101 /* e */) {
    i++;
    if (i < end && (s.charCodeAt(i) === PLUS || s.charCodeAt(i) === MINUS)) i++;
    const expStart = i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart) return undefined;
  }
  if (i !== end) return undefined;
  const v = Number(start === 0 && end === s.length ? s : s.slice(start, end));
  return v === Infinity || v === -Infinity ? undefined : v;
}

/** parseSpecial handles the NaN and infinity spellings; `signEnd` is just past any sign. */
function parseSpecial(s: string, start: number, signEnd: number, end: number): number | undefined {
  const word = s.slice(signEnd, end).toLowerCase();
  if (word === 'inf' || word === 'infinity') return s.charCodeAt(start) === MINUS ? -Infinity : Infinity;
  // Go accepts no sign before NaN.
  if (word === 'nan' && signEnd === start) return NaN;
  return undefined;
}

/**
 * secondsToMs converts an OpenMetrics timestamp (float seconds) to integer
 * milliseconds. Prometheus truncates `ts*1000`; truncating the binary product
 * would turn `1.001` into 1000, so a product within a few ulps of an
 * integer is taken to be that integer, and anything else is truncated.
 */
export function secondsToMs(seconds: number): number {
  const ms = seconds * 1000;
  const rounded = Math.round(ms);
  if (Math.abs(ms - rounded) <= Math.abs(ms) * 4 * Number.EPSILON) return rounded;
  return Math.trunc(ms);
}
