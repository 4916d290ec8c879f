import { BitReader, BitWriter } from './bitstream';
import { readBucketed, writeBucketed, writeOverflow } from './varbits';

/**
 * Start ("created") timestamps of one chunk's samples, a side column that a
 * chunk only grows once one of its samples has a start time, so series
 * without them cost nothing. 0 means "unknown", as upstream. Each sample's
 * start time is coded against the previous sample of the same chunk (the
 * first one against start time 0 and no previous timestamp):
 *
 *   '0'                    the same start time as the previous sample
 *                          (a cumulative counter's life, or still unknown)
 *   '10'                   the previous sample's timestamp (delta temporality)
 *   '110'                  the same offset from the own timestamp as before
 *   '111' + bucketed       st - t in START_BITS buckets; on overflow, st as 64 bits
 *
 * Decoding needs the chunk's timestamps, which the caller decodes first.
 */

/** START_BITS are the bucket widths of st - t (ms): up to ±128 ms, ±8.7 min, ±24.8 days. */
const START_BITS: readonly number[] = [8, 20, 32];

const TWO32 = 4294967296;

/** StartTimeColumn encodes the start timestamps (ms) of a chunk's samples, index for index. */
export class StartTimeColumn {
  /** count is the number of start times written (the chunk's sample count). */
  count = 0;
  private readonly w = new BitWriter(8);
  private prevSt = 0;
  private prevT = NaN;

  /**
   * @param unknown leading samples with no start time (the chunk's samples
   *   appended before the first one that had one)
   * @param lastT the timestamp (ms) of the last of them (NaN when none)
   */
  constructor(unknown = 0, lastT = NaN) {
    for (let i = 0; i < unknown; i++) this.w.writeBit(0);
    this.count = unknown;
    this.prevT = lastT;
  }

  get byteLength(): number {
    return this.w.byteLength;
  }

  /** append records the start time `st` (ms, 0 = unknown) of the sample at `t`. */
  append(t: number, st: number): void {
    const w = this.w;
    if (st === this.prevSt) {
      w.writeBit(0);
    } else if (st === this.prevT) {
      w.writeBits(0b10, 2);
    } else if (st - t === this.prevSt - this.prevT) {
      w.writeBits(0b110, 3);
    } else {
      w.writeBits(0b111, 3);
      if (writeBucketed(w, START_BITS, st - t) < 0) {
        writeOverflow(w, START_BITS);
        const hi = Math.floor(st / TWO32);
        w.writeBits(hi >>> 0, 32);
        w.writeBits(st - hi * TWO32, 32);
      }
    }
    this.prevSt = st;
    this.prevT = t;
    this.count++;
  }

  /** close moves the column into a shared slab once the chunk takes no more samples (call once). */
  close(): void {
    this.w.seal();
  }

  /** bytes is the encoded column (a view; valid until the next append). */
  get bytes(): Uint8Array {
    return this.w.bytes;
  }
}

/**
 * decodeStartTimes writes the start times of the chunk whose timestamps are
 * `ts` (all of its samples, in order) into `out` from `offset` on.
 */
export function decodeStartTimes(col: StartTimeColumn, ts: ArrayLike<number>, out: Float64Array, offset: number): void {
  const r = new BitReader(col.bytes);
  let prevSt = 0;
  let prevT = NaN;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    let st: number;
    if (r.readBit() === 0) st = prevSt;
    else if (r.readBit() === 0) st = prevT;
    else if (r.readBit() === 0) st = t + prevSt - prevT;
    else {
      const d = readBucketed(r, START_BITS);
      st = Number.isNaN(d) ? (r.readBits(32) | 0) * TWO32 + r.readBits(32) : t + d;
    }
    out[offset + i] = st;
    prevSt = st;
    prevT = t;
  }
}
