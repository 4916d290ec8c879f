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

/** Entry is a cached chunk with its CLOCK bit. */
interface Entry {
  readonly d: DecodedChunk;
  /** used is set on every hit and cleared when eviction passes the entry over once. */
  used: boolean;
}

/**
 * DecodedChunkCache keeps recently decoded chunks; once more than
 * `budgetSamples` samples are held (17 bytes each) it evicts by CLOCK
 * (second chance: approximately least recently used, but a hit only sets
 * a flag instead of reordering the map). Dashboards re-run the same queries
 * over the same chunks every refresh, and bit-level decoding was the
 * largest single cost of a query.
 *
 * It cannot serve stale samples: a chunk only ever changes by appends, each
 * of which raises its count, so an entry is used only while the chunk's
 * count still equals the count it was decoded at. Chunks rebuilt by
 * retention or backfill are new objects and miss.
 */
export class DecodedChunkCache {
  /** In insertion order, oldest first: the order eviction visits them. */
  private readonly entries = new Map<FloatChunk, Entry>();
  private held = 0;

  constructor(private readonly budgetSamples: number) {}

  /** get returns the chunk's samples, decoding them on a miss. */
  get(chunk: FloatChunk): DecodedChunk {
    const entries = this.entries;
    const hit = entries.get(chunk);
    if (hit !== undefined) {
      if (hit.d.count === chunk.count) {
        hit.used = true;
        return hit.d;
      }
      entries.delete(chunk);
      this.held -= hit.d.count;
    }
    const n = chunk.count;
    const d: DecodedChunk = { count: n, ts: new Float64Array(n), vs: new Float64Array(n), stale: new Uint8Array(n), ...startTimesOf(chunk) };
    decodeChunk(chunk, -Infinity, Infinity, d, 0);
    if (d.sts !== undefined) decodeStartTimes(chunk.startTimes!, d.ts, d.sts, 0);
    if (n > this.budgetSamples) return d;
    entries.set(chunk, { d, used: false });
    this.held += n;
    if (this.held > this.budgetSamples) this.evict();
    return d;
  }

  /** evict drops entries not used since eviction last passed them until the budget holds. */
  private evict(): void {
    const entries = this.entries;
    while (this.held > this.budgetSamples) {
      for (const [k, e] of entries) {
        entries.delete(k);
        if (e.used) {
          // Second chance: to the back of the queue.
          e.used = false;
          entries.set(k, e);
        } else {
          this.held -= e.d.count;
          if (this.held <= this.budgetSamples) return;
        }
      }
    }
  }
}

/** startTimesOf gives a chunk with start timestamps room for them (nothing for the others, keeping the hot shape). */
function startTimesOf(chunk: FloatChunk): { sts?: Float64Array } {
  return chunk.startTimes !== undefined ? { sts: new Float64Array(chunk.count) } : {};
}
