import type { FloatChunk } from './chunk';
import { decodeChunk } from './chunk-decode';
import { decodeStartTimes } from './start-times';

/** DecodedChunk is one chunk's samples decoded in full; never mutated once built. */
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
 * DecodedChunkCache keeps recently decoded chunks, least recently used
 * dropped first once more than `budgetSamples` samples are held (17 bytes
 * each). Dashboards re-run the same queries over the same chunks every
 * refresh, and bit-level decoding was the largest single cost of a query.
 *
 * It cannot serve stale samples: a chunk only ever changes by appends, each
 * of which raises its count, so an entry is used only while the chunk's
 * count still equals the count it was decoded at. Chunks rebuilt by
 * retention or backfill are new objects and miss.
 */
export class DecodedChunkCache {
  /** A Map iterates in insertion order: re-inserting on use keeps the oldest first. */
  private readonly entries = new Map<FloatChunk, DecodedChunk>();
  private held = 0;

  constructor(private readonly budgetSamples: number) {}

  /** get returns the chunk's samples, decoding them on a miss. */
  get(chunk: FloatChunk): DecodedChunk {
    const entries = this.entries;
    const hit = entries.get(chunk);
    if (hit !== undefined) {
      entries.delete(chunk);
      if (hit.count === chunk.count) {
        entries.set(chunk, hit);
        return hit;
      }
      this.held -= hit.count;
    }
    const n = chunk.count;
    const d: DecodedChunk = {
      count: n,
      ts: new Float64Array(n),
      vs: new Float64Array(n),
      stale: new Uint8Array(n),
      ...(chunk.startTimes !== undefined ? { sts: new Float64Array(n) } : {}),
    };
    decodeChunk(chunk, -Infinity, Infinity, d, 0);
    if (d.sts !== undefined) decodeStartTimes(chunk.startTimes!, d.ts, d.sts, 0);
    if (n > this.budgetSamples) return d;
    entries.set(chunk, d);
    this.held += n;
    for (const [k, v] of entries) {
      if (this.held <= this.budgetSamples) break;
      entries.delete(k);
      this.held -= v.count;
    }
    return d;
  }
}
