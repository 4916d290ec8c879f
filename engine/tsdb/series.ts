import type { Labels } from '../model/labels';
import { AppendError, ERR_DUPLICATE, ERR_OUT_OF_ORDER, type SampleBatch } from '../storage/interface';
import { floatBits } from './float-bits';
import { FloatChunk } from './chunk';
import { DETACHED, stageAppend, type StageTable } from './stage-table';
import { DecodedChunkCache, type DecodedChunk } from './decoded-cache';
import { JoinedChunkCache, type Joined } from './joined-cache';
import { decodeAll, encodeSamples, firstChunkEndingAtOrAfter, PRICE_EVERY } from './chunk-list';

/** EMPTY_BATCH is shared by every read that finds no samples; never mutated. */
const EMPTY_BATCH: SampleBatch = Object.freeze({
  ts: new Float64Array(0),
  vs: new Float64Array(0),
  stale: new Uint8Array(0),
  length: 0,
});

/**
 * DECODED is the process-wide cache of decoded chunks, 2^21 samples (~35 MB)
 * at most; see DecodedChunkCache for why it never serves stale samples. A
 * query that reads more than that in a cycle misses every time (and pays for
 * the churn), so the budget covers the 10× benchmark world (1.6M samples).
 */
const DECODED = new DecodedChunkCache(1 << 21);

/** sliceOf is the part of one decoded chunk in [minT, maxT]: the cached arrays themselves, or views of them. */
function sliceOf(d: DecodedChunk, minT: number, maxT: number): SampleBatch {
  const a = lowerBound(d.ts, d.count, minT);
  const b = upperBound(d.ts, d.count, maxT);
  if (b <= a) return EMPTY_BATCH;
  // An open chunk's arrays have room past its samples: those are never handed out whole.
  const whole = a === 0 && b === d.ts.length;
  const out = whole
    ? { ts: d.ts, vs: d.vs, stale: d.stale, length: b }
    : { ts: d.ts.subarray(a, b), vs: d.vs.subarray(a, b), stale: d.stale.subarray(a, b), length: b - a };
  // Start times only for chunks that have any, so other batches keep their shape.
  if (d.sts === undefined) return out;
  return { ...out, sts: whole ? d.sts : d.sts.subarray(a, b) };
}

/**
 * JOINED keeps runs of decoded chunks end to end for reads that span
 * several chunks, 2^19 samples (~9 MB) at most: enough for the default
 * dashboards' hour of every series they show.
 */
const JOINED = new JoinedChunkCache(1 << 19);

function decodeChunk(c: FloatChunk): DecodedChunk {
  return DECODED.get(c);
}

/**
 * worthJoining tells the reads that go through JOINED: those that want most
 * of the chunks they touch (a dashboard's hour, not a rule's five minutes
 * across a chunk boundary, which copies far less than joining would) and
 * whose chunks carry no start times (those are copied along with them).
 */
function worthJoining(chunks: readonly FloatChunk[], first: number, end: number, minT: number, maxT: number): boolean {
  const spanMs = chunks[end - 1]!.maxT - chunks[first]!.minT;
  if (2 * (Math.min(maxT, chunks[end - 1]!.maxT) - Math.max(minT, chunks[first]!.minT)) < spanMs) return false;
  for (let i = first; i < end; i++) if (chunks[i]!.startTimes !== undefined) return false;
  return true;
}

/** sliceOfRun is the part of a joined run in [minT, maxT], as views of its arrays. */
function sliceOfRun(run: Joined, minT: number, maxT: number): SampleBatch {
  const a = lowerBound(run.ts, run.length, minT);
  const b = upperBound(run.ts, run.length, maxT);
  if (b <= a) return EMPTY_BATCH;
  return { ts: run.ts.subarray(a, b), vs: run.vs.subarray(a, b), stale: run.stale.subarray(a, b), length: b - a };
}

