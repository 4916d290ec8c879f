/**
 * The lexer of Go's text/template, as far as Prometheus's alert and console
 * templates use it: text, `{{ }}` actions with `{{-`/`-}}` trim markers,
 * comments, identifiers, keywords, `.Field`s, `$variables`, strings, numbers,
 * `|`, `( )`, `:=`, `=` and `,`. Positions are byte offsets into the whole
 * template text (UTF-16 units here; the texts we see are ASCII around actions).
 */

export type ItemKind =
  | 'text' | 'leftDelim' | 'rightDelim' | 'identifier' | 'keyword' | 'field' | 'variable' | 'dot'
  | 'string' | 'rawString' | 'number' | 'bool' | 'nil' | 'pipe' | 'leftParen' | 'rightParen'
  | 'declare' | 'assign' | 'comma' | 'space' | 'char' | 'eof' | 'error';

export interface Item {
  readonly kind: ItemKind;
  readonly pos: number;
  readonly val: string;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue',
]);


function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

function isAlnum(c: string): boolean {
  return /^[\p{L}\p{Nd}_]$/u.test(c);
}

/**
 * lex splits a template into items. A lexical error ends the list with an
 * `error` item whose `val` is Go's message (`unclosed action`, ...).
 */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  const emit = (kind: ItemKind, start: number, val: string): void => {
    items.push({ kind, pos: start, val });
  };

  // Set after a ` -}}`: the next text loses its leading spaces.
  let trimNextText = false;
  while (pos <= input.length) {
    const open = input.indexOf('{{', pos);
    const textEnd = open < 0 ? input.length : open;
    let text = input.slice(pos, textEnd);
    if (trimNextText) {
      const trimmed = text.replace(/^[ \t\r\n]+/, '');
      pos += text.length - trimmed.length;
      text = trimmed;
      trimNextText = false;
    }
    let leftTrim = false;
    // `{{- ` (dash then a space) trims the spaces before the action.
    if (open >= 0 && input.startsWith('- ', open + 2)) leftTrim = true;
    if (leftTrim) text = text.replace(/[ \t\r\n]+$/, '');
    if (text.length > 0) emit('text', pos, text);
    if (open < 0) break;
    // Comments: {{/* ... */}} (with optional trim markers).
    let p = open + 2 + (leftTrim ? 1 : 0);
    if (input.startsWith('/*', leftTrim ? p + 1 : p)) {
      if (leftTrim) p++;
      const close = input.indexOf('*/', p + 2);
      if (close < 0) return fail(items, open, 'unclosed comment');
      let q = close + 2;
      let rightTrim = false;
      if (input.startsWith(' -}}', q)) {
        rightTrim = true;
        q += 4;
      } else if (input.startsWith('}}', q)) q += 2;
      else return fail(items, open, 'comment ends before closing delimiter');
      pos = q;
      trimNextText = rightTrim;
      continue;
    }
    emit('leftDelim', open, '{{');
    const r = lexInsideAction(input, p, items);
    if (r.error !== undefined) return fail(items, r.errorPos ?? p, r.error);
    pos = r.end;
    trimNextText = r.rightTrim;
  }
  items.push({ kind: 'eof', pos: input.length, val: '' });
  return items;
}

function fail(items: Item[], pos: number, message: string): Item[] {
  items.push({ kind: 'error', pos, val: message });
  return items;
}

interface ActionEnd {
  end: number;
  rightTrim: boolean;
  error?: string;
  errorPos?: number;
}

