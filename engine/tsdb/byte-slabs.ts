/**
 * Closed streams (a full chunk's bytes, its start-time column) are copied
 * side by side into shared slabs instead of keeping a small buffer each. A
 * day of the default world closes ~250,000 chunks: one buffer per chunk is an
 * off-heap allocation plus two heap objects that every garbage collection
 * walks, while a slab is one buffer for hundreds of chunks. A slab is freed
 * with the last stream that lives in it; chunks that close together (the
 * same scrape wave) share slabs, and retention drops them together.
 */

/** SLAB_BYTES is the size of one slab: a few hundred chunks of the default world. */
const SLAB_BYTES = 1 << 16;
/** A stream larger than this gets a buffer of its own, so a slab never wastes more than this at its end. */
const MAX_SHARED = SLAB_BYTES >>> 4;

let slab = new Uint8Array(SLAB_BYTES);
let used = 0;

/** StoredBytes is where a stream was put: `length` bytes of `buffer` from `offset`. */
export interface StoredBytes {
  buffer: Uint8Array;
  offset: number;
}

/**
 * storeBytes copies the first `length` bytes of `src` into a slab and sets
 * `into` to their place (an out-parameter: no object per call).
 */
export function storeBytes(src: Uint8Array, length: number, into: StoredBytes): void {
  if (length > MAX_SHARED) {
    into.buffer = src.slice(0, length);
    into.offset = 0;
    return;
  }
  if (used + length > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    used = 0;
  }
  // A plain loop: streams are short, and subarray() + set() would allocate a view per stream.
  for (let i = 0; i < length; i++) slab[used + i] = src[i]!;
  into.buffer = slab;
  into.offset = used;
  used += length;
}
