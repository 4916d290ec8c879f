/**
 * Bit-level writer and reader over a byte buffer, most significant bit first.
 * Values are at most 32 bits per call; 64-bit quantities are written as two
 * 32-bit halves by the caller (JavaScript bitwise operators are 32-bit).
 */
import { storeBytes, type StoredBytes } from './byte-slabs';

/** placed receives where `seal` stored a stream (an out-parameter, reused). */
const placed: StoredBytes = { buffer: new Uint8Array(0), offset: 0 };

/**
 * BitWriter appends bits to a growable buffer that starts small and doubles.
 * Once finished, `seal` moves the stream into a shared slab (see byte-slabs)
 * and hands the write buffer back for another writer.
 */
export class BitWriter {
  /** buffer holds the stream from byte `offset` on; only `byteLength` bytes are meaningful, the rest are zero. */
  private buffer: Uint8Array;
  /** offset is 0 while the stream takes writes; a sealed stream sits at `offset` in a shared slab. */
  private offset = 0;
  /** bitLength is the number of bits written so far. */
  bitLength = 0;

  /**
   * @param initialBytes the buffer size to start with
   * @param spare a zeroed buffer from a sealed writer, used when it is at least that large
   */
  constructor(initialBytes = 16, spare?: Uint8Array) {
    this.buffer = spare !== undefined && spare.length >= initialBytes ? spare : new Uint8Array(initialBytes);
  }

  get byteLength(): number {
    return (this.bitLength + 7) >>> 3;
  }

  /** bytes is the stream written so far (a view; valid until the next write). */
  get bytes(): Uint8Array {
    return this.buffer.subarray(this.offset, this.offset + this.byteLength);
  }

  /** writeBit appends one bit (0 or 1). */
  writeBit(bit: number): void {
    const idx = this.bitLength >>> 3;
    if (idx >= this.buffer.length) this.grow(idx + 1);
    if (bit !== 0) this.buffer[idx]! |= 0x80 >>> (this.bitLength & 7);
    this.bitLength++;
  }

  /** skipZeros appends `n` zero bits (bytes past the stream are always zero, so it only moves the end). */
  skipZeros(n: number): void {
    const end = (this.bitLength + n + 7) >>> 3;
    if (end > this.buffer.length) this.grow(end);
    this.bitLength += n;
  }

  /** writeBits appends the low `n` bits of `value` (0 <= n <= 32), high bit first. */
  writeBits(value: number, n: number): void {
    const pos = this.bitLength;
    const end = (pos + n + 7) >>> 3;
    if (end > this.buffer.length) this.grow(end);
    const bytes = this.buffer;
    const idx = pos >>> 3;
    const used = pos & 7;
    if (n <= 24) {
      // The bits land in at most four bytes: place them in one 32-bit word
      // (used + n <= 31) and store its bytes. Bytes past the stream are zero.
      const word = ((value & ((1 << n) - 1)) << (32 - used - n)) >>> 0;
      bytes[idx]! |= word >>> 24;
      const last = used + n;
      if (last > 8) bytes[idx + 1] = (word >>> 16) & 0xff;
      if (last > 16) bytes[idx + 2] = (word >>> 8) & 0xff;
      if (last > 24) bytes[idx + 3] = word & 0xff;
      this.bitLength = pos + n;
      return;
    }
    // 25 to 32 bits: as two writes of at most 16.
    this.writeBits(value >>> 16, n - 16);
    this.writeBits(value & 0xffff, 16);
  }

  /**
   * restart makes the writer write a new stream into `zeroed` (a buffer of
   * zeros, e.g. one that `seal` handed back), dropping what it held.
   */
  restart(zeroed: Uint8Array): void {
    this.buffer = zeroed;
    this.offset = 0;
    this.bitLength = 0;
  }

  /** truncate drops every bit from `bitLength` on (to undo a partial write). */
  truncate(bitLength: number): void {
    const end = this.byteLength;
    const idx = bitLength >>> 3;
    const keep = bitLength & 7;
    if (idx < end) this.buffer[idx]! &= keep === 0 ? 0 : (0xff << (8 - keep)) & 0xff;
    this.buffer.fill(0, idx + 1, end);
    this.bitLength = bitLength;
  }

  /**
   * seal ends writing: the stream moves into a shared slab (no buffer of its
   * own per closed stream), and the write buffer comes back zeroed, for the
   * next writer of a similar stream to reuse.
   */
  seal(): Uint8Array {
    const old = this.buffer;
    const n = this.byteLength;
    storeBytes(old, n, placed);
    this.buffer = placed.buffer;
    this.offset = placed.offset;
    old.fill(0, 0, n);
    return old;
  }

  private grow(minBytes: number): void {
    let size = Math.max(16, this.buffer.length * 2);
    while (size < minBytes) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer);
    this.buffer = next;
  }
}

/**
 * BitReader reads a stream written by BitWriter. Reading past the end yields
 * zero bits; callers know the sample count and never do so on valid data.
 */
export class BitReader {
  /** pos is the index of the next bit to read. */
  pos: number;

  constructor(
    private readonly bytes: Uint8Array,
    startBit = 0,
  ) {
    this.pos = startBit;
  }

  readBit(): number {
    const p = this.pos++;
    return ((this.bytes[p >>> 3] ?? 0) >>> (7 - (p & 7))) & 1;
  }

  /** readBits returns the next `n` bits (0 <= n <= 32) as an unsigned integer. */
  readBits(n: number): number {
    let acc = 0;
    const bytes = this.bytes;
    while (n > 0) {
      const p = this.pos;
      const used = p & 7;
      const avail = 8 - used;
      const take = n < avail ? n : avail;
      const byte = bytes[p >>> 3] ?? 0;
      acc = (acc << take) | ((byte >>> (avail - take)) & ((1 << take) - 1));
      n -= take;
      this.pos = p + take;
    }
    return acc >>> 0;
  }
}
