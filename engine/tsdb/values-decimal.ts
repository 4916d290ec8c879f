import type { BitReader, BitWriter } from './bitstream';
import { readBucketed, writeBucketed, writeOverflow } from './varbits';

/**
 * Decimal value coding, our addition to Gorilla for the values scrapes
 * mostly carry: integers and numbers with a few decimal digits. XOR codes
 * `23.7 → 23.8` in ~50 bits because decimal fractions have endless binary
 * expansions; here each value is the integer n = v × 10^scale and we store
 * n's delta-of-delta, so a counter growing at a steady rate costs one bit.
 *
 * A value is representable at a scale when n / 10^scale reproduces it bit
 * for bit (the decoder performs that same division) and |n| <= MAX_DECIMAL,
 * which keeps every delta-of-delta an exact double. -0, NaN and ±Inf never
 * are: chunks holding them use XOR coding.
 *
 *   '0'                          delta-of-delta 0
 *   '10'    + 4 bits             signed, -8 <= dod < 8
 *   '110'   + 8 bits             signed, -128 <= dod < 128
 *   '1110'  + 12 bits            signed, -2048 <= dod < 2048
 *   '11110' + 6b length + bits   zigzag(dod) in `length` bits
 *   '11111' + 4b code            escape: code <= MAX_SCALE raises the scale (a
 *                                value code follows), ESC_STALE is a stale marker
 *
 * (The bucket widths were picked on the demo dataset's counters and gauges.)
 */
export interface DecimalState {
  scale: number;
  /** n is the previous value times 10^scale; delta the previous change of n. */
  n: number;
  delta: number;
}

/**
 * VALUE_DOD_BITS are the widths of the signed delta-of-delta buckets (see
 * varbits). After the overflow prefix one more bit picks the length-prefixed
 * form ('0') or an escape ('1').
 */
const VALUE_DOD_BITS: readonly number[] = [4, 8, 12];
/** ESCAPE_BITS is the size of an escape code: overflow prefix, '1', 4-bit code. */
const ESCAPE_BITS = VALUE_DOD_BITS.length + 1 + 1 + 4;
const MAX_SCALE = 12;
/** MAX_DECIMAL bounds |n| so every delta-of-delta is an exact double. */
export const MAX_DECIMAL = 2 ** 50;
const ESC_STALE = 15;
const TWO32 = 4294967296;

/** POW10[d] is 10^d for d <= MAX_SCALE; literals, so exact whatever Math.pow does. */
export const POW10: readonly number[] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/**
 * decimalScale returns the smallest scale >= from at which v is exactly
 * representable, or -1 when there is none.
 */
export function decimalScale(v: number, from: number): number {
  if (v === 0) return 1 / v > 0 ? from : -1;
  for (let d = from; d <= MAX_SCALE; d++) {
    const p = POW10[d]!;
    const n = Math.round(v * p);
    if (n / p === v) return Math.abs(n) <= MAX_DECIMAL ? d : -1;
  }
  return -1;
}

/**
 * startDecimal writes the first value of a chunk (without a writer it only
 * sets up the state) and puts the coder state `s` at it; v must be
 * representable at `scale`.
 */
export function startDecimal(w: BitWriter | undefined, s: DecimalState, v: number, scale: number): void {
  const n = Math.round(v * POW10[scale]!);
  w?.writeBits(scale, 4);
  writeDod(w, n);
  s.scale = scale;
  s.n = n;
  s.delta = 0;
}

/** DecimalInput is a coder's state with the value to write next in `v`. */
export interface DecimalInput extends DecimalState {
  readonly v: number;
}

/**
 * writeDecimalValue appends the value s.v, raising the scale if needed, and
 * returns the code's size in bits; -1 (nothing written, state unchanged)
 * when the value cannot be represented in this chunk. Without a writer it
 * only sizes the code. (The value comes in the state, not as an argument:
 * a number passed to a call that is not inlined is boxed, an allocation
 * per sample.)
 */
