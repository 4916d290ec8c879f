import type { FloatChunk } from './chunk';
import { clockEvict } from './clock-evict';
import type { DecodedChunk } from './decoded-cache';

/** Joined is a run of a series' chunks decoded end to end: the first `length` entries of its arrays. */
export interface Joined {
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  readonly stale: Uint8Array;
  readonly length: number;
}

/** Entry is one series' cached run with its CLOCK bit. */
interface Entry {
  /** The chunks joined, in order, and the sample count each had when it was joined. */
  readonly chunks: FloatChunk[];
  readonly counts: number[];
  ts: Float64Array;
  vs: Float64Array;
  stale: Uint8Array;
  length: number;
  used: boolean;
}

/** ROOM is the spare capacity (samples) a run keeps for appends to its open last chunk (8 min at 15 s). */
const ROOM = 32;

/**
 * JoinedChunkCache keeps, per series, the concatenation of the chunks a
 * range read last spanned, so that reads across chunk boundaries hand out
 * views instead of copying every sample into fresh arrays. A dashboard
 * reads the same hour of the same series several times per refresh, and
 * again 15 s later: the run is reused as long as it consists of the same
 * chunk objects, and extended in place when its last (open) chunk grew —
 * appends never change samples already joined, and views handed out
 * earlier end before the new ones. Any other change (a chunk cut or
 * rebuilt, a run starting at another chunk) joins afresh. Runs are
 * evicted by CLOCK once their capacities exceed `budgetSamples`.
 */
export class JoinedChunkCache {
  /** In insertion order, oldest first: the order eviction visits them. */
  private readonly entries = new Map<object, Entry>();
  private held = 0;

  constructor(private readonly budgetSamples: number) {}

  /**
   * get returns chunks[first, end) of series `key` end to end, decoded by
   * `decode`, or undefined when the run would not fit the budget (the
   * caller copies instead).
   */
  get(key: object, chunks: readonly FloatChunk[], first: number, end: number, decode: (c: FloatChunk) => DecodedChunk): Joined | undefined {
    const e = this.entries.get(key);
    if (e !== undefined) {
      if (sameRun(e, chunks, first, end)) {
        e.used = true;
        const last = chunks[end - 1]!;
        if (last.count !== e.counts[e.counts.length - 1]) this.extend(e, decode(last), e.counts.length - 1);
        return e;
      }
      this.drop(key, e);
    }
    let n = 0;
    for (let i = first; i < end; i++) n += chunks[i]!.count;
    const capacity = n + (chunks[end - 1]!.isOpen ? ROOM : 0);
    if (capacity > this.budgetSamples / 4) return undefined;
    const fresh: Entry = {
      chunks: chunks.slice(first, end),
      counts: [],
      ts: new Float64Array(capacity),
      vs: new Float64Array(capacity),
      stale: new Uint8Array(capacity),
      length: 0,
      used: false,
    };
    for (let i = first; i < end; i++) {
      fresh.counts.push(0);
      this.extend(fresh, decode(chunks[i]!), i - first);
    }
    this.entries.set(key, fresh);
    this.held += capacity;
    if (this.held > this.budgetSamples) this.evict();
    return fresh;
  }

  /** extend appends the samples part k gained since it was joined (part k is the run's last one holding samples). */
  private extend(e: Entry, d: DecodedChunk, k: number): void {
    const from = e.counts[k]!;
    const add = d.count - from;
    const need = e.length + add;
    if (need > e.ts.length) {
      const capacity = Math.max(need + ROOM, 2 * e.ts.length);
      this.held += capacity - e.ts.length;
      e.ts = grow(e.ts, new Float64Array(capacity), e.length);
      e.vs = grow(e.vs, new Float64Array(capacity), e.length);
      e.stale = grow(e.stale, new Uint8Array(capacity), e.length);
    }
    const { ts, vs, stale } = e;
    let at = e.length;
    for (let i = from; i < d.count; i++, at++) {
      ts[at] = d.ts[i]!;
      vs[at] = d.vs[i]!;
      stale[at] = d.stale[i]!;
    }
    e.length = at;
    e.counts[k] = d.count;
  }

  private drop(key: object, e: Entry): void {
    this.entries.delete(key);
    this.held -= e.ts.length;
  }

  /** evict drops runs not used since eviction last passed them until the budget holds. */
  private evict(): void {
    clockEvict(
      this.entries,
      () => this.held <= this.budgetSamples,
      (_key, e) => {
        this.held -= e.ts.length;
      },
    );
  }
}

/** sameRun reports whether the run is chunks[first, end) and only its last chunk may have changed (grown) since. */
function sameRun(e: Entry, chunks: readonly FloatChunk[], first: number, end: number): boolean {
  if (e.chunks.length !== end - first) return false;
  const lastK = e.chunks.length - 1;
  for (let k = 0; k <= lastK; k++) {
    const c = chunks[first + k]!;
    if (c !== e.chunks[k]) return false;
    if (k < lastK && c.count !== e.counts[k]) return false;
  }
  return true;
}

function grow<T extends Float64Array | Uint8Array>(old: T, next: T, length: number): T {
  next.set(old.subarray(0, length));
  return next;
}
