import { BitReader } from './bitstream';
import { bitsToFloat, isStaleBits } from './float-bits';
import { DOD_BITS, type FloatChunk } from './chunk';
import { POW10, readDecimalStart, readDecimalValue, type DecimalState } from './values-decimal';
import { newXorState, readXorValue, type XorState } from './values-xor';
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
  if (chunk.isOpen) {
    const data = chunk.table.data;
    const base = chunk.stagedBase;
    let i = offset;
    for (let k = 0; k < n; k++) {
      const t = data[base + 2 * k]!;
      if (t > maxT) break;
      if (t >= minT) {
        ts[i] = t;
        vs[i] = data[base + 2 * k + 1]!;
        stale[i++] = 0;
      }
    }
    markStale(chunk, out, offset - firstAtOrAfter(chunk, minT), offset, i);
    return i;
  }
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

/** firstAtOrAfter is the index of an open chunk's first staged sample with t >= minT. */
function firstAtOrAfter(chunk: FloatChunk, minT: number): number {
  const data = chunk.table.data;
  const base = chunk.stagedBase;
  let k = 0;
  while (k < chunk.count && data[base + 2 * k]! < minT) k++;
  return k;
}

/**
 * markStale sets stale = 1 for an open chunk's staleness markers among the
 * samples copied to out[from, to); sample k went to out[k + shift].
 */
function markStale(chunk: FloatChunk, out: DecodeTarget, shift: number, from: number, to: number): void {
  const staleAt = chunk.staleAt;
  if (staleAt === undefined) return;
  for (const k of staleAt) {
    const i = k + shift;
    if (i >= from && i < to) out.stale[i] = 1;
  }
}

function readSigned64(r: BitReader): number {
  const hi = r.readBits(32) | 0;
  return hi * TWO32 + r.readBits(32);
}

function readDod(r: BitReader): number {
  const dod = readBucketed(r, DOD_BITS);
  return Number.isNaN(dod) ? readSigned64(r) : dod; // NaN: OVERFLOW
}

/**
 * ChunkCursor decodes a chunk's samples and can resume where it stopped: an
 * open chunk only grows by appends, so after more appends only the new
 * samples need copying from its staging arrays. Once the chunk is closed its
 * bit stream is decoded, from the start if the cursor had only copied (the
 * samples rewritten are the same).
 */
export class ChunkCursor {
  /** read is the number of samples decoded so far. */
  read = 0;
  private pos = 0;
  private t = 0;
  private delta = 0;
  private dec: DecimalState | undefined;
  private xor: XorState | undefined;
  /** copied is set while the samples read came from an open chunk's staging arrays (no bit position yet). */
  private copied = false;

  /**
   * decodeTo writes the samples read..chunk.count-1 into `out` at their own
   * indexes (sample i at out[i]); the arrays must have room for chunk.count.
   */
  decodeTo(chunk: FloatChunk, out: DecodeTarget): void {
    const n = chunk.count;
    if (this.read >= n) return;
    if (chunk.isOpen) {
      const { ts, vs, stale } = out;
      const data = chunk.table.data;
      const base = chunk.stagedBase;
      for (let k = this.read; k < n; k++) {
        ts[k] = data[base + 2 * k]!;
        vs[k] = data[base + 2 * k + 1]!;
        stale[k] = 0;
      }
      markStale(chunk, out, 0, this.read, n);
      this.read = n;
      this.copied = true;
      return;
    }
    if (this.copied) {
      this.copied = false;
      this.read = 0;
    }
    let k = this.read;
    const { ts, vs, stale } = out;
    const r = new BitReader(chunk.bytes, this.pos);
    let t = this.t;
    let delta = this.delta;
    if (k === 0) {
      t = readSigned64(r);
      if (r.readBit() === 1) this.dec = readDecimalStart(r);
      else this.xor = newXorState(r.readBits(32), r.readBits(32));
    }
    const dec = this.dec;
    if (dec !== undefined) {
      for (; k < n; k++) {
        let isStale = false;
        if (k > 0) {
          delta += readDod(r);
          t += delta;
          isStale = readDecimalValue(r, dec);
        }
        ts[k] = t;
        vs[k] = isStale ? NaN : dec.n / POW10[dec.scale]!;
        stale[k] = isStale ? 1 : 0;
      }
    } else {
      const s = this.xor!;
      for (; k < n; k++) {
        if (k > 0) {
          delta += readDod(r);
          t += delta;
          readXorValue(r, s);
        }
        ts[k] = t;
        if (isStaleBits(s.hi, s.lo)) {
          vs[k] = NaN;
          stale[k] = 1;
        } else {
          vs[k] = bitsToFloat(s.hi, s.lo);
          stale[k] = 0;
        }
      }
    }
    this.read = n;
    this.pos = r.pos;
    this.t = t;
    this.delta = delta;
  }
}