export function writeDecimalValue(w: BitWriter | undefined, s: DecimalInput): number {
  const v = s.v;
  let p = POW10[s.scale]!;
  let n = Math.round(v * p);
  let bits = 0;
  if (n / p !== v || (v === 0 && 1 / v < 0) || Math.abs(n) > MAX_DECIMAL) {
    const scale = decimalScale(v, s.scale + 1);
    if (scale < 0) return -1;
    const f = POW10[scale - s.scale]!;
    if (Math.abs(s.n * f) > MAX_DECIMAL || Math.abs(s.delta * f) > MAX_DECIMAL) return -1;
    if (w !== undefined) writeEscape(w, scale);
    bits = ESCAPE_BITS;
    s.scale = scale;
    s.n *= f;
    s.delta *= f;
    p = POW10[scale]!;
    n = Math.round(v * p);
  }
  const delta = n - s.n;
  bits += writeDod(w, delta - s.delta);
  s.n = n;
  s.delta = delta;
  return bits;
}

/** writeDecimalStale appends a staleness marker; the state is left as it was. */
export function writeDecimalStale(w: BitWriter): void {
  writeEscape(w, ESC_STALE);
}

/** readDecimalStart reads what startDecimal wrote. */
export function readDecimalStart(r: BitReader): DecimalState {
  const scale = r.readBits(4);
  const n = readDod(r);
  return { scale, n, delta: 0 };
}

/**
 * readDecimalValue reads one value code into the state; returns true when it
 * was a stale marker (then the state is unchanged). The value is s.n / POW10[s.scale].
 */
export function readDecimalValue(r: BitReader, s: DecimalState): boolean {
  let dod = readDod(r);
  while (dod === ESCAPE) {
    const code = r.readBits(4);
    if (code === ESC_STALE) return true;
    const f = POW10[code - s.scale]!;
    s.scale = code;
    s.n *= f;
    s.delta *= f;
    dod = readDod(r);
  }
  s.delta += dod;
  s.n += s.delta;
  return false;
}

/** writeEscape writes the overflow prefix, a '1' and a 4-bit escape code. */
function writeEscape(w: BitWriter, code: number): void {
  writeOverflow(w, VALUE_DOD_BITS);
  w.writeBit(1);
  w.writeBits(code, 4);
}

/** ESCAPE is readDod's answer for the all-ones prefix (not a number it could otherwise return). */
const ESCAPE = Infinity;

/** writeDod writes (or, without a writer, only sizes) a delta-of-delta code; returns its bits. */
function writeDod(w: BitWriter | undefined, dod: number): number {
  const bits = writeBucketed(w, VALUE_DOD_BITS, dod);
  if (bits >= 0) return bits;
  const z = dod >= 0 ? dod * 2 : -dod * 2 - 1;
  const hi = Math.floor(z / TWO32);
  const lo = z - hi * TWO32;
  const len = hi === 0 ? 32 - Math.clz32(lo) : 64 - Math.clz32(hi);
  const prefix = writeOverflow(w, VALUE_DOD_BITS);
  if (w !== undefined) {
    w.writeBit(0);
    w.writeBits(len, 6);
    if (len > 32) {
      w.writeBits(hi, len - 32);
      w.writeBits(lo, 32);
    } else {
      w.writeBits(lo, len);
    }
  }
  return prefix + 1 + 6 + len;
}

/** readDod reads a delta-of-delta code; ESCAPE when it was an escape. */
function readDod(r: BitReader): number {
  const dod = readBucketed(r, VALUE_DOD_BITS);
  if (!Number.isNaN(dod)) return dod; // NaN: OVERFLOW
  if (r.readBit() === 1) return ESCAPE;
  const len = r.readBits(6);
  const z = len > 32 ? r.readBits(len - 32) * TWO32 + r.readBits(32) : r.readBits(len);
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}
