/**
 * translateRe2 rewrites an RE2 pattern (Prometheus's regex dialect) into an
 * equivalent JavaScript pattern for a RegExp with the `su` flags:
 *
 * - `(?P<name>...)` named groups become `(?<name>...)`;
 * - `\z` (end of text) becomes `$`;
 * - the case-insensitive flag, as a group `(?i:...)` or as `(?i)` for the
 *   rest of the enclosing group, is applied by spelling ASCII letters as
 *   `[aA]` (and widening letter ranges in classes), since the JavaScript
 *   engines we run on do not all support inline modifiers. Other flags
 *   (`s` is always on; `m`, `U`) are dropped.
 */
export function translateRe2(pattern: string): string {
  let out = '';
  const caseStack: boolean[] = [];
  let ci = false;
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      out += next === 'z' ? '$' : ch + next;
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = classEnd(pattern, i);
      const body = pattern.slice(i, end);
      out += ci ? foldClass(body) : body;
      i = end;
      continue;
    }
    if (ch === '(') {
      if (pattern.startsWith('(?P<', i)) {
        caseStack.push(ci);
        out += '(?<';
        i += 4;
        continue;
      }
      const flags = /^\(\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(pattern.slice(i));
      if (flags !== null) {
        const on = flags[1]!.includes('i');
        const off = (flags[2] ?? '').includes('i');
        const nextCi: boolean = on ? true : off ? false : ci;
        if (flags[3] === ':') {
          caseStack.push(ci);
          ci = nextCi;
          out += '(?:';
        } else {
          ci = nextCi; // applies to the rest of the enclosing group
        }
        i += flags[0].length;
        continue;
      }
      caseStack.push(ci);
      out += ch;
      i++;
      continue;
    }
    if (ch === ')') {
      ci = caseStack.pop() ?? false;
      out += ch;
      i++;
      continue;
    }
    out += ci && /[a-zA-Z]/.test(ch) ? caseClass(ch) : ch;
    i++;
  }
  return out;
}

function caseClass(ch: string): string {
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? ch : `[${lo}${up}]`;
}

/** classEnd returns the index just past the character class starting at `start`. */
function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++; // a leading ] is a literal
  while (i < p.length) {
    if (p[i] === '\\') i += 2;
    else if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      i = close === -1 ? i + 1 : close + 2;
    } else if (p[i] === ']') return i + 1;
    else i++;
  }
  return p.length;
}

/** foldClass adds the other case of every ASCII letter and letter range in a class. */
function foldClass(cls: string): string {
  const neg = cls.startsWith('[^');
  const body = cls.slice(neg ? 2 : 1, -1);
  let extra = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    const isRange = body[i + 1] === '-' && i + 2 < body.length && body[i + 2] !== '\\';
    const last = isRange ? body[i + 2]! : c;
    if (/[a-zA-Z]/.test(c) && /[a-zA-Z]/.test(last)) {
      const swap = (x: string) => (x === x.toLowerCase() ? x.toUpperCase() : x.toLowerCase());
      extra += isRange ? `${swap(c)}-${swap(last)}` : swap(c);
    }
    if (isRange) i += 2;
  }
  return `[${neg ? '^' : ''}${body}${extra}]`;
}
