import { BitWriter } from './bitstream';
import { encodeChunk, ENCODED_DECIMAL, ENCODED_XOR_SMALLER } from './chunk-encode';
import { decodeChunk } from './chunk-decode';
import { DETACHED, STAGE_CAP, type StageTable } from './stage-table';
import { StartTimeColumn } from './start-times';

export { DOD_BITS } from './chunk-encode';

/**
 * ChunkEncoding tags a chunk's layout. 'float' is the only one so far; native
 * histograms will get their own tag (and chunk class) beside it.
 */
export type ChunkEncoding = 'float';

/** MAX_ABS_TIME bounds timestamps (ms, about year 73,000) so every delta-of-delta is an exact double. */
export const MAX_ABS_TIME = 2 ** 51;

/** mode bits of a chunk: the coding it starts with, and whether it prices the other. */
const PREFER_XOR = 1;
const PRICE = 2;

/**
 * TIME_SPLIT splits a closed chunk's bounds into two small integers:
 * t = high * 2^26 + low with 0 <= low < 2^26, both within V8's small
 * integers for every time within MAX_ABS_TIME.
 */
const TIME_SPLIT = 2 ** 26;

/** A zero-length buffer: an open chunk has no bytes until it closes. */
const NO_BYTES = new Uint8Array(0);

/**
 * scratch is the zeroed write buffer chunks encode into when they close;
 * sealing copies the stream into a slab and hands the buffer back zeroed.
 */
let scratch: Uint8Array = new Uint8Array(4096);

/**
 * FloatChunk is a Gorilla-style compressed run of at most STAGE_CAP float
 * samples. While it is open, its samples are only staged, raw, in a slot of
 * its head's StageTable (an append is a few stores); closing encodes them
 * all at once into a bit stream, most significant bit first, that moves to
 * a shared slab (see byte-slabs):
 *
 * - sample 0: the timestamp as 64-bit two's complement, then one bit for
 *   the value coding of the whole chunk: '0' XOR (values-xor; the first value
 *   as its raw 64 bits) or '1' decimal (values-decimal);
 * - samples 1..n: the timestamp's delta-of-delta (the first delta counts as a
 *   delta-of-delta against 0) in the DOD_BITS buckets, then the value code.
 *
 * The decimal coding is picked when the first value allows it, unless the
 * previous chunk of the series found XOR cheaper: one chunk in PRICE_EVERY
 * of a series also prices its values in the coding it does not use
 * (`prefersXor`; the others pass the preference on), so a series of, say,
 * byte counts that move by multiples of 4096 settles on XOR. A chunk holding
 * a value that decimals cannot hold is coded XOR. Stale markers are exact:
 * XOR chunks store their reserved bit pattern, decimal chunks an escape code.
 */
export class FloatChunk extends BitWriter {
  /**
   * startTimes holds the samples' start timestamps; undefined while none of
   * them has one, so chunks of series without start times cost nothing more.
   */
  startTimes: StartTimeColumn | undefined;
  /** cacheEntry belongs to DecodedChunkCache: its entry for this chunk, found without a hash lookup. */
  cacheEntry: unknown;
  /**
   * slot is the chunk's slot in `table` while it is open, -1 once closed.
   * staleAt lists the indexes of staleness markers among the staged samples
   * (their staged value is NaN: a NaN's payload cannot be trusted to survive
   * a number). Readers of an open chunk copy from the slot (chunk-decode).
   */
  slot: number;
  staleAt: number[] | undefined;
  /**
   * The count and bounds of a closed chunk (an open one's live in its slot).
   * Each bound is kept as two small integers (see splitTime): a day of the
   * default world keeps ~250,000 chunks, and a number field that is no small
   * integer costs a separate heap object per chunk.
   */
  private n = 0;
  private firstHigh = 0;
  private firstLow = 0;
  private lastHigh = 0;
  private lastLow = 0;
  /** PREFER_XOR and PRICE as given, and the ENCODED_* flags fixed at close shifted by 2. */
  private mode: number;

  /**
   * @param preferXor skips decimal coding (pass the previous chunk's prefersXor).
   * @param table where the chunk stages its samples while open (its head's).
   * @param price whether to price the coding not used, to tell the next chunk which is
   *   cheaper; otherwise it is told this chunk's preference.
   */
  constructor(
    preferXor = false,
    readonly table: StageTable = DETACHED,
    price = true,
  ) {
    super(0, NO_BYTES);
    this.mode = (preferXor ? PREFER_XOR : 0) | (price ? PRICE : 0);
    this.slot = table.alloc();
  }

  /** encoding tags the chunk's layout. */
  get encoding(): ChunkEncoding {
    return 'float';
  }

  /** count is the number of samples. */
  get count(): number {
    const slot = this.slot;
    return slot >= 0 ? this.table.count[slot]! : this.n;
  }

  /** minT/maxT are the first and last timestamps (ms). */
  get minT(): number {
    const slot = this.slot;
    return slot >= 0 ? this.table.minT[slot]! : this.firstHigh * TIME_SPLIT + this.firstLow;
  }

  get maxT(): number {
    const slot = this.slot;
    return slot >= 0 ? this.table.maxT[slot]! : this.lastHigh * TIME_SPLIT + this.lastLow;
  }

