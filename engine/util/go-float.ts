/**
 * Floats printed as Go's strconv.FormatFloat(v, fmt, -1, 64) prints them:
 * the shortest digits that round-trip (JavaScript's toExponential() without
 * an argument yields the same digits), with the special values spelled as
 * Prometheus spells them: `NaN`, `+Inf`, `-Inf`. Negative zero keeps its sign.
 */

function special(v: number): string | undefined {
  if (v !== v) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return undefined;
}

/** shortest splits a finite non-zero |v| into its shortest round-trip digits and decimal exponent. */
function shortest(v: number): { digits: string; exp: number } {
  const s = Math.abs(v).toExponential();
  const e = s.indexOf('e');
  return { digits: s.slice(0, e).replace('.', ''), exp: Number(s.slice(e + 1)) };
}

function exponentForm(sign: string, digits: string, exp: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const abs = exp < 0 ? -exp : exp;
  return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

function fixedForm(sign: string, digits: string, exp: number): string {
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/**
 * formatGoFloat is FormatFloat(v, 'g', -1, 64), which is also fmt's `%v`:
 * %e form when the decimal exponent is below -4 or at least 6 (`1e+06`,
 * `1.5e-07`), plain digits otherwise (`123456`, `0.1`).
 */
export function formatGoFloat(v: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const { digits, exp } = shortest(v);
  const sign = v < 0 ? '-' : '';
  return exp < -4 || exp >= 6 ? exponentForm(sign, digits, exp) : fixedForm(sign, digits, exp);
}

/** formatFloatF is FormatFloat(v, 'f', -1, 64): shortest digits, never an exponent. */
export function formatFloatF(v: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const { digits, exp } = shortest(v);
  return fixedForm(v < 0 ? '-' : '', digits, exp);
}

/** formatFloatE is FormatFloat(v, 'e', -1, 64): `1.5e+21`, `1e-07`, `0e+00` (two exponent digits at least). */
export function formatFloatE(v: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  if (v === 0) return Object.is(v, -0) ? '-0e+00' : '0e+00';
  const { digits, exp } = shortest(v);
  return exponentForm(v < 0 ? '-' : '', digits, exp);
}
