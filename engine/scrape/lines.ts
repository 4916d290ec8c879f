/**
 * Line-level reading of an exposition body for the scrape cache: finding
 * where a sample line's series text ends, its metric name, and reading
 * values without allocating. Anything unusual returns undefined/-1 so the
 * caller falls back to the full parser, which owns the error messages.
 */

const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;

/**
 * seriesEnd returns the index just past a sample line's series text
 * (`name{labels}` or `name`) in s[pos, end), or -1. Label values may hold
 * any character, so braces are matched outside quotes.
 */
export function seriesEnd(s: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === LBRACE || c === SPACE || c === TAB) break;
    i++;
  }
  if (i >= end) return -1;
  if (s.charCodeAt(i) !== LBRACE) return i;
  let inQuote = false;
  for (i++; i < end; i++) {
    const c = s.charCodeAt(i);
    if (inQuote) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inQuote = false;
    } else if (c === QUOTE) inQuote = true;
    else if (c === RBRACE) return i + 1;
  }
  return -1;
}

/** metricNameOf returns the metric name of a sample line whose series text is s[pos, seriesEndIdx), or undefined. */
export function metricNameOf(s: string, pos: number, seriesEndIdx: number): string | undefined {
  const brace = s.indexOf('{', pos);
  if (brace < 0 || brace >= seriesEndIdx) return s.slice(pos, seriesEndIdx);
  if (brace > pos) return s.slice(pos, brace);
  // `{"name", a="b"}`: the quoted metric name of the UTF-8 syntax comes first.
  if (s.charCodeAt(brace + 1) !== QUOTE) return undefined;
  let out = '';
  for (let i = brace + 2; i < seriesEndIdx; i++) {
    const c = s.charCodeAt(i);
    if (c === BACKSLASH) {
      const n = s[i + 1];
      out += n === 'n' ? '\n' : (n ?? '');
      i++;
    } else if (c === QUOTE) {
      const after = s[i + 1];
      return after === ',' || after === '}' ? out : undefined;
    } else out += s[i];
  }
  return undefined;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * readFloat parses s[a, b) as a decimal float, exactly as Number() would,
 * without allocating for the common forms: a mantissa of at most 15 digits
 * scaled by a power of ten up to 1e22 is computed with one correctly rounded
 * operation. `NaN`, `+Inf`, `-Inf` are recognised; other spellings return
 * undefined (the full parser decides about them).
 */
export function readFloat(s: string, a: number, b: number): number | undefined {
  if (a >= b) return undefined;
  let i = a;
  let neg = false;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) {
    neg = c === 45;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let fracDigits = 0;
  let seenDot = false;
  let any = false;
  for (; i < b; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      any = true;
      if (mant === 0 && c === 48 && !seenDot) continue;
      mant = mant * 10 + (c - 48);
      digits++;
      if (seenDot) fracDigits++;
    } else if (c === 46 && !seenDot) seenDot = true;
    else break;
  }
  if (!any) return special(s, a, b);
  let exp = 0;
  if (i < b) {
    if (c !== 101 && c !== 69) return undefined;
    i++;
    let eneg = false;
    c = s.charCodeAt(i);
    if (c === 43 || c === 45) {
      eneg = c === 45;
      i++;
    }
    if (i >= b) return undefined;
    for (; i < b; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
      exp = exp * 10 + (c - 48);
      if (exp > 400) return Number(s.slice(a, b));
    }
    if (eneg) exp = -exp;
  }
  exp -= fracDigits;
  if (digits > 15 || exp > 22 || exp < -22) {
    const v = Number(s.slice(a, b));
    return v !== v ? undefined : v;
  }
  const v = exp >= 0 ? mant * POW10[exp]! : mant / POW10[-exp]!;
  return neg ? -v : v;
}

function special(s: string, a: number, b: number): number | undefined {
  const n = b - a;
  if (n === 3 && s.startsWith('NaN', a)) return NaN;
  if (n === 4 && s.startsWith('+Inf', a)) return Infinity;
  if (n === 4 && s.startsWith('-Inf', a)) return -Infinity;
  return undefined;
}

/** readInt parses s[a, b) as a decimal integer (a text-format timestamp in ms), or undefined. */
export function readInt(s: string, a: number, b: number): number | undefined {
  let i = a;
  let neg = false;
  if (s.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  if (i >= b || b - i > 15) return undefined;
  let v = 0;
  for (; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    v = v * 10 + (c - 48);
  }
  return neg ? -v : v;
}
