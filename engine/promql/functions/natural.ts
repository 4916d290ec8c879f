/**
 * naturalLess reports whether `a` sorts before `b` in the "natural" order
 * that sort_by_label uses (Prometheus relies on github.com/facette/natsort):
 * strings are compared byte by byte, except that where both sides have a
 * digit, the whole digit runs are compared as numbers (a longer run is a
 * larger number; equal lengths compare as text). Leading zeros of a digit
 * run are skipped as long as another character follows them. Equal strings
 * are not less than each other. We reproduce that library's exact quirks,
 * since results are compared in order.
 */
export function naturalLess(a: string, b: string): boolean {
  const x = utf8(a);
  const y = utf8(b);
  let i = 0;
  let j = 0;
  for (;;) {
    if (i >= x.length) return j < y.length;
    if (j >= y.length) return false;
    const cx = x[i]!;
    const cy = y[j]!;
    if (isDigit(cx) && isDigit(cy)) {
      const rx = digitRun(x, i);
      const ry = digitRun(y, j);
      if (ry.length > rx.length) return true;
      if (rx.length > ry.length) return false;
      const c = compareBytes(x, rx.start, y, ry.start, rx.length);
      if (c !== 0) return c < 0;
      i = rx.start + rx.length;
      j = ry.start + ry.length;
      continue;
    }
    if (cx === cy) {
      i++;
      j++;
      continue;
    }
    return cx < cy;
  }
}

const ZERO = 0x30;

/**
 * digitRun measures the digit run starting at b[start], first skipping
 * leading zeros as long as another byte follows them (even a non-digit:
 * the library's quirk, kept on purpose).
 */
function digitRun(b: readonly number[], start: number): { start: number; length: number } {
  let s = start;
  let length = 1;
  while (s + length < b.length) {
    const next = b[s + length]!;
    if (b[s] === ZERO) {
      s++;
      continue;
    }
    if (!isDigit(next)) break;
    length++;
  }
  return { start: s, length };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function compareBytes(x: readonly number[], i: number, y: readonly number[], j: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const d = x[i + k]! - y[j + k]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * utf8 encodes a string as the bytes Go would compare. The parser keeps
 * invalid bytes as lone surrogates U+DC80..U+DCFF, which turn back into
 * those bytes; any other lone surrogate becomes U+FFFD.
 */
function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xdc80 && cp <= 0xdcff) {
      out.push(cp - 0xdc00);
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return out;
}
