/**
 * parseGoJson parses a request body and, when it is not valid JSON, fails
 * with the message Go's encoding/json gives (`invalid character 'o' in
 * literal null (expecting 'u')`, `unexpected end of JSON input`), because the
 * API echoes that message to clients.
 */

/** GoJsonError carries encoding/json's wording. */
export class GoJsonError extends Error {}

export function parseGoJson(text: string): unknown {
  const err = scan(text);
  if (err !== null) throw new GoJsonError(err);
  return JSON.parse(text) as unknown;
}

/** scan returns Go's syntax error for the text, or null when it is valid JSON. */
function scan(s: string): string | null {
  let i = 0;
  const ws = (): void => {
    while (i < s.length && ' \t\r\n'.includes(s[i]!)) i++;
  };
  const q = (c: string): string => (c === "'" ? "'\\''" : c === '"' ? `'"'` : `'${c}'`);
  const EOF = 'unexpected end of JSON input';
  const value = (): string | null => {
    ws();
    if (i >= s.length) return EOF;
    const c = s[i]!;
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const lit of ['null', 'true', 'false']) {
      if (c !== lit[0]) continue;
      for (let k = 1; k < lit.length; k++) {
        i++;
        if (i >= s.length) return EOF;
        if (s[i] !== lit[k]) return `invalid character ${q(s[i]!)} in literal ${lit} (expecting '${lit[k]}')`;
      }
      i++;
      return null;
    }
    return `invalid character ${q(c)} looking for beginning of value`;
  };
  const object = (): string | null => {
    i++;
    ws();
    if (s[i] === '}') {
      i++;
      return null;
    }
    for (;;) {
      ws();
      if (i >= s.length) return EOF;
      if (s[i] !== '"') return `invalid character ${q(s[i]!)} looking for beginning of object key string`;
      const e = string();
      if (e !== null) return e;
      ws();
      if (i >= s.length) return EOF;
      if (s[i] !== ':') return `invalid character ${q(s[i]!)} after object key`;
      i++;
      const v = value();
      if (v !== null) return v;
      ws();
      if (i >= s.length) return EOF;
      if (s[i] === '}') {
        i++;
        return null;
      }
      if (s[i] !== ',') return `invalid character ${q(s[i]!)} after object key:value pair`;
      i++;
    }
  };
  const array = (): string | null => {
    i++;
    ws();
    if (s[i] === ']') {
      i++;
      return null;
    }
    for (;;) {
      const v = value();
      if (v !== null) return v;
      ws();
      if (i >= s.length) return EOF;
      if (s[i] === ']') {
        i++;
        return null;
      }
      if (s[i] !== ',') return `invalid character ${q(s[i]!)} after array element`;
      i++;
    }
  };
  const string = (): string | null => {
    i++;
    while (i < s.length) {
      const c = s[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        i++;
        if (i >= s.length) return EOF;
        if (!'"\\/bfnrtu'.includes(s[i]!)) return `invalid character ${q(s[i]!)} in string escape code`;
      } else if (c < ' ') return `invalid character ${q(c)} in string literal`;
      i++;
    }
    return EOF;
  };
  const number = (): string | null => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i));
    if (m === null || m[0] === '-') {
      i++;
      if (i >= s.length) return EOF;
      return `invalid character ${q(s[i]!)} in numeric literal`;
    }
    i += m[0].length;
    return null;
  };
  const e = value();
  if (e !== null) return e;
  ws();
  if (i < s.length) return `invalid character ${q(s[i]!)} after top-level value`;
  return null;
}
