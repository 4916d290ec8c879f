/**
 * Float formatting as Go's strconv.FormatFloat does it for the verbs
 * templates use: 'g' (also behind `%v` and plain `{{ $value }}`), 'e' and
 * 'f', with or without a precision. JavaScript's toExponential/toFixed give
 * the same digits except on exact binary ties (Go rounds those half-even).
 */

function special(v: number): string | undefined {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return undefined;
}

/** Digits is 0.d1d2d3… × 10^dp, digits without trailing zeros ('' for zero). */
interface Digits {
  readonly digits: string;
  readonly dp: number;
}

function digitsOf(abs: number, significant?: number): Digits {
  if (abs === 0) return { digits: '', dp: 0 };
  const s = significant === undefined ? abs.toExponential() : abs.toExponential(Math.max(significant, 1) - 1);
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '').replace(/0+$/, '');
  return { digits, dp: Number(s.slice(e + 1)) + 1 };
}

function fmtE(neg: boolean, d: Digits, fracDigits: number): string {
  const all = (d.digits === '' ? '0' : d.digits).padEnd(fracDigits + 1, '0');
  const mantissa = fracDigits > 0 ? `${all[0]}.${all.slice(1, fracDigits + 1)}` : all[0]!;
  const exp = d.digits === '' ? 0 : d.dp - 1;
  const e = Math.abs(exp);
  return `${neg ? '-' : ''}${mantissa}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
}

function fmtF(neg: boolean, d: Digits, fracDigits: number): string {
  let intPart: string;
  let frac: string;
  if (d.dp <= 0) {
    intPart = '0';
    frac = '0'.repeat(-d.dp) + d.digits;
  } else {
    intPart = d.digits.slice(0, d.dp).padEnd(d.dp, '0');
    frac = d.digits.slice(d.dp);
  }
  frac = frac.padEnd(fracDigits, '0').slice(0, fracDigits);
  return `${neg ? '-' : ''}${intPart}${fracDigits > 0 ? '.' + frac : ''}`;
}

/** formatG is FormatFloat(v, 'g', prec, 64); prec undefined means shortest (-1). */
export function formatG(v: number, prec?: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  const neg = v < 0 || Object.is(v, -0);
  let p = prec === undefined ? undefined : prec === 0 ? 1 : prec;
  const d = digitsOf(Math.abs(v), p);
  // Zero has no digits and dp 0, as Go's decimal type represents it.
  const nd = d.digits.length;
  let eprec = p ?? 6;
  if (p !== undefined && eprec > nd && nd >= d.dp) eprec = nd;
  if (p === undefined) p = nd;
  const exp = d.dp - 1;
  if (exp < -4 || exp >= eprec) return fmtE(neg, d, Math.max(Math.min(p, nd) - 1, 0));
  return fmtF(neg, d, Math.max((p > d.dp ? nd : p) - d.dp, 0));
}

/** formatE is FormatFloat(v, 'e', prec, 64); prec undefined means shortest. */
export function formatE(v: number, prec?: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  const neg = v < 0 || Object.is(v, -0);
  const d = digitsOf(Math.abs(v), prec === undefined ? undefined : prec + 1);
  return fmtE(neg, d, prec ?? Math.max(d.digits.length - 1, 0));
}

/** formatF is FormatFloat(v, 'f', prec, 64); prec undefined means shortest. */
export function formatF(v: number, prec?: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  const neg = v < 0 || Object.is(v, -0);
  const abs = Math.abs(v);
  if (prec === undefined) {
    const d = digitsOf(abs);
    return fmtF(neg, d, Math.max(d.digits.length - d.dp, 0));
  }
  if (abs < 1e21) {
    const s = abs.toFixed(Math.min(prec, 100));
    return (neg ? '-' : '') + s + '0'.repeat(Math.max(prec - 100, 0));
  }
  return fmtF(neg, digitsOf(abs), prec);
}
