/**
 * Go string semantics the parser and printer need: unquoting PromQL string
 * literals (Go escapes), and quoting like strconv.Quote / fmt's %q and %#U.
 *
 * Go strings are bytes, JS strings are UTF-16. Escapes such as `\xff` can
 * produce bytes that are not valid UTF-8; we keep each such byte as the lone
 * surrogate U+DC00+byte, i.e. U+DC80..U+DCFF ("surrogateescape"), so it survives round trips and
 * prints back as `\xff`, and label-name validation can reject it.
 */

const BYTE_ESCAPE_BASE = 0xdc00;

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
      pushUtf8(bytes, cp);
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
        pushUtf8(bytes, parseInt(body.slice(i, i + 4), 16));
        i += 4;
        break;
      case 'U':
        pushUtf8(bytes, parseInt(body.slice(i, i + 8), 16));
        i += 8;
        break;
      default:
        if (c >= '0' && c <= '7') {
          bytes.push(parseInt(body.slice(i - 1, i + 2), 8) & 0xff);
          i += 2;
        } else {
          pushUtf8(bytes, c.codePointAt(0) ?? 0); // \\, \" and \' stand for themselves
        }
    }
  }
  return decodeUtf8(bytes);
}

function pushUtf8(out: number[], cp: number): void {
  if (isEscapedByte(cp)) {
    out.push(cp - BYTE_ESCAPE_BASE); // an escaped raw byte from an earlier decode
  } else if (cp < 0x80) {
    out.push(cp);
  } else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
}

/** decodeUtf8 decodes bytes, keeping each invalid byte b as the lone surrogate U+DC00+b. */
function decodeUtf8(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const [len, min] = b < 0x80 ? [1, 0] : b >= 0xc2 && b < 0xe0 ? [2, 0x80] : b >= 0xe0 && b < 0xf0 ? [3, 0x800] : b >= 0xf0 && b < 0xf5 ? [4, 0x10000] : [0, 0];
    let cp = len === 1 ? b : len === 2 ? b & 0x1f : len === 3 ? b & 0x0f : b & 0x07;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))) ok = false;
    if (!ok) {
      out += String.fromCharCode(BYTE_ESCAPE_BASE + b);
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += len;
  }
  return out;
}

/** utf8Length is the length in bytes Go would see (escaped bytes count once). */
export function utf8Length(s: string): number {
  const bytes: number[] = [];
  for (const ch of s) pushUtf8(bytes, ch.codePointAt(0)!);
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
