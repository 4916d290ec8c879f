/**
 * Number formatting exactly as Prometheus's HTTP API prints it. Sample
 * values are strings (JSON has no NaN/Inf); timestamps are seconds with up
 * to three decimals written straight from integer milliseconds.
 */

/** shortest splits a finite non-zero |v| into its shortest round-trip digits and decimal exponent. */
function shortest(v: number): { digits: string; exp: number } {
  // toExponential() without an argument yields the shortest round-trip digits, like Go's -1 precision.
  const s = Math.abs(v).toExponential();
  const e = s.indexOf('e');
  return { digits: s.slice(0, e).replace('.', ''), exp: Number(s.slice(e + 1)) };
}

function special(v: number): string | undefined {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  return undefined;
}

/** formatFloatF is Go's strconv.FormatFloat(v, 'f', -1, 64): shortest digits, never an exponent. */
export function formatFloatF(v: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  const { digits, exp } = shortest(v);
  const sign = v < 0 ? '-' : '';
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** formatFloatE is Go's strconv.FormatFloat(v, 'e', -1, 64): `1.5e+21`, `1e-07` (two exponent digits at least). */
export function formatFloatE(v: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp === '0' || sp === '-0' ? `${sp}e+00` : sp;
  const { digits, exp } = shortest(v);
  const sign = v < 0 ? '-' : '';
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exp);
  return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
}

/**
 * formatSampleValue is Prometheus's jsonutil.MarshalFloat without the quotes:
 * fixed notation, switching to exponent form below 1e-6 and from 1e21 on.
 */
export function formatSampleValue(v: number): string {
  const abs = Math.abs(v);
  // JavaScript prints [1e-6, 1e21) in shortest fixed notation too: the hot path for real data.
  if (abs >= 1e-6 && abs < 1e21) return String(v);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) return formatFloatE(v);
  return formatFloatF(v);
}

/**
 * formatTimestamp is Prometheus's jsonutil.MarshalTimestamp: integer
 * milliseconds as seconds, the fraction always three digits when present
 * (1500 → `1.500`, 1000 → `1`).
 */
export function formatTimestamp(ms: number): string {
  let t = Math.trunc(ms);
  let sign = '';
  if (t < 0) {
    sign = '-';
    t = -t;
  }
  const secs = Math.floor(t / 1000);
  const frac = t - secs * 1000;
  if (frac === 0) return sign + String(secs);
  return `${sign}${secs}.${String(frac).padStart(3, '0')}`;
}

/**
 * formatJsonNumber prints a float the way Go's encoding/json does: the
 * shortest form, exponent only outside [1e-6, 1e21). JavaScript's own
 * number printing follows the same rule except for negative zero.
 */
export function formatJsonNumber(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`internal error: cannot encode ${v} as a JSON number`);
  return Object.is(v, -0) ? '-0' : String(v);
}
