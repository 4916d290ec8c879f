import { decodeUtf8 } from '../util/utf8';

/**
 * decodeBase64Value decodes a grouping-key value the way the Pushgateway
 * does: RFC 4648 "URL and filename safe" base64, trailing `=` ignored, so
 * `=` alone is the empty string. Returns the decoded string (bytes read as
 * UTF-8, invalid sequences as U+FFFD) or an error worded like Go's
 * `illegal base64 data at input byte N`.
 */
export function decodeBase64Value(encoded: string): { value: string } | { error: string } {
  const s = encoded.replace(/=+$/, '');
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  let inQuantum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    // Go's decoder skips CR and LF anywhere in the input.
    if (ch === '\r' || ch === '\n') continue;
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return { error: `illegal base64 data at input byte ${i}` };
    acc = (acc << 6) | v;
    bits += 6;
    inQuantum = (inQuantum + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  // A single character left over cannot hold a byte.
  if (inQuantum === 1) return { error: `illegal base64 data at input byte ${lastDataIndex(s)}` };
  return { value: decodeUtf8(bytes) };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function lastDataIndex(s: string): number {
  let i = s.length - 1;
  while (i > 0 && (s[i] === '\r' || s[i] === '\n')) i--;
  return i;
}
