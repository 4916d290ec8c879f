/**
 * UTF-8 conversions the engine needs without TextEncoder/TextDecoder (its
 * tsconfig has no DOM or Node libraries). Go strings are bytes and
 * JavaScript strings are UTF-16, so the callers choose what becomes of what
 * the other side cannot hold: a lone surrogate when encoding, an invalid
 * byte when decoding.
 */

/** pushUtf8 appends the UTF-8 encoding of code point `cp` (0..0x10FFFF) to `out`; a surrogate gets its 3-byte form. */
export function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** utf8Bytes encodes a string as UTF-8; lone surrogates become U+FFFD, as Go does for invalid input. */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    pushUtf8(out, cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp);
  }
  return out;
}

/**
 * wtf8Bytes encodes a string as UTF-8 but keeps each lone surrogate as its
 * own 3-byte sequence (WTF-8) instead of replacing it; for valid strings it
 * equals utf8Bytes.
 */
export function wtf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) pushUtf8(out, ch.codePointAt(0)!);
  return out;
}

/**
 * decodeUtf8 decodes bytes as Go's `range` over a string does: each byte
 * that does not start a valid sequence (bad lead or continuation byte,
 * overlong form, surrogate, beyond U+10FFFF, cut short) becomes U+FFFD and
 * decoding resumes at the next byte.
 */
export function decodeUtf8(bytes: readonly number[]): string {
  return decode(bytes, () => '\ufffd');
}

/** BYTE_ESCAPE_BASE: decodeUtf8Escaped keeps an invalid byte b as the lone surrogate U+DC00+b (U+DC80..U+DCFF). */
export const BYTE_ESCAPE_BASE = 0xdc00;

/**
 * decodeUtf8Escaped decodes like decodeUtf8 but keeps each invalid byte b as
 * the lone surrogate U+DC00+b ("surrogate escape"): still invalid, still one
 * character per byte, so it can be validated, re-encoded or printed as `\xNN`.
 */
export function decodeUtf8Escaped(bytes: readonly number[]): string {
  return decode(bytes, (b) => String.fromCharCode(BYTE_ESCAPE_BASE + b));
}

function decode(bytes: readonly number[], invalid: (b: number) => string): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let cp = need <= 0 ? b : b & (0x3f >> need);
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    const overlong = (need === 2 && cp < 0x800) || (need === 3 && cp < 0x10000);
    if (!ok || overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += invalid(b);
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** utf8Length counts the UTF-8 bytes of a string without encoding it (Prometheus measures Go strings in bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
