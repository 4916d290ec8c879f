import { BitWriter } from './bitstream';
import { bitsToFloat, isStaleBits } from './float-bits';
import { StartTimeColumn } from './start-times';
import { decimalScale, MAX_DECIMAL, POW10, startDecimal, writeDecimalStale, writeDecimalValue, type DecimalState } from './values-decimal';
import { writeXorValue, type XorState } from './values-xor';
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
 * UNPRICED stands for "decimal cannot hold these values" in decBits: larger
 * than any chunk's XOR bits, and a small integer, so the field stays unboxed
 * (Infinity would make it a heap number touched on every append).
 */
const UNPRICED = 2 ** 30;

/**
 * ChunkCoder is an open chunk's coder state, in both codings (XorState: hi,
 * lo, leading, trailing; DecimalState: scale, n, delta), and the pricing of
 * the coding not in use: the coding in use writes; the other one, while
 * `pricing`, runs without output to price it (a decimal chunk always prices
 * XOR; an XOR chunk prices decimal until a value decimal cannot hold). A
 * closed chunk gives its coder and write buffer to the next chunk opened
 * (see spareCoders): closed chunks, nearly all of them, keep only their bounds
 * and their bytes in a shared slab, which the heap and the garbage collector
 * feel with hundreds of thousands of chunks.
 */
class ChunkCoder implements XorState, DecimalState {
  hi = 0;
  lo = 0;
  leading = -1;
  trailing = 0;
  scale = 0;
  n = 0;
  delta = 0;
  /** The previous timestamp delta (ms). */
  prevDelta = 0;
  pricing = false;
  /** Value-code bits so far in each coding (timestamps cost the same in both). */
  xorBits = 0;
  decBits = 0;
  /** preferXor skips decimal coding (the previous chunk of the series found XOR cheaper). */
  preferXor = false;

  /** reset makes the coder as new, for a chunk that starts empty. */
  reset(preferXor: boolean): this {
    this.hi = 0;
    this.lo = 0;
    this.leading = -1;
    this.trailing = 0;
    this.scale = 0;
    this.n = 0;
    this.delta = 0;
    this.prevDelta = 0;
    this.pricing = false;
    this.xorBits = 0;
    this.decBits = 0;
    this.preferXor = preferXor;
    return this;
  }
}

/**
 * Spares are the coders and zeroed write buffers of chunks just closed. A
 * series closes its chunk and opens the next in one step, so the new chunk
 * takes back the very buffer (already sized for the series) and coder; the
 * stacks stay a few entries deep.
 */
const spareCoders: ChunkCoder[] = [];
const spareBuffers: Uint8Array[] = [];

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
export class FloatChunk extends BitWriter {
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
  /** cacheEntry belongs to DecodedChunkCache: its entry for this chunk, found without a hash lookup. */
  cacheEntry: unknown;
  /** The coder state while the chunk is open; undefined once closed. */
  private coder: ChunkCoder | undefined;
  /** Whether XOR coding would have been smaller, fixed at close. */
  private xorWasSmaller = false;

  /**
   * @param preferXor skips decimal coding (pass the previous chunk's prefersXor).
   * @param sizeHint the expected size in bytes (pass the previous chunk's byteLength): a
   *   series' chunks are alike, so the stream then rarely has to grow by copying.
   */
  constructor(preferXor = false, sizeHint = 0) {
    super(Math.max(32, sizeHint + 8), spareBuffers.pop());
    this.coder = (spareCoders.pop() ?? new ChunkCoder()).reset(preferXor);
  }

  /** isOpen reports whether the chunk still takes appends. */
  get isOpen(): boolean {
    return this.coder !== undefined;
  }

  /** prefersXor reports whether XOR coding would have been smaller for this chunk's values. */
  get prefersXor(): boolean {
    const c = this.coder;
    return c === undefined ? this.xorWasSmaller : c.xorBits < c.decBits;
  }

