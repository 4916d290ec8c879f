import { formatGoFloat } from '../exposition/index';

/**
 * Value formatting for the exporters' hot path. A scrape of the default
 * world prints ~4,000 values, most of them integers or fixed-point decimals
 * (CPU seconds in hundredths, ratios in ten-thousandths); those are printed
 * from small integers, which is several times faster than the general
 * shortest-float conversion. Output is exactly Go's `strconv.FormatFloat(v, 'g', -1, 64)`.
 */

const SMALL = 2 ** 31;
const SCALES = [2, 3, 4, 6, 9] as const;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9] as const;

/** goFloat prints v as client_golang's text encoder does. */
export function goFloat(v: number): string {
  const abs = v < 0 ? -v : v;
  if (Number.isInteger(v)) {
    if (v === 0) return Object.is(v, -0) ? '-0' : '0';
    if (abs < 1e6) return String(v);
    if (abs < 2 ** 53) return fixedPoint(v < 0, bigIntDigits(abs), 0);
    return formatGoFloat(v);
  }
  if (abs < SMALL) {
    // A value that is exactly c/10^s with a small c prints as that decimal:
    // at most 10 significant digits always round-trip uniquely, so it is the shortest form.
    for (const s of SCALES) {
      const p = POW10[s]!;
      const c = Math.round(abs * p);
      if (c < SMALL && c / p === abs) return fixedPoint(v < 0, String(c), s);
    }
  }
  // JS and Go agree on the shortest digits; they differ only in when to use exponent form.
  if (abs >= 1e-4 && abs < 1e6) return String(v);
  return formatGoFloat(v);
}

/** bigIntDigits prints an integer below 2^53 from two small halves. */
function bigIntDigits(abs: number): string {
  const hi = Math.floor(abs / 1e9);
  const lo = abs - hi * 1e9;
  if (hi === 0) return String(lo);
  const l = String(lo);
  return String(hi) + '000000000'.slice(l.length) + l;
}

/**
 * fixedPoint prints the value `digits × 10^-scale` (digits: a positive
 * integer's decimal spelling) in Go's %g-shortest layout: plain when the
 * decimal exponent is within [-4, 6), otherwise `d.ddde±XX`.
 */
function fixedPoint(neg: boolean, digits: string, scale: number): string {
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  const s = scale - (digits.length - end);
  const d = end === digits.length ? digits : digits.slice(0, end);
  const n = d.length;
  const exp = n - 1 - s;
  const sign = neg ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const a = exp < 0 ? -exp : exp;
    return `${sign}${d[0]}${n > 1 ? '.' + d.slice(1) : ''}e${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
  }
  if (s <= 0) return sign + d + '0'.repeat(-s);
  if (n > s) return `${sign}${d.slice(0, n - s)}.${d.slice(n - s)}`;
  return `${sign}0.${'0'.repeat(s - n)}${d}`;
}

/** omFloat prints v as client_golang's OpenMetrics encoder does: integers get `.0` (`1.0`, `42.0`). */
export function omFloat(v: number): string {
  const s = goFloat(v);
  if (v !== v || v === Infinity || v === -Infinity) return s;
  return s.includes('.') || s.includes('e') ? s : s + '.0';
}

/** escapeLabelValue escapes `\`, `"` and newlines in a label value. */
export function escapeLabelValue(s: string): string {
  return /[\\\n"]/.test(s) ? s.replace(/[\\\n"]/g, (c) => (c === '\n' ? '\\n' : '\\' + c)) : s;
}

/** escapeHelp escapes HELP text: `\` and newlines, plus `"` in OpenMetrics. */
export function escapeHelp(s: string, openMetrics: boolean): string {
  return s.replace(openMetrics ? /[\\\n"]/g : /[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c));
}
