/**
 * Go string semantics the parser and printer need: unquoting PromQL string
 * literals (Go escapes), and quoting like strconv.Quote / fmt's %q and %#U.
 *
 * Go strings are bytes, JS strings are UTF-16. Escapes such as `\xff` can
 * produce bytes that are not valid UTF-8; we keep each such byte as the lone
 * surrogate U+DC00+byte, i.e. U+DC80..U+DCFF ("surrogateescape"), so it survives round trips and
 * prints back as `\xff`, and label-name validation can reject it.
 */
import { BYTE_ESCAPE_BASE, decodeUtf8Escaped, pushUtf8 } from '../../util/utf8';

function isEscapedByte(cp: number): boolean {
  return cp >= 0xdc80 && cp <= 0xdcff;
}

/** unquoteString decodes a lexed string token (with its quotes) into its value. */
export function unquoteString(raw: string): string {
  const quote = raw[0];
  const body = raw.slice(1, -1);
  if (quote === '`') return body;
  const bytes: number[] = [];
  for (let i = 0; i < body.length; ) {
    const cp = body.codePointAt(i)!;
    if (cp !== 0x5c /* \ */) {
      pushGoUtf8(bytes, cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const c = body[i + 1] ?? '';
    i += 2;
    switch (c) {
      case 'a': bytes.push(7); break;
      case 'b': bytes.push(8); break;
      case 'f': bytes.push(12); break;
      case 'n': bytes.push(10); break;
      case 'r': bytes.push(13); break;
      case 't': bytes.push(9); break;
      case 'v': bytes.push(11); break;
      case 'x':
        bytes.push(parseInt(body.slice(i, i + 2), 16));
        i += 2;
        break;
      case 'u':
        pushGoUtf8(bytes, parseInt(body.slice(i, i + 4), 16));
        i += 4;
        break;
      case 'U':
        pushGoUtf8(bytes, parseInt(body.slice(i, i + 8), 16));
        i += 8;
        break;
      default:
        if (c >= '0' && c <= '7') {
          bytes.push(parseInt(body.slice(i - 1, i + 2), 8) & 0xff);
          i += 2;
        } else {
          pushGoUtf8(bytes, c.codePointAt(0) ?? 0); // \\, \" and \' stand for themselves
        }
    }
  }
  return decodeUtf8Escaped(bytes);
}

/** pushGoUtf8 appends a code point's UTF-8 bytes; an escaped raw byte from an earlier decode turns back into that byte. */
function pushGoUtf8(out: number[], cp: number): void {
  if (isEscapedByte(cp)) out.push(cp - BYTE_ESCAPE_BASE);
  else pushUtf8(out, cp);
}

/** utf8Length is the length in bytes Go would see (escaped bytes count once). */
export function utf8Length(s: string): number {
  const bytes: number[] = [];
  for (const ch of s) pushGoUtf8(bytes, ch.codePointAt(0)!);
  return bytes.length;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** isGoPrint approximates Go's unicode.IsPrint (letters, marks, numbers, punctuation, symbols, ASCII space). */
function isGoPrint(ch: string): boolean {
  return PRINTABLE.test(ch);
}

function escapeRune(ch: string, quote: string): string {
  const cp = ch.codePointAt(0)!;
  if (isEscapedByte(cp)) return '\\x' + hex(cp - BYTE_ESCAPE_BASE, 2);
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (isGoPrint(ch)) return ch;
  switch (ch) {
    case '\x07': return '\\a';
    case '\b': return '\\b';
    case '\f': return '\\f';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    case '\v': return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** goQuoteRunes quotes a string like Go's strconv.Quote / `%q`. */
export function goQuoteRunes(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"');
  return out + '"';
}

/** goQuoteRune quotes one rune like Go's `%q` on a rune: `'x'`, `'\n'`. */
export function goQuoteRune(ch: string): string {
  if (ch === '') return `'\uFFFD'`; // Go prints the eof rune (-1) as the replacement char
  return `'${escapeRune(ch, "'")}'`;
}

/** goRuneU formats a rune like Go's `%#U`: `U+0063 'c'` (without the quote when not printable). */
export function goRuneU(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0xfffd;
  const code = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return isGoPrint(ch) ? `${code} '${ch}'` : code;
}
