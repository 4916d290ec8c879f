/**
 * checkRegex validates a matcher regex against Go's RE2 syntax
 * (regexp/syntax with Perl flags), returning Prometheus's error text
 * (`error parsing regexp: missing closing ): \`(a\``) or undefined.
 *
 * It checks syntax only, independently of what the JavaScript engine can
 * compile: RE2 accepts forms JavaScript rejects (`a{`, `\Q...\E`, `[[:alpha:]]`)
 * and JavaScript accepts forms RE2 rejects (lookarounds, backreferences).
 */
export function checkRegex(pattern: string): string | undefined {
  const err = findSyntaxError(pattern);
  return err === undefined ? undefined : `error parsing regexp: ${err[0]}: \`${err[1]}\``;
}

type SyntaxError = [code: string, expr: string];

const POSIX_CLASSES = new Set(['alnum', 'alpha', 'ascii', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print', 'punct', 'space', 'upper', 'word', 'xdigit']);
const MAX_REPEAT = 1000;

function findSyntaxError(re: string): SyntaxError | undefined {
  let depth = 0;
  // What the last item was: nothing to repeat yet, an atom, or a repetition operator.
  let last: 'none' | 'atom' | 'repeat' = 'none';
  let repeatStart = 0;
  let i = 0;
  while (i < re.length) {
    const c = re[i]!;
    if (c === '\\' && re.startsWith('\\Q', i)) {
      const end = re.indexOf('\\E', i + 2);
      i = end < 0 ? re.length : end + 2;
      last = 'atom';
      continue;
    }
    if (c === '\\') {
      const r = escapeEnd(re, i);
      if (typeof r !== 'number') return r;
      i = r;
      last = 'atom';
      continue;
    }
    if (c === '[') {
      const r = classEnd(re, i);
      if (typeof r !== 'number') return r;
      i = r;
      last = 'atom';
      continue;
    }
    if (c === '(') {
      const r = groupStart(re, i);
      if (typeof r !== 'number') return r;
      if (re[r - 1] === ')') {
        i = r; // a bare flag group such as (?i) is not a group
        continue;
      }
      depth++;
      i = r;
      last = 'none';
      continue;
    }
    if (c === ')') {
      if (depth === 0) return ['unexpected )', re];
      depth--;
      i++;
      last = 'atom';
      continue;
    }
    if (c === '|') {
      i++;
      last = 'none';
      continue;
    }
    const repeat = c === '*' || c === '+' || c === '?' ? c : c === '{' ? /^\{(\d+)(?:,(\d*))?\}/.exec(re.slice(i))?.[0] : undefined;
    if (repeat === undefined) {
      i += c.length;
      last = 'atom'; // includes a `{` that does not start a repeat count: RE2 takes it literally
      continue;
    }
    let end = i + repeat.length;
    if (re[end] === '?') end++; // lazy
    if (repeat.startsWith('{')) {
      const [min, max] = repeat.slice(1, -1).split(',').map((n) => (n === '' ? -1 : Number(n))) as [number, number | undefined];
      if (min > MAX_REPEAT || (max !== undefined && (max > MAX_REPEAT || (max >= 0 && max < min)))) return ['invalid repeat count', repeat];
    }
    if (last === 'none') return ['missing argument to repetition operator', re.slice(i, end)];
    if (last === 'repeat') return ['invalid nested repetition operator', re.slice(repeatStart, end)];
    last = 'repeat';
    repeatStart = i;
    i = end;
  }
  if (depth > 0) return ['missing closing )', re];
  return undefined;
}

/** groupStart checks the opening of a group at i and returns the index after its prefix. */
function groupStart(re: string, i: number): number | SyntaxError {
  if (re[i + 1] !== '?') return i + 1;
  const rest = re.slice(i);
  if (rest.startsWith('(?P<') || (rest.startsWith('(?<') && !rest.startsWith('(?<=') && !rest.startsWith('(?<!'))) {
    const close = rest.indexOf('>');
    if (close < 0) return ['invalid named capture', rest];
    const begin = rest.startsWith('(?P<') ? 4 : 3;
    if (!/^\w+$/.test(rest.slice(begin, close))) return ['invalid named capture', rest.slice(0, close + 1)];
    return i + close + 1;
  }
  // Flags: (?flags) or (?flags:...), flags from imsU, optionally negated after one '-'.
  let j = 2;
  let sawMinus = false;
  let sawFlag = false;
  for (; j < rest.length; j++) {
    const f = rest[j]!;
    if ('imsU'.includes(f)) {
      sawFlag = true;
    } else if (f === '-' && !sawMinus) {
      sawMinus = true;
      sawFlag = false;
    } else if ((f === ':' || f === ')') && (sawFlag || !sawMinus)) {
      if (f === ')' && j === 2) break; // "(?)" is not valid
      return i + j + 1;
    } else {
      break;
    }
  }
  return ['invalid or unsupported Perl syntax', rest.slice(0, Math.min(j + 1, rest.length))];
}

/** escapeEnd checks the escape at i (a backslash) and returns the index after it. */
function escapeEnd(re: string, i: number): number | SyntaxError {
  const c = re[i + 1];
  if (c === undefined) return ['trailing backslash at end of expression', ''];
  const invalid = (end: number): SyntaxError => ['invalid escape sequence', re.slice(i, end)];
  const isOctal = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '7';
  if (c >= '1' && c <= '7' && !isOctal(re[i + 2])) return invalid(i + 2); // backreferences are not supported
  if (c >= '0' && c <= '7') {
    let j = i + 2;
    while (j < i + 4 && isOctal(re[j])) j++;
    return j;
  }
  if (c === 'x') {
    if (re[i + 2] === '{') {
      const close = re.indexOf('}', i + 3);
      const digits = close < 0 ? '' : re.slice(i + 3, close);
      if (!/^[0-9a-fA-F]+$/.test(digits) || parseInt(digits, 16) > 0x10ffff) return invalid(close < 0 ? re.length : close + 1);
      return close + 1;
    }
    if (!/^[0-9a-fA-F]{2}$/.test(re.slice(i + 2, i + 4))) return invalid(Math.min(i + 4, re.length));
    return i + 4;
  }
  if (c === 'p' || c === 'P') {
    if (re[i + 2] === '{') {
      const close = re.indexOf('}', i + 3);
      if (close < 0 || !/^\^?\w+$/.test(re.slice(i + 3, close))) return ['invalid character class range', re.slice(i, close < 0 ? re.length : close + 1)];
      return close + 1;
    }
    if (re[i + 2] === undefined || !/\w/.test(re[i + 2]!)) return ['invalid character class range', re.slice(i, i + 3)];
    return i + 3;
  }
  if ('afnrtvAbBzdDsSwW'.includes(c)) return i + 2;
  const cp = c.codePointAt(0)!;
  if (cp < 0x80 && !/[0-9A-Za-z]/.test(c)) return i + 2; // escaped punctuation stands for itself
  return invalid(i + 1 + String.fromCodePoint(re.codePointAt(i + 1)!).length);
}

/** classEnd checks the character class opening at i and returns the index after its `]`. */
function classEnd(re: string, i: number): number | SyntaxError {
  let j = i + 1;
  if (re[j] === '^') j++;
  let first = true;
  for (;;) {
    if (j >= re.length) return ['missing closing ]', re.slice(i)];
    if (re[j] === ']' && !first) return j + 1;
    first = false;
    if (re.startsWith('[:', j)) {
      const close = re.indexOf(':]', j + 2);
      if (close >= 0) {
        const name = re.slice(j + 2, close).replace(/^\^/, '');
        if (!POSIX_CLASSES.has(name)) return ['invalid character class range', re.slice(j, close + 2)];
        j = close + 2;
        continue;
      }
    }
    const lo = classChar(re, j);
    if (typeof lo[0] !== 'number') return lo as SyntaxError;
    const [loEnd, loValue] = lo as [number, number];
    // A class such as \d cannot start a range; a '-' after it is a literal (Perl rules).
    if (loValue >= 0 && re[loEnd] === '-' && loEnd + 1 < re.length && re[loEnd + 1] !== ']') {
      const hi = classChar(re, loEnd + 1);
      if (typeof hi[0] !== 'number') return hi as SyntaxError;
      const [hiEnd, hiValue] = hi as [number, number];
      if (hiValue < 0) return ['invalid escape sequence', re.slice(loEnd + 1, hiEnd)];
      if (hiValue < loValue) return ['invalid character class range', re.slice(j, hiEnd)];
      j = hiEnd;
      continue;
    }
    j = loEnd;
  }
}

/** classChar reads one class member at j: [end, code point], code point -1 for a class like \d. */
function classChar(re: string, j: number): [number, number] | SyntaxError {
  if (re[j] !== '\\') {
    const cp = re.codePointAt(j)!;
    return [j + String.fromCodePoint(cp).length, cp];
  }
  const end = escapeEnd(re, j);
  if (typeof end !== 'number') return end;
  const body = re.slice(j + 1, end);
  if (/^[dDsSwWpP]/.test(body)) return [end, -1];
  const simple: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
  if (body.length === 1 && simple[body] !== undefined) return [end, simple[body]];
  if (body.startsWith('x')) return [end, parseInt(body.replace(/[x{}]/g, ''), 16)];
  if (/^[0-7]/.test(body)) return [end, parseInt(body, 8)];
  return [end, body.codePointAt(0) ?? 0];
}
