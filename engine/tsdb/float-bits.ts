/**
 * Float64 ↔ two uint32 halves, and the reserved bit patterns the chunks use.
 *
 * JavaScript engines may canonicalise NaN payloads whenever a NaN passes
 * through a variable, so Prometheus's staleness marker (a NaN with a special
 * payload) cannot travel as a number. Chunks therefore work on the raw 64 bits
 * as two integers, and a stale marker is written as the reserved pattern
 * below, which is never produced from a number: every real NaN is rewritten to
 * the canonical quiet NaN before encoding.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Word order of the host (every current engine is little-endian, but be sure).
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/** STALE_HI/STALE_LO is Prometheus's staleness NaN, 0x7ff0000000000002. */
export const STALE_HI = 0x7ff00000;
export const STALE_LO = 0x00000002;

/** CANONICAL_NAN_HI/LO is the quiet NaN every data NaN is stored as. */
const CANONICAL_NAN_HI = 0x7ff80000;
const CANONICAL_NAN_LO = 0;

/**
 * floatBits splits v into its high and low 32-bit words, written into out[0]
 * and out[1]. Any NaN becomes the canonical NaN so it can never alias the
 * stale pattern. `out` is caller-owned to avoid an allocation per sample.
 * The append path passes an Int32Array: signed words are small integers to
 * V8, where unsigned ones from 2^31 up are boxed whenever they are passed on
 * or kept in a field. Bits compare equal either way within one path.
 */
export function floatBits(v: number, out: Uint32Array | Int32Array): void {
  if (v !== v) {
    out[0] = CANONICAL_NAN_HI;
    out[1] = CANONICAL_NAN_LO;
    return;
  }
  f64[0] = v;
  out[0] = u32[HI]!;
  out[1] = u32[LO]!;
}

/** bitsToFloat rebuilds a number from its two 32-bit words. */
export function bitsToFloat(hi: number, lo: number): number {
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0]!;
}

/** isStaleBits reports whether the words are the staleness marker. */
export function isStaleBits(hi: number, lo: number): boolean {
  return hi === STALE_HI && lo === STALE_LO;
}
