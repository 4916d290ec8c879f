import type { BitReader, BitWriter } from './bitstream';

/**
 * Gorilla XOR value coding: each value is XORed with the previous value's
 * bits and only the meaningful (non-zero) middle of the XOR is written.
 *
 *   '0'                          identical bits
 *   '10' + bits                  the meaningful bits fit the current window
 *   '11' + 5b leading + 6b count a new window (count 0 means 64), then the bits
 *
 * The writer reuses the window only when that is not dearer than opening a
 * new one, which keeps one outlier from inflating every later sample.
 */
export interface XorState {
  /** hi/lo are the previous value's bits. */
  hi: number;
  lo: number;
  /** leading/trailing zero counts of the current window; leading < 0 means none yet. */
  leading: number;
  trailing: number;
}

export function newXorState(hi: number, lo: number): XorState {
  return { hi, lo, leading: -1, trailing: 0 };
}

/**
 * writeXorValue appends one value's code and advances the state; it returns
 * the code's size in bits. Without a writer it only sizes the code (and
 * still advances the state), which lets a chunk price the other coding.
 */
export function writeXorValue(w: BitWriter | undefined, s: XorState, hi: number, lo: number): number {
  // Signed words throughout: an unsigned one from 2^31 up is no small integer to V8,
  // and passing it to a call that is not inlined boxes it (writeBits masks the bits it takes).
  const xhi = hi ^ s.hi;
  const xlo = lo ^ s.lo;
  s.hi = hi;
  s.lo = lo;
  if (xhi === 0 && xlo === 0) {
    w?.writeBit(0);
    return 1;
  }
  let leading = xhi !== 0 ? Math.clz32(xhi) : 32 + Math.clz32(xlo);
  if (leading > 31) leading = 31; // 5-bit field
  const trailing = xlo !== 0 ? ctz32(xlo) : 32 + ctz32(xhi);
  const sig = 64 - leading - trailing;
  if (s.leading >= 0 && leading >= s.leading && trailing >= s.trailing) {
    const windowSig = 64 - s.leading - s.trailing;
    // Reuse costs 2 + windowSig bits, a new window 13 + sig.
    if (windowSig <= sig + 11) {
      if (w !== undefined) {
        w.writeBits(0b10, 2);
        writeShifted(w, xhi, xlo, s.trailing, windowSig);
      }
      return 2 + windowSig;
    }
  }
  if (w !== undefined) {
    w.writeBits(0b11, 2);
    w.writeBits(leading, 5);
    w.writeBits(sig & 63, 6);
    writeShifted(w, xhi, xlo, trailing, sig);
  }
  s.leading = leading;
  s.trailing = trailing;
  return 13 + sig;
}

/** readXorValue reads one value's code (after the caller saw no other mode) into the state. */
export function readXorValue(r: BitReader, s: XorState): void {
  if (r.readBit() === 0) return;
  if (r.readBit() === 1) {
    s.leading = r.readBits(5);
    const count = r.readBits(6) || 64;
    s.trailing = 64 - s.leading - count;
  }
  const trailing = s.trailing;
  const sig = 64 - s.leading - trailing;
  let xhi: number;
  let xlo: number;
  if (sig > 32) {
    xhi = r.readBits(sig - 32);
    xlo = r.readBits(32);
  } else {
    xhi = 0;
    xlo = r.readBits(sig);
  }
  // Shift the meaningful bits back up by `trailing`.
  if (trailing >= 32) {
    xhi = xlo << (trailing - 32);
    xlo = 0;
  } else if (trailing > 0) {
    xhi = (xhi << trailing) | (xlo >>> (32 - trailing));
    xlo = xlo << trailing;
  }
  s.hi = (s.hi ^ xhi) >>> 0;
  s.lo = (s.lo ^ xlo) >>> 0;
}

/** ctz32 counts trailing zero bits of a non-zero 32-bit integer. */
function ctz32(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** writeShifted writes the `sig` bits of (xhi:xlo) that sit above `trailing` zero bits. */
function writeShifted(w: BitWriter, xhi: number, xlo: number, trailing: number, sig: number): void {
  let vhi: number;
  let vlo: number;
  if (trailing === 0) {
    vhi = xhi;
    vlo = xlo;
  } else if (trailing < 32) {
    vhi = xhi >>> trailing;
    vlo = (xlo >>> trailing) | (xhi << (32 - trailing));
  } else {
    vhi = 0;
    vlo = (xhi >>> (trailing - 32)) | 0;
  }
  if (sig > 32) {
    w.writeBits(vhi, sig - 32);
    w.writeBits(vlo, 32);
  } else {
    w.writeBits(vlo, sig);
  }
}
