import { BitReader } from './bitstream';
import { bitsToFloat, isStaleBits } from './float-bits';
import { DOD_BITS, type FloatChunk } from './chunk';
import { POW10, readDecimalStart, readDecimalValue } from './values-decimal';
import { newXorState, readXorValue } from './values-xor';
import { readBucketed } from './varbits';

const TWO32 = 4294967296;

/** DecodeTarget receives decoded samples; the arrays must have room for them. */
export interface DecodeTarget {
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  readonly stale: Uint8Array;
}

/**
 * decodeChunk writes the chunk's samples with minT <= t <= maxT into `out`
 * from index `offset` on, and returns the index after the last one written.
 * Stale markers come out as vs = NaN, stale = 1. Decoding stops at the first
 * sample past maxT, since samples are in time order.
 */
export function decodeChunk(chunk: FloatChunk, minT: number, maxT: number, out: DecodeTarget, offset: number): number {
  const n = chunk.count;
  if (n === 0 || chunk.maxT < minT || chunk.minT > maxT) return offset;
  const { ts, vs, stale } = out;
  const r = new BitReader(chunk.bytes);
  let t = readSigned64(r);
  let delta = 0;
  let i = offset;
  if (r.readBit() === 1) {
    const s = readDecimalStart(r);
    let isStale = false;
    for (let k = 0; ; ) {
      if (t > maxT) break;
      if (t >= minT) {
        ts[i] = t;
        vs[i] = isStale ? NaN : s.n / POW10[s.scale]!;
        stale[i] = isStale ? 1 : 0;
        i++;
      }
      if (++k >= n) break;
      delta += readDod(r);
      t += delta;
      isStale = readDecimalValue(r, s);
    }
    return i;
  }
  const s = newXorState(r.readBits(32), r.readBits(32));
  for (let k = 0; ; ) {
    if (t > maxT) break;
    if (t >= minT) {
      ts[i] = t;
      if (isStaleBits(s.hi, s.lo)) {
        vs[i] = NaN;
        stale[i] = 1;
      } else {
        vs[i] = bitsToFloat(s.hi, s.lo);
        stale[i] = 0;
      }
      i++;
    }
    if (++k >= n) break;
    delta += readDod(r);
    t += delta;
    readXorValue(r, s);
  }
  return i;
}

function readSigned64(r: BitReader): number {
  const hi = r.readBits(32) | 0;
  return hi * TWO32 + r.readBits(32);
}

function readDod(r: BitReader): number {
  const dod = readBucketed(r, DOD_BITS);
  return Number.isNaN(dod) ? readSigned64(r) : dod; // NaN: OVERFLOW
}
