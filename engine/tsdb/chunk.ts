import { BitWriter } from './bitstream';
import { bitsToFloat, isStaleBits } from './float-bits';
import { StartTimeColumn } from './start-times';
import { decimalScale, startDecimal, writeDecimalStale, writeDecimalValue, type DecimalState } from './values-decimal';
import { newXorState, writeXorValue, type XorState } from './values-xor';
import { writeBucketed, writeOverflow } from './varbits';

/**
 * ChunkEncoding tags a chunk's layout. 'float' is the only one so far; native
 * histograms will get their own tag (and chunk class) beside it.
 */
export type ChunkEncoding = 'float';

/** MAX_ABS_TIME bounds timestamps (ms, about year 73,000) so every delta-of-delta is an exact double. */
export const MAX_ABS_TIME = 2 ** 51;

/**
 * DOD_BITS are the widths of the timestamp delta-of-delta buckets (see
 * varbits: '0' is "same interval", '10' + 7 bits, '110' + 13, '1110' + 20,
 * and '1111' is followed by a full 64-bit value). They suit millisecond
 * timestamps: a few ms of scrape jitter fits the first, a changed interval
 * the others.
 */
export const DOD_BITS: readonly number[] = [7, 13, 20];

const TWO32 = 4294967296;

/**
 * FloatChunk is a Gorilla-style compressed run of float samples in a
 * growable bit stream, most significant bit first:
 *
 * - sample 0: the timestamp as 64-bit two's complement, then one bit for
 *   the value coding of the whole chunk: '0' XOR (values-xor; the first value
 *   as its raw 64 bits) or '1' decimal (values-decimal);
 * - samples 1..n: the timestamp's delta-of-delta (the first delta counts as a
 *   delta-of-delta against 0) in the DOD_BITS buckets, then the value code.
 *
 * The decimal coding is picked when the first value allows it, unless the
 * previous chunk of the series found XOR cheaper: every chunk also prices its
 * values in the coding it does not use (`prefersXor`), so a series of, say,
 * byte counts that move by multiples of 4096 settles on XOR. A value a
 * decimal chunk cannot hold makes `append` refuse; the series then cuts a
 * new chunk. Stale markers are exact: XOR chunks store their reserved bit
 * pattern, decimal chunks an escape code.
 */
export class FloatChunk {
  readonly encoding: ChunkEncoding = 'float';
  /** count is the number of samples; minT/maxT the first and last timestamps (ms). */
  count = 0;
  minT = 0;
  maxT = 0;
  /** decimal reports whether the chunk uses decimal value coding. */
  decimal = false;
  /**
   * startTimes holds the samples' start timestamps; undefined while none of
   * them has one, so chunks of series without start times cost nothing more.
   */
  startTimes: StartTimeColumn | undefined;
  private closed = false;
  private readonly w: BitWriter;
  private prevDelta = 0;
  private xor: XorState | undefined;
  private dec: DecimalState | undefined;
  /** The coding not in use, run without output to price it (undefined: cannot hold the data). */
  private shadowXor: XorState | undefined;
  private shadowDec: DecimalState | undefined;
  /** Value-code bits so far in each coding (timestamps cost the same in both). */
  private xorBits = 0;
  private decBits = 0;

  /**
   * @param preferXor skips decimal coding (pass the previous chunk's prefersXor).
   * @param sizeHint the expected size in bytes (pass the previous chunk's byteLength): a
   *   series' chunks are alike, so the stream then rarely has to grow by copying.
   */
  constructor(
    private readonly preferXor = false,
    sizeHint = 0,
  ) {
    this.w = new BitWriter(Math.max(32, sizeHint + 8));
  }

  /** bytes is the encoded stream (a view; valid until the next append). */
  get bytes(): Uint8Array {
    return this.w.bytes.subarray(0, this.w.byteLength);
  }

  get byteLength(): number {
    return this.w.byteLength;
  }