/** lowerBound is the first index i < n with ts[i] >= t (n when none). */
function lowerBound(ts: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** upperBound is the first index i < n with ts[i] > t (n when none). */
function upperBound(ts: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * MemSeries is one series in the head: its labels, its id in the postings
 * index and its chunks in time order. Every chunk but the last is closed;
 * the last takes appends until it holds `chunkSize` samples.
 */
export class MemSeries {
  readonly chunks: FloatChunk[] = [];
  /** tail is the newest chunk (the one appends go to), kept beside `chunks` to spare a lookup per append. */
  private tail: FloatChunk | undefined;
  /** removed is set once the series has left the head (a cached handle must not be used). */
  removed = false;
  /** rank is the series' position in label order while the head's LabelOrder is valid. */
  rank = 0;
  /** head is the head that holds the series (series refs handed out by one head are checked against it). */
  head: object | undefined;
  /** lastLabelsObject is the label-set object of the last uncached lookup (see MemHead.appendValue). */
  lastLabelsObject: Labels | undefined;
  /**
   * slot/epoch are the tail's slot in `table` and that slot's epoch when
   * the series took it (slot -1: none): while the epoch holds, an append
   * goes straight into the slot without touching the chunk (see append).
   */
  private slot = -1;
  private epoch = 0;
  /** cuts counts the chunks the series has opened. */
  private cuts = 0;

  constructor(
    readonly id: number,
    readonly labels: Labels,
    /** hash is hashLabels(labels). */
    readonly hash: number,
    /** table stages the series' open chunk (its head's). */
    readonly table: StageTable = DETACHED,
  ) {}

  get minT(): number {
    return this.chunks.length === 0 ? Infinity : this.chunks[0]!.minT;
  }

  get maxT(): number {
    return this.chunks.length === 0 ? -Infinity : this.chunks[this.chunks.length - 1]!.maxT;
  }

  /**
   * lastT is the newest timestamp (ms), -Infinity when the series is empty:
   * the tail's, rather than a field of its own, as a double field is a
   * separate heap number that every append would touch once more.
   */
  get lastT(): number {
    return this.tail === undefined ? -Infinity : this.tail.maxT;
  }

  get sampleCount(): number {
    let n = 0;
    for (const c of this.chunks) n += c.count;
    return n;
  }

  /**
   * hasSamplesIn reports whether a chunk overlaps [minT, maxT]; a gap inside
   * one chunk can still make a read of that range come back empty.
   */
  hasSamplesIn(minT: number, maxT: number): boolean {
    const c = this.chunks[firstChunkEndingAtOrAfter(this.chunks, minT)];
    return c !== undefined && c.minT <= maxT;
  }

  /**
   * append adds the sample (t, v), or a staleness marker at t when `stale`.
   * An older timestamp than the newest is out of order; the same timestamp
   * is a no-op with an identical value and a duplicate otherwise, as in
   * Prometheus. Returns false when the sample was an accepted repeat
   * (nothing stored). `st` is the sample's start timestamp (ms, 0 = unknown).
   */
  append(t: number, v: number, stale: boolean, chunkSize: number, st = 0): boolean {
    // The common case, inlined into the callers' loops: a plain value, later
    // than the last, into the tail's slot with room left. It reads only this
    // series and the table (see StageTable), never the chunk.
    const slot = this.slot;
    if (slot >= 0 && !stale && st === 0 && stageAppend(this.table, slot, this.epoch, t, v, chunkSize)) return true;
    return this.appendToChunk(t, v, stale, chunkSize, st);
  }

  /** stagedSlot/stagedEpoch are the tail's slot for stageAppend (slot -1: appends go through append). */
  get stagedSlot(): number {
    return this.slot;
  }

  get stagedEpoch(): number {
    return this.epoch;
  }

  /** appendToChunk is append through the tail chunk: a new chunk, a repeat, a marker, a start time. */
  private appendToChunk(t: number, v: number, stale: boolean, chunkSize: number, st: number): boolean {
    const head = this.tail;
    if (head !== undefined && t <= head.maxT) {
      if (t < head.maxT) throw new AppendError('out_of_order', ERR_OUT_OF_ORDER);
      if (head.lastIs(v, stale)) return false;
      throw new AppendError('duplicate', ERR_DUPLICATE);
    }
    // Every NaN is stored as the one NaN a literal gives, so reads never see a payload.
    if (v !== v) v = NaN;
    if (head === undefined || head.count >= chunkSize || !head.append(t, v, stale, st)) {
      head?.close();
      // Every PRICE_EVERY-th chunk prices the other coding (see encodeChunk).
      const next = new FloatChunk(head?.prefersXor, this.table, this.cuts++ % PRICE_EVERY === 0);
      next.append(t, v, stale, st);
      this.chunks.push(next);
      this.tail = next;
    }
    this.takeSlot();
    return true;
  }

  /** takeSlot caches the tail's slot for the fast append path, unless the tail is closed or keeps start times. */
  private takeSlot(): void {
    const tail = this.tail;
    if (tail === undefined || !tail.isOpen || tail.startTimes !== undefined || tail.table !== this.table) {
      this.slot = -1;
      return;
    }
    this.slot = tail.slot;
    this.epoch = this.table.epoch[tail.slot]!;
  }

  /**
   * samples returns the samples with minT <= t <= maxT. Only chunks that
   * overlap the range are read, through the shared cache of decoded chunks;
   * a range inside one chunk comes back as views of the cached arrays.
   */
  samples(minT: number, maxT: number): SampleBatch {
    const chunks = this.chunks;
    const first = firstChunkEndingAtOrAfter(chunks, minT);
    let end = first;
    while (end < chunks.length && chunks[end]!.minT <= maxT) end++;
    if (end === first) return EMPTY_BATCH;
    if (end === first + 1) return sliceOf(DECODED.get(chunks[first]!), minT, maxT);
    if (worthJoining(chunks, first, end, minT, maxT)) {
      const run = JOINED.get(this, chunks, first, end, decodeChunk);
      if (run !== undefined) return sliceOfRun(run, minT, maxT);
    }
    const parts: DecodedChunk[] = [];
    let n = 0;
    for (let i = first; i < end; i++) {
      const d = DECODED.get(chunks[i]!);
      parts.push(d);
      n += upperBound(d.ts, d.count, maxT) - lowerBound(d.ts, d.count, minT);
    }
    if (n <= 0) return EMPTY_BATCH;
    const ts = new Float64Array(n);
    const vs = new Float64Array(n);
    const stale = new Uint8Array(n);
    // Start times only when a chunk in range has any (zeros, i.e. unknown, for the others).
    const sts = parts.some((d) => d.sts !== undefined) ? new Float64Array(n) : undefined;
    let at = 0;
    for (const d of parts) {
      // A plain loop: the parts are short, and subarray() + set() allocate views.
      const from = at;
      const lo = lowerBound(d.ts, d.count, minT);
      const hi = upperBound(d.ts, d.count, maxT);
      for (let i = lo; i < hi; i++, at++) {
        ts[at] = d.ts[i]!;
        vs[at] = d.vs[i]!;
        stale[at] = d.stale[i]!;
      }
      if (sts !== undefined && d.sts !== undefined) sts.set(d.sts.subarray(lo, hi), from);
    }
    return sts === undefined ? { ts, vs, stale, length: n } : { ts, vs, stale, sts, length: n };
  }

  /**
   * dropRange removes the samples with minT <= t <= maxT: chunks wholly
   * inside go at once, and the chunks that straddle a bound are re-encoded
   * without them. Returns the number of samples removed.
   */
  dropRange(minT: number, maxT: number, chunkSize: number): number {
    const chunks = this.chunks;
    const first = firstChunkEndingAtOrAfter(chunks, minT);
    let end = first;
    while (end < chunks.length && chunks[end]!.minT <= maxT) end++;
    if (first === end) return 0;
    let removed = 0;
    const straddling: FloatChunk[] = [];
    for (let i = first; i < end; i++) {
      const c = chunks[i]!;
      removed += c.count;
      if (c.minT < minT || c.maxT > maxT) straddling.push(c);
    }
    // Only chunks that straddle a bound need decoding; the rest go whole.
    const old = decodeAll(straddling);
    for (let i = first; i < end; i++) chunks[i]!.discard();
    const rebuilt = encodeSamples(old, chunkSize, this.table, (i) => old.ts[i]! < minT || old.ts[i]! > maxT);
    for (const c of rebuilt) removed -= c.count;
    // Only the newest chunk may stay open for appends.
    if (end < chunks.length) for (const c of rebuilt) c.close();
    chunks.splice(first, end - first, ...rebuilt);
    this.resetLast();
    return removed;
  }

  /**
   * mergedChunks returns the series' chunks with extra samples (strictly
   * increasing ts) merged in by time, leaving the series untouched so a
   * caller can check many series before changing any. A timestamp present on
   * both sides must carry identical value bits, else it is a duplicate.
   */
  mergedChunks(ts: ArrayLike<number>, vs: ArrayLike<number>, chunkSize: number): FloatChunk[] {
    const old = decodeAll(this.chunks);
    const total = old.length + ts.length;
    const out = { ts: new Float64Array(total), vs: new Float64Array(total), stale: new Uint8Array(total), length: 0 };
    // Merged samples have no start time; stored ones keep theirs.
    const oldSts = old.sts;
    const sts = oldSts !== undefined ? new Float64Array(total) : undefined;
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < old.length || j < ts.length) {
      const a = i < old.length ? old.ts[i]! : Infinity;
      const b = j < ts.length ? ts[j]! : Infinity;
      if (a === b) {
        if (old.stale[i] === 1 || !sameBits(old.vs[i]!, vs[j]!)) throw new AppendError('duplicate', ERR_DUPLICATE);
        j++;
        continue;
      }
      if (a < b) {
        if (sts !== undefined) sts[n] = oldSts![i]!;
        out.ts[n] = a;
        out.vs[n] = old.vs[i]!;
        out.stale[n++] = old.stale[i++]!;
      } else {
        out.ts[n] = b;
        out.vs[n++] = vs[j++]!;
      }
    }
    return encodeSamples({ ...out, ...(sts !== undefined ? { sts } : {}), length: n }, chunkSize, this.table);
  }

  /** replaceChunks installs chunks built by mergedChunks (of a series with the same table). */
  replaceChunks(chunks: FloatChunk[]): void {
    for (const c of this.chunks) if (!chunks.includes(c)) c.discard();
    this.chunks.length = 0;
    this.chunks.push(...chunks);
    this.resetLast();
  }

  /** resetLast finds the newest chunk again after chunks were dropped or rebuilt. */
  private resetLast(): void {
    this.tail = this.chunks[this.chunks.length - 1];
    this.takeSlot();
  }
}

const bitsA = new Uint32Array(2);
const bitsB = new Uint32Array(2);

/** sameBits compares two values as Prometheus does: by their bits (NaN equals NaN, 0 differs from -0). */
function sameBits(a: number, b: number): boolean {
  floatBits(a, bitsA);
  floatBits(b, bitsB);
  return bitsA[0] === bitsB[0] && bitsA[1] === bitsB[1];
}
