/**
 * STAGE_CAP is the most samples one chunk holds. An open chunk stages its
 * samples (raw, not yet encoded) in a slot of this many samples.
 */
export const STAGE_CAP = 128;

/** Slots a table starts with; it doubles when they run out. */
const INITIAL_SLOTS = 64;

/**
 * StageTable holds the open chunks of one head in slots of shared typed
 * arrays, column by column: a slot's sample count, first and last
 * timestamps, and its samples (sample k of slot s: timestamp
 * data[(s * STAGE_CAP + k) * 2], value at the next index). A scrape then
 * appends a target's samples with a few stores into arrays that stay in
 * the processor's cache, where coding each sample into its chunk's own
 * objects missed the cache several times per sample: the series, its
 * chunk, the chunk's coder and buffer all sat in different places. A
 * series keeps the same slot from chunk to chunk (a closed chunk's slot is
 * the next one handed out), so a target's series keep theirs side by side.
 *
 * `epoch[s]` changes whenever slot s is freed, so a series' cached slot is
 * checked with one comparison before it is written (see MemSeries).
 */
export class StageTable {
  data = new Float64Array(INITIAL_SLOTS * STAGE_CAP * 2);
  count = new Int32Array(INITIAL_SLOTS);
  minT = new Float64Array(INITIAL_SLOTS);
  maxT = new Float64Array(INITIAL_SLOTS);
  epoch = new Int32Array(INITIAL_SLOTS);
  private readonly free: number[] = [];
  private used = 0;

  /** inUse is the number of slots held by open chunks. */
  get inUse(): number {
    return this.used - this.free.length;
  }

  /** alloc returns an empty slot. */
  alloc(): number {
    const slot = this.free.pop() ?? this.used++;
    if (slot >= this.count.length) this.grow();
    this.count[slot] = 0;
    this.minT[slot] = Infinity;
    this.maxT[slot] = -Infinity;
    return slot;
  }

  /** release frees a slot (its chunk closed or was dropped). */
  release(slot: number): void {
    this.epoch[slot] = (this.epoch[slot]! + 1) | 0;
    this.count[slot] = 0;
    this.free.push(slot);
  }

  private grow(): void {
    const slots = this.count.length * 2;
    this.data = grown(this.data, new Float64Array(slots * STAGE_CAP * 2));
    this.count = grown(this.count, new Int32Array(slots));
    this.minT = grown(this.minT, new Float64Array(slots));
    this.maxT = grown(this.maxT, new Float64Array(slots));
    this.epoch = grown(this.epoch, new Int32Array(slots));
  }
}

/**
 * stageAppend appends (t, v) to the open chunk in `slot` when it is the
 * common case: the slot still has the epoch the caller took it at, t is
 * later than its last sample, and it holds at least one and fewer than
 * `chunkSize` samples. Returns false, changing nothing, otherwise (the
 * caller then goes through the series and its chunk).
 */
export function stageAppend(table: StageTable, slot: number, epoch: number, t: number, v: number, chunkSize: number): boolean {
  if (table.epoch[slot] !== epoch) return false;
  const k = table.count[slot]!;
  if (!(t > table.maxT[slot]!) || k >= chunkSize || k === 0) return false;
  const at = (slot * STAGE_CAP + k) * 2;
  table.data[at] = t;
  // Every NaN is stored as the one NaN a literal gives, so reads never see a payload.
  table.data[at + 1] = v === v ? v : NaN;
  table.maxT[slot] = t;
  table.count[slot] = k + 1;
  return true;
}

function grown<T extends Float64Array | Int32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}

/** DETACHED is the table of chunks made outside any head (tests, tools). */
export const DETACHED = new StageTable();