  /** isOpen reports whether the chunk still takes appends. */
  get isOpen(): boolean {
    return !this.closed;
  }

  /** prefersXor reports whether XOR coding would have been smaller for this chunk's values. */
  get prefersXor(): boolean {
    return this.xorBits < this.decBits;
  }

  /**
   * append adds a sample given as its value's two 32-bit words (see
   * float-bits), with its start timestamp `st` (ms, 0 = unknown). The caller
   * guarantees t > maxT. Returns false, changing nothing, when the chunk is
   * closed or a decimal chunk cannot hold the value.
   */
  append(t: number, hi: number, lo: number, st = 0): boolean {
    if (this.closed) return false;
    const w = this.w;
    if (this.count === 0) {
      writeSigned64(w, t);
      this.startValues(hi, lo);
      this.minT = t;
    } else {
      const stale = isStaleBits(hi, lo);
      const dec = this.dec;
      const delta = t - this.maxT;
      if (dec !== undefined && !stale) {
        const mark = w.bitLength;
        writeDod(w, delta - this.prevDelta);
        const bits = writeDecimalValue(w, dec, bitsToFloat(hi, lo));
        if (bits < 0) {
          w.truncate(mark); // a refusal must leave no trace
          return false;
        }
        this.decBits += bits;
        if (this.shadowXor !== undefined) this.xorBits += writeXorValue(undefined, this.shadowXor, hi, lo);
      } else {
        writeDod(w, delta - this.prevDelta);
        if (dec !== undefined) writeDecimalStale(w);
        else this.writeXor(hi, lo, stale);
      }
      this.prevDelta = delta;
    }
    if (st !== 0 || this.startTimes !== undefined) {
      // maxT is still the previous sample's timestamp here.
      this.startTimes ??= new StartTimeColumn(this.count, this.count > 0 ? this.maxT : NaN);
      this.startTimes.append(t, st);
    }
    this.maxT = t;
    this.count++;
    return true;
  }

  /** close ends appends and releases the spare buffer and the coder state. */
  close(): void {
    this.closed = true;
    this.w.trim();
    this.startTimes?.close();
    this.xor = undefined;
    this.dec = undefined;
    this.shadowXor = undefined;
    this.shadowDec = undefined;
  }

  private startValues(hi: number, lo: number): void {
    const w = this.w;
    const v = bitsToFloat(hi, lo);
    const scale = isStaleBits(hi, lo) ? -1 : decimalScale(v, 0);
    if (scale >= 0 && !this.preferXor) {
      w.writeBit(1);
      this.decimal = true;
      this.dec = startDecimal(w, v, scale);
      this.shadowXor = newXorState(hi, lo);
    } else {
      w.writeBit(0);
      w.writeBits(hi, 32);
      w.writeBits(lo, 32);
      this.xor = newXorState(hi, lo);
      if (scale >= 0) this.shadowDec = startDecimal(undefined, v, scale);
      else this.decBits = Infinity;
    }
  }

  /** writeXor codes a value (or stale marker) in an XOR chunk and prices it as decimal. */
  private writeXor(hi: number, lo: number, stale: boolean): void {
    this.xorBits += writeXorValue(this.w, this.xor!, hi, lo);
    const shadow = this.shadowDec;
    if (shadow === undefined || stale) return;
    const bits = writeDecimalValue(undefined, shadow, bitsToFloat(hi, lo));
    if (bits >= 0) {
      this.decBits += bits;
    } else {
      this.shadowDec = undefined;
      this.decBits = Infinity;
    }
  }
}

function writeSigned64(w: BitWriter, v: number): void {
  const hi = Math.floor(v / TWO32);
  w.writeBits(hi >>> 0, 32);
  w.writeBits(v - hi * TWO32, 32);
}

function writeDod(w: BitWriter, dod: number): void {
  if (writeBucketed(w, DOD_BITS, dod) >= 0) return;
  writeOverflow(w, DOD_BITS);
  writeSigned64(w, dod);
}
