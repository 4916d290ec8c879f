import { goQuote } from '../model/labels';

/**
 * UTF-8 bytes from percent-decoding. Go strings may hold invalid UTF-8 and
 * Prometheus then rejects it (an invalid label name, say); JavaScript strings
 * cannot hold raw bytes, so each invalid byte is kept as the lone surrogate
 * U+DC00+byte ("surrogate escape", util/utf8's decodeUtf8Escaped): still
 * invalid, still one character per byte, and printed back as `\xNN` by
 * quoteBytes.
 */

/** quoteBytes is Go's %q for a string that may hold surrogate-escaped bytes. */
export function quoteBytes(s: string): string {
  return goQuote(s).replace(/[\udc80-\udcff]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`);
}