function lexInsideAction(input: string, start: number, items: Item[]): ActionEnd {
  let p = start;
  let parenDepth = 0;
  for (;;) {
    if (input.startsWith(' -}}', p) || input.startsWith('}}', p)) {
      const rightTrim = input[p] === ' ';
      const at = rightTrim ? p + 2 : p;
      if (rightTrim) items.push({ kind: 'space', pos: p, val: ' ' });
      if (parenDepth > 0) return { end: p, rightTrim, error: 'unclosed left paren', errorPos: p };
      items.push({ kind: 'rightDelim', pos: at, val: '}}' });
      return { end: at + 2, rightTrim };
    }
    if (p >= input.length) return { end: p, rightTrim: false, error: 'unclosed action', errorPos: p };
    const c = input[p]!;
    if (isSpace(c)) {
      let q = p;
      while (q < input.length && isSpace(input[q]!) && !input.startsWith(' -}}', q)) q++;
      if (q === p) q++;
      items.push({ kind: 'space', pos: p, val: input.slice(p, q) });
      p = q;
      continue;
    }
    if (c === '=') {
      items.push({ kind: 'assign', pos: p, val: '=' });
      p++;
    } else if (c === ':') {
      if (input[p + 1] !== '=') return { end: p, rightTrim: false, error: 'expected :=', errorPos: p };
      items.push({ kind: 'declare', pos: p, val: ':=' });
      p += 2;
    } else if (c === '|') {
      items.push({ kind: 'pipe', pos: p, val: '|' });
      p++;
    } else if (c === ',') {
      items.push({ kind: 'comma', pos: p, val: ',' });
      p++;
    } else if (c === '(') {
      parenDepth++;
      items.push({ kind: 'leftParen', pos: p, val: '(' });
      p++;
    } else if (c === ')') {
      parenDepth--;
      if (parenDepth < 0) return { end: p, rightTrim: false, error: 'unexpected right paren', errorPos: p };
      items.push({ kind: 'rightParen', pos: p, val: ')' });
      p++;
    } else if (c === '"') {
      let q = p + 1;
      while (q < input.length && input[q] !== '"') {
        if (input[q] === '\\') q++;
        if (input[q] === '\n') return { end: q, rightTrim: false, error: 'unterminated quoted string', errorPos: p };
        q++;
      }
      if (q >= input.length) return { end: q, rightTrim: false, error: 'unterminated quoted string', errorPos: p };
      items.push({ kind: 'string', pos: p, val: input.slice(p, q + 1) });
      p = q + 1;
    } else if (c === '`') {
      const q = input.indexOf('`', p + 1);
      if (q < 0) return { end: p, rightTrim: false, error: 'unterminated raw quoted string', errorPos: p };
      items.push({ kind: 'rawString', pos: p, val: input.slice(p, q + 1) });
      p = q + 1;
    } else if (c === '\'') {
      const m = /^'(\\.|[^'\\])[^']*'/.exec(input.slice(p));
      if (m === null) return { end: p, rightTrim: false, error: 'unterminated character constant', errorPos: p };
      items.push({ kind: 'char', pos: p, val: m[0] });
      p += m[0].length;
    } else if (c === '$') {
      let q = p + 1;
      while (q < input.length && isAlnum(input[q]!)) q++;
      items.push({ kind: 'variable', pos: p, val: input.slice(p, q) });
      p = q;
    } else if (c === '.') {
      const next = input[p + 1] ?? '';
      if (/[0-9]/.test(next)) {
        p = lexNumber(input, p, items);
        continue;
      }
      let q = p + 1;
      while (q < input.length && isAlnum(input[q]!)) q++;
      items.push(q === p + 1 ? { kind: 'dot', pos: p, val: '.' } : { kind: 'field', pos: p, val: input.slice(p, q) });
      p = q;
    } else if (c === '+' || c === '-' || /[0-9]/.test(c)) {
      p = lexNumber(input, p, items);
    } else if (isAlnum(c)) {
      let q = p;
      while (q < input.length && isAlnum(input[q]!)) q++;
      const word = input.slice(p, q);
      const kind: ItemKind = KEYWORDS.has(word) ? 'keyword' : word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : 'identifier';
      items.push({ kind, pos: p, val: word });
      p = q;
    } else {
      const cp = c.codePointAt(0)!;
      return { end: p, rightTrim: false, error: `bad character U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${c}'`, errorPos: p };
    }
  }
}

function lexNumber(input: string, p: number, items: Item[]): number {
  const m = /^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?\d*([eE][+-]?\d+)?)/.exec(input.slice(p));
  const text = m?.[0] ?? '';
  const len = Math.max(text.length, 1);
  items.push({ kind: 'number', pos: p, val: input.slice(p, p + len) });
  return p + len;
}
