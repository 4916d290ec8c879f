/**
 * Float syntax as Go's strconv speaks it, which is what Prometheus exporters
 * print and what Prometheus's exposition parsers accept. Printing with
 * FormatFloat(v, 'g', -1, 64) is util/go-float's formatGoFloat.
 */
import { formatGoFloat } from '../util/go-float';

export { formatGoFloat };

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
