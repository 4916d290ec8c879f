/**
 * Quoted strings of the series notation and `expect string`: PromQL string
 * literals, which use Go's escape rules. Double and single quotes take
 * escapes; back quotes are raw.
 */
import { decodeUtf8 } from '../util/utf8';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"',
};

/** QuotedString is a decoded literal and the index just past its closing quote. */
export interface QuotedString {
  readonly value: string;
  readonly end: number;
}

/**
 * readQuoted decodes the literal starting at `text[start]` (a `"`, `'` or
 * back quote). Throws an Error describing the problem when it is malformed.
 */
export function readQuoted(text: string, start: number): QuotedString {
  const quote = text[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') throw new Error(`expected a quoted string at column ${start + 1}`);
  if (quote === '`') {
    const close = text.indexOf('`', start + 1);
    if (close < 0) throw new Error('unterminated raw string');
    return { value: text.slice(start + 1, close), end: close + 1 };
  }
  let out = '';
  // Bytes from \x and octal escapes are collected and decoded as UTF-8 together,
  // because Go strings are byte strings and several escapes may form one character.
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += decodeUtf8(bytes);
    bytes = [];
  };
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === quote) {
      flush();
      return { value: out, end: i + 1 };
    }
    if (ch === '\n') break;
    if (ch !== '\\') {
      flush();
      out += ch;
      i++;
      continue;
    }
    const esc = text[i + 1];
    if (esc === undefined) break;
    if (SIMPLE_ESCAPES[esc] !== undefined) {
      if ((esc === "'" && quote === '"') || (esc === '"' && quote === "'")) throw new Error(`unknown escape sequence \\${esc}`);
      flush();
      out += SIMPLE_ESCAPES[esc];
      i += 2;
    } else if (esc === 'x') {
      bytes.push(hexValue(text.slice(i + 2, i + 4), 2));
      i += 4;
    } else if (esc >= '0' && esc <= '7') {
      const oct = text.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw new Error(`invalid octal escape \\${oct}`);
      bytes.push(parseInt(oct, 8));
      i += 4;
    } else if (esc === 'u' || esc === 'U') {
      const len = esc === 'u' ? 4 : 8;
      flush();
      out += String.fromCodePoint(hexValue(text.slice(i + 2, i + 2 + len), len));
      i += 2 + len;
    } else {
      throw new Error(`unknown escape sequence \\${esc}`);
    }
  }
  throw new Error('unterminated quoted string');
}

/** unquote decodes a complete quoted literal; nothing may follow the closing quote. */
export function unquote(text: string): string {
  const q = readQuoted(text, 0);
  if (q.end !== text.length) throw new Error(`unexpected text after the closing quote: ${text.slice(q.end)}`);
  return q.value;
}

function hexValue(digits: string, len: number): number {
  if (digits.length !== len || !/^[0-9a-fA-F]+$/.test(digits)) throw new Error(`invalid hex escape \\x${digits}`);
  return parseInt(digits, 16);
}
