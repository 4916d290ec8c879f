import type { FloatChunk } from './chunk';
import { ChunkCursor, type DecodeTarget } from './chunk-decode';
import { clockEvict } from './clock-evict';
import { decodeStartTimes } from './start-times';

/**
 * DecodedChunk is one chunk's samples decoded in full: the first `count`
 * entries of each array, which never change once built. The arrays of an
 * open chunk are longer, with room for the samples appended later.
 */
export interface DecodedChunk {
  /** count is the chunk's sample count when it was decoded. */
  readonly count: number;
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  readonly stale: Uint8Array;
  /** sts holds start timestamps (ms, 0 = unknown) when the chunk has any. */
  readonly sts?: Float64Array;
}

/**
 * Tail is the growing decode of an open chunk: arrays with spare room past
 * the samples read so far and the cursor that resumes reading after appends.
 */
interface Tail {
  buf: DecodeTarget;
  readonly cursor: ChunkCursor;
}

/** Entry is a cached chunk with its CLOCK bit. */
interface Entry {
  /** The cache holding it: the entry is also kept on the chunk (see FloatChunk.cacheEntry), which any cache may set. */
  readonly owner: DecodedChunkCache;
  d: DecodedChunk;
  /** used is set on every hit and cleared when eviction passes the entry over once. */
  used: boolean;
  /** tail is set while the chunk is open (and has no start times): appends are decoded incrementally. */
  tail: Tail | undefined;
}

/**
 * MIN_TAIL is the initial room (samples) of an open chunk's decode. The room
 * grows fourfold (32, then 128: a chunk of the default 120 samples), since
 * rules read open chunks again at every evaluation until they are full.
 */
const MIN_TAIL = 32;

/**
 * DecodedChunkCache keeps recently decoded chunks; once more than
 * `budgetSamples` samples are held (17 bytes each) it evicts by CLOCK
 * (second chance: approximately least recently used, but a hit only sets
 * a flag instead of reordering the map). Dashboards and rules re-run the
 * same queries over the same chunks every refresh, and bit-level decoding
 * was the largest single cost of a query.
 *
 * It cannot serve stale samples: a chunk only ever changes by appends, each
 * of which raises its count, so an entry is used as is only while the
 * chunk's count still equals the count it was decoded at. An open chunk's
 * entry is extended instead of read again: appends never change the samples
 * already staged, so the cursor copies only the new ones past the old ones
 * (views handed out earlier end before them and never change); once the
 * chunk closes, the cursor decodes its stream, which holds the same
 * samples. Chunks rebuilt by retention or backfill are new objects and miss.
 */
export class DecodedChunkCache {
  /** In insertion order, oldest first: the order eviction visits them. */
  private readonly entries = new Map<FloatChunk, Entry>();
  private held = 0;

  constructor(private readonly budgetSamples: number) {}

  /** get returns the chunk's samples, decoding them (or only the new ones) on a miss. */
  get(chunk: FloatChunk): DecodedChunk {
    const entries = this.entries;
    // The chunk's own pointer spares a hash lookup; another cache may have taken it over.
    const mine = chunk.cacheEntry as Entry | undefined;
    const hit = mine !== undefined && mine.owner === this ? mine : entries.get(chunk);
    if (hit !== undefined) {
      if (hit.d.count === chunk.count) {
        hit.used = true;
        return hit.d;
      }
      // A chunk whose samples began to carry start times is decoded afresh.
      if (hit.tail !== undefined && chunk.startTimes === undefined) {
        const old = hit.d.count;
        hit.d = extend(hit.tail, chunk);
        hit.used = true;
        if (!chunk.isOpen) hit.tail = undefined;
        this.held += hit.d.count - old;
        if (this.held > this.budgetSamples) this.evict();
        return hit.d;
      }
      entries.delete(chunk);
      chunk.cacheEntry = undefined;
      this.held -= hit.d.count;
    }
    const n = chunk.count;
    let d: DecodedChunk;
    let tail: Tail | undefined;
    if (chunk.startTimes !== undefined) {
      d = { count: n, ts: new Float64Array(n), vs: new Float64Array(n), stale: new Uint8Array(n), sts: new Float64Array(n) };
      new ChunkCursor().decodeTo(chunk, d);
      decodeStartTimes(chunk.startTimes, d.ts, d.sts!, 0);
    } else if (chunk.isOpen) {
      tail = { buf: emptyBuf(0), cursor: new ChunkCursor() };
      d = extend(tail, chunk);
    } else {
      d = { count: n, ts: new Float64Array(n), vs: new Float64Array(n), stale: new Uint8Array(n) };
      new ChunkCursor().decodeTo(chunk, d);
    }
    if (n > this.budgetSamples) return d;
    const entry: Entry = { owner: this, d, used: false, tail };
    entries.set(chunk, entry);
    chunk.cacheEntry = entry;
    this.held += n;
    if (this.held > this.budgetSamples) this.evict();
    return d;
  }

  /** evict drops entries not used since eviction last passed them until the budget holds. */
  private evict(): void {
    clockEvict(
      this.entries,
      () => this.held <= this.budgetSamples,
      (chunk, e) => {
        if (chunk.cacheEntry === e) chunk.cacheEntry = undefined;
        this.held -= e.d.count;
      },
    );
  }
}

function emptyBuf(capacity: number): DecodeTarget {
  return { ts: new Float64Array(capacity), vs: new Float64Array(capacity), stale: new Uint8Array(capacity) };
}

/**
 * extend decodes the chunk's new samples into the tail (growing its room
 * fourfold) and returns them all. The arrays are the tail's own, not views
 * (a subarray costs more than decoding a sample).
 */
function extend(tail: Tail, chunk: FloatChunk): DecodedChunk {
  const n = chunk.count;
  let buf = tail.buf;
  if (buf.ts.length < n) {
    const grown = emptyBuf(Math.max(MIN_TAIL, n, 4 * buf.ts.length));
    const k = tail.cursor.read;
    grown.ts.set(buf.ts.subarray(0, k));
    grown.vs.set(buf.vs.subarray(0, k));
    grown.stale.set(buf.stale.subarray(0, k));
    tail.buf = buf = grown;
  }
  tail.cursor.decodeTo(chunk, buf);
  return { count: n, ts: buf.ts, vs: buf.vs, stale: buf.stale };
}