  /** isOpen reports whether the chunk still takes appends. */
  get isOpen(): boolean {
    return this.slot >= 0;
  }

  /** stagedBase is the index in table.data of an open chunk's first sample's timestamp. */
  get stagedBase(): number {
    return this.slot * STAGE_CAP * 2;
  }

  /** decimal reports whether the chunk's values are (or, while open, would be) decimal-coded. */
  get decimal(): boolean {
    return (this.encodedFlags() & ENCODED_DECIMAL) !== 0;
  }

  /** prefersXor reports whether XOR coding would have been smaller for this chunk's values. */
  get prefersXor(): boolean {
    return (this.encodedFlags() & ENCODED_XOR_SMALLER) !== 0;
  }

  /** bytes is the encoded stream; an open chunk encodes its samples so far into a copy. */
  override get bytes(): Uint8Array {
    if (!this.isOpen) return super.bytes;
    const w = new BitWriter(64);
    if (this.count > 0) this.encodeInto(w, this.slot, this.count, this.staleAt);
    return w.bytes;
  }

  override get byteLength(): number {
    return this.isOpen ? this.bytes.length : super.byteLength;
  }

  /**
   * append adds the sample (t, v), or a staleness marker at t when `stale`
   * (v is then ignored), with its start timestamp `st` (ms, 0 = unknown).
   * The caller guarantees t > maxT. Returns false, changing nothing, when
   * the chunk is closed or full. (It takes the value as a number, not as
   * its bits: rebuilding a number from two 32-bit words stalls the
   * processor, as the one 64-bit load cannot be served from the two pending
   * stores.)
   */
  append(t: number, v: number, stale: boolean, st = 0): boolean {
    const slot = this.slot;
    if (slot < 0) return false;
    const table = this.table;
    const k = table.count[slot]!;
    if (k === STAGE_CAP) return false;
    const at = (slot * STAGE_CAP + k) * 2;
    table.data[at] = t;
    if (stale) {
      table.data[at + 1] = NaN;
      (this.staleAt ??= []).push(k);
    } else {
      table.data[at + 1] = v;
    }
    if (k === 0) table.minT[slot] = t;
    if (st !== 0 || this.startTimes !== undefined) {
      // maxT is still the previous sample's timestamp here.
      this.startTimes ??= new StartTimeColumn(k, k > 0 ? table.maxT[slot]! : NaN);
      this.startTimes.append(t, st);
    }
    table.maxT[slot] = t;
    table.count[slot] = k + 1;
    return true;
  }

  /**
   * lastIs reports whether the newest sample is the value v (compared as
   * Prometheus compares a repeated sample: by its bits, so NaN equals NaN
   * and 0 differs from -0), or a staleness marker when `stale`.
   */
  lastIs(v: number, stale: boolean): boolean {
    if (this.count === 0) return false;
    const out = { ts: new Float64Array(1), vs: new Float64Array(1), stale: new Uint8Array(1) };
    decodeChunk(this, this.maxT, this.maxT, out, 0);
    return out.stale[0] === 1 ? stale : !stale && Object.is(out.vs[0], v);
  }

  /** close ends appends: the samples are encoded into a shared slab and the slot is freed. */
  close(): void {
    const slot = this.slot;
    if (slot < 0) return;
    const table = this.table;
    this.n = table.count[slot]!;
    const first = table.minT[slot]!;
    const last = table.maxT[slot]!;
    // `| 0` keeps the parts small integers to the compiler too (both fit 32 bits).
    this.firstHigh = Math.floor(first / TIME_SPLIT) | 0;
    this.firstLow = (first - this.firstHigh * TIME_SPLIT) | 0;
    this.lastHigh = Math.floor(last / TIME_SPLIT) | 0;
    this.lastLow = (last - this.lastHigh * TIME_SPLIT) | 0;
    const staleAt = this.staleAt;
    // Closed from here on, so the writer's own byteLength applies while encoding.
    this.slot = -1;
    this.staleAt = undefined;
    this.restart(scratch);
    if (this.n > 0) {
      this.mode |= this.encodeInto(this, slot, this.n, staleAt) << 2;
    }
    scratch = this.seal();
    table.release(slot);
    this.startTimes?.close();
  }

  /**
   * discard frees an open chunk's slot without encoding it, for a chunk
   * dropped from its series (it must not be read afterwards).
   */
  discard(): void {
    if (this.slot < 0) return;
    this.n = 0;
    this.table.release(this.slot);
    this.slot = -1;
    this.staleAt = undefined;
  }

  /** encodedFlags are the ENCODED_* flags: fixed once closed, worked out afresh while open. */
  private encodedFlags(): number {
    if (!this.isOpen || this.count === 0) return this.mode >>> 2;
    return this.encodeInto(new BitWriter(64), this.slot, this.count, this.staleAt);
  }

  /** encodeInto codes the n samples staged in `slot` into the empty writer `w`; returns the ENCODED_* flags. */
  private encodeInto(w: BitWriter, slot: number, n: number, staleAt: readonly number[] | undefined): number {
    return encodeChunk(w, this.table.data, slot * STAGE_CAP * 2, staleAt, n, (this.mode & PREFER_XOR) !== 0, (this.mode & PRICE) !== 0);
  }
}
