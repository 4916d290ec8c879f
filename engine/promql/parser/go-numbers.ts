import { goQuoteRunes } from './go-strings';

/**
 * Number parsing and printing with Go's rules, so literals mean and print
 * what they mean and print in Prometheus: strconv.ParseInt(s, 0, 64) first
 * (so `0x1f` is hex and `010` is octal), then strconv.ParseFloat; printing
 * as strconv.FormatFloat(v, 'f', -1) and fmt's `%v`.
 */

// Shortest-digit printing is util/go-float's; fmt's `%v` is its formatGoFloat.
export { formatFloatF, formatGoFloat as formatFloatV } from '../../util/go-float';

const INT64_MAX = (1n << 63n) - 1n;

/** parseGoNumber returns the value of a NUMBER token, or an error message worded like Go's strconv. */
export function parseGoNumber(text: string): { value: number } | { error: string } {
  const lower = text.toLowerCase();
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity') return { value: Infinity };
  if (lower === 'nan') return { value: NaN };
  const okUnderscores = underscoresOK(text);
  const plain = text.replace(/_/g, '');
  if (okUnderscores) {
    const asInt = parseGoInt(plain);
    if (asInt !== undefined) return { value: asInt };
  }
  const fail = (why: string): { error: string } => ({
    error: `strconv.ParseFloat: parsing ${goQuoteRunes(text)}: ${why}`,
  });
  // Go floats are decimal here: hex mantissas need a p exponent, which the lexer never lets through.
  if (!okUnderscores || !/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain)) return fail('invalid syntax');
  const value = Number(plain);
  if (!Number.isFinite(value)) return fail('value out of range');
  return { value };
}

/** parseGoInt mirrors ParseInt with base 0; undefined when Go would fall back to ParseFloat. */
function parseGoInt(s: string): number | undefined {
  let literal: string;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) literal = '0x' + s.slice(2);
  else if (/^0[0-7]+$/.test(s)) literal = '0o' + s.slice(1); // a leading 0 means octal in Go
  else if (/^(0|[1-9]\d*)$/.test(s)) literal = s;
  else return undefined;
  const n = BigInt(literal);
  if (n > INT64_MAX) return undefined; // Go reports a range error and retries as a float
  return Number(n);
}

/** underscoresOK checks Go's rule that `_` only separates digits (or follows a base prefix). */
function underscoresOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
    } else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

function nonFinite(v: number): string | undefined {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return undefined;
}

/** formatFloatFixed prints like Go's `%.Nf` (`+Inf`, `-Inf`, `NaN` for the specials). */
export function formatFloatFixed(v: number, decimals: number): string {
  const special = nonFinite(v);
  if (special !== undefined) return special;
  // toFixed switches to exponent form from 1e21; such floats are integers, so print them exactly.
  if (Math.abs(v) >= 1e21) return `${BigInt(v).toString()}${decimals > 0 ? '.' + '0'.repeat(decimals) : ''}`;
  return v.toFixed(decimals);
}
