import type { BitReader, BitWriter } from './bitstream';

/**
 * Bucketed signed integers, the variable-width code behind both the
 * timestamp and the decimal-value delta-of-deltas:
 *
 *   '0'                          zero
 *   i+1 one-bits, a '0', w bits  bucket i: two's complement in w = widths[i] bits
 *   widths.length+1 one-bits     overflow: the caller's own code follows
 */

/** OVERFLOW is what readBucketed returns after the overflow prefix (no bucket value is NaN). */
export const OVERFLOW = NaN;

/** HALF[b] is 2^(b-1) for widths up to 32 bits: a table, as `2 ** n` is a Math.pow call on the append path. */
const HALF: readonly number[] = Array.from({ length: 33 }, (_, b) => 2 ** (b - 1));

/**
 * writeBucketed writes v in the first bucket it fits and returns the bits
 * written; -1, writing nothing, when it fits none. Without a writer it only
 * sizes the code.
 */
export function writeBucketed(w: BitWriter | undefined, widths: readonly number[], v: number): number {
  if (v === 0) {
    w?.writeBit(0);
    return 1;
  }
  for (let i = 0; i < widths.length; i++) {
    const bits = widths[i]!;
    const half = HALF[bits]!;
    if (v >= -half && v < half) {
      if (w !== undefined) {
        w.writeBits(((1 << (i + 1)) - 1) << 1, i + 2);
        w.writeBits(v & (half * 2 - 1), bits);
      }
      return i + 2 + bits;
    }
  }
  return -1;
}

/** writeOverflow writes the overflow prefix and returns its length in bits. */
export function writeOverflow(w: BitWriter | undefined, widths: readonly number[]): number {
  const n = widths.length + 1;
  w?.writeBits((1 << n) - 1, n);
  return n;
}

/** readBucketed reads one code: the value, or OVERFLOW after the overflow prefix. */
export function readBucketed(r: BitReader, widths: readonly number[]): number {
  if (r.readBit() === 0) return 0;
  for (let i = 0; i < widths.length; i++) {
    if (r.readBit() === 0) {
      const bits = widths[i]!;
      const v = r.readBits(bits);
      const half = HALF[bits]!;
      return v >= half ? v - half * 2 : v;
    }
  }
  return OVERFLOW;
}