  /**
   * append adds a sample given as its value's two 32-bit words (see
   * float-bits), with its start timestamp `st` (ms, 0 = unknown). The caller
   * guarantees t > maxT. Returns false, changing nothing, when the chunk is
   * closed or a decimal chunk cannot hold the value.
   */
  append(t: number, hi: number, lo: number, st = 0): boolean {
    const c = this.coder;
    if (c === undefined) return false;
    if (
      this.count > 0 &&
      st === 0 &&
      t - this.maxT === c.prevDelta &&
      (this.appendRepeat(c, hi, lo) || (this.decimal && this.appendSteadyDecimal(c, hi, lo)))
    ) {
      this.maxT = t;
      this.count++;
      return true;
    }
    if (this.count === 0) {
      writeSigned64(this, t);
      this.startValues(c, hi, lo);
      this.minT = t;
    } else {
      const stale = isStaleBits(hi, lo);
      const delta = t - this.maxT;
      if (this.decimal && !stale) {
        const mark = this.bitLength;
        writeDod(this, delta - c.prevDelta);
        // The XOR pricing reads this state's hi/lo, so price only once the value is taken.
        const bits = writeDecimalValue(this, c, hi, lo);
        if (bits < 0) {
          this.truncate(mark); // a refusal must leave no trace
          return false;
        }
        c.decBits += bits;
        c.xorBits += writeXorValue(undefined, c, hi, lo);
      } else {
        writeDod(this, delta - c.prevDelta);
        if (this.decimal) writeDecimalStale(this);
        else this.writeXor(c, hi, lo, stale);
      }
      c.prevDelta = delta;
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

  /**
   * appendRepeat is the most common sample, written without the general
   * coders: the same interval as before and the same value bits as the last
   * value, with the value not moving before either. Both codings then spend
   * a single '0' bit on the value (and the timestamp its '0'), so this writes
   * exactly what the general path would. Returns false, changing nothing,
   * for any other sample. The caller checked the interval.
   */
  private appendRepeat(c: ChunkCoder, hi: number, lo: number): boolean {
    if (this.startTimes !== undefined || c.hi !== hi || c.lo !== lo) return false;
    if (this.decimal) {
      // hi/lo are the last value's bits here (stale markers touch neither coding's state).
      if (c.delta !== 0) return false;
      c.decBits++;
    } else {
      // hi/lo may be a stale marker's bits, which the decimal pricing never saw.
      if (isStaleBits(hi, lo)) return false;
      if (c.pricing) {
        if (c.delta !== 0) return false;
        c.decBits++;
      }
    }
    c.xorBits++;
    this.skipZeros(2);
    return true;
  }

  /**
   * appendSteadyDecimal is the next most common sample in a decimal chunk,
   * written in one go: the same interval as before (timestamp code '0') and
   * a value at the chunk's scale whose delta-of-delta is 0 (value code '0':
   * a counter growing steadily) or fits the smallest bucket ('10' + 4 bits).
   * It writes exactly what the general path would. Returns false, changing
   * nothing, for any other sample. The caller checked the interval.
   */
  private appendSteadyDecimal(c: ChunkCoder, hi: number, lo: number): boolean {
    if (this.startTimes !== undefined || isStaleBits(hi, lo)) return false;
    const v = bitsToFloat(hi, lo);
    const p = POW10[c.scale]!;
    const n = Math.round(v * p);
    if (n / p !== v || (v === 0 && 1 / v < 0) || Math.abs(n) > MAX_DECIMAL) return false;
    const delta = n - c.n;
    const dod = delta - c.delta;
    if (dod === 0) {
      this.skipZeros(2);
      c.decBits += 1;
    } else if (dod >= -8 && dod < 8) {
      this.writeBits((0b10 << 4) | (dod & 15), 7);
      c.decBits += 6;
    } else {
      return false;
    }
    c.n = n;
    c.delta = delta;
    c.xorBits += writeXorValue(undefined, c, hi, lo);
    return true;
  }

  /** close ends appends: the bytes move to a shared slab, the coder and write buffer go to the next chunk opened. */
  close(): void {
    const c = this.coder;
    if (c === undefined) return;
    this.xorWasSmaller = c.xorBits < c.decBits;
    this.coder = undefined;
    spareCoders.push(c);
    spareBuffers.push(this.seal());
    this.startTimes?.close();
  }

  private startValues(c: ChunkCoder, hi: number, lo: number): void {
    const v = bitsToFloat(hi, lo);
    const scale = isStaleBits(hi, lo) ? -1 : decimalScale(v, 0);
    c.hi = hi;
    c.lo = lo;
    if (scale >= 0 && !c.preferXor) {
      this.writeBit(1);
      this.decimal = true;
      startDecimal(this, c, v, scale);
    } else {
      this.writeBit(0);
      this.writeBits(hi, 32);
      this.writeBits(lo, 32);
      c.pricing = scale >= 0;
      if (c.pricing) startDecimal(undefined, c, v, scale);
      else c.decBits = UNPRICED;
    }
  }

  /** writeXor codes a value (or stale marker) in an XOR chunk and prices it as decimal. */
  private writeXor(c: ChunkCoder, hi: number, lo: number, stale: boolean): void {
    c.xorBits += writeXorValue(this, c, hi, lo);
    if (!c.pricing || stale) return;
    const bits = writeDecimalValue(undefined, c, hi, lo);
    if (bits >= 0) {
      c.decBits += bits;
    } else {
      c.pricing = false;
      c.decBits = UNPRICED;
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
