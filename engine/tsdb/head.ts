import { compareStrings, formatLabels, labelsKey, type Labels } from '../model/labels';
import type { CompiledMatcher } from '../model/matchers';
import type { Histogram } from '../model/samples';
import { AppendError, ERR_OUT_OF_BOUNDS, type Appender, type MetricMetadata, type Querier, type SeriesRef } from '../storage/interface';
import { MAX_ABS_TIME, type FloatChunk } from './chunk';
import { LabelOrder } from './label-order';
import { PostingsIndex } from './postings';
import { createQuerier, type HeadReader } from './querier';
import { selectPostings } from './select';
import { appendHeadBatch, HeadBatch, type BatchTarget } from './append-batch';
import { SelectCache } from './select-cache';
import { STAGE_CAP, StageTable } from './stage-table';
import { MemSeries } from './series';
import { hashLabels, SeriesMap } from './series-map';
import { computeStats } from './stats';
import type { Head, HeadOptions, TsdbStats } from './types';

const DEFAULT_CHUNK_SIZE = 120;

/** createHead returns an empty in-memory head. */
export function createHead(opts: HeadOptions = {}): Head {
  return new MemHead(opts);
}

/** SeriesSamples is one series' samples for a bulk merge, timestamps (ms) strictly increasing. */
export interface SeriesSamples {
  readonly labels: Labels;
  readonly ts: ArrayLike<number>;
  readonly vs: ArrayLike<number>;
}

/**
 * mergeSeries merges whole runs of samples into a head, also older than what
 * the series already holds (as backfilled blocks overlap the head in
 * Prometheus). All or nothing: every series is checked before any changes.
 * Each label set may appear once per batch. Throws AppendError: 'duplicate'
 * for a timestamp already stored with another value, 'out_of_bounds' below
 * the truncation point.
 */
export function mergeSeries(head: Head, batch: readonly SeriesSamples[]): void {
  if (!(head instanceof MemHead)) throw new Error('mergeSeries needs a head made by createHead');
  head.merge(batch);
}

class MemHead implements Head, HeadReader {
  readonly index = new PostingsIndex();
  readonly metadataByFamily = new Map<string, MetricMetadata>();
  private readonly byLabels = new SeriesMap<MemSeries>();
  private readonly byId = new Map<number, MemSeries>();
  /**
   * Label-set objects that callers reuse (a scrape loop's cached series), by
   * identity: a hit skips hashing the labels. An object enters on its second
   * uncached use, so one-off objects never cost a WeakMap entry.
   */
  private readonly byLabelsObject = new WeakMap<Labels, MemSeries>();
  private readonly chunkSize: number;
  private readonly retentionMs: number | undefined;
  private nextId = 1;
  /** Appends below this time (ms) are out of bounds: the data there was truncated. */
  private minValidTime = -Infinity;
  private min = Infinity;
  private max = -Infinity;
  private readonly order = new LabelOrder();
  /** stage holds the series' open chunks (see StageTable). */
  private readonly stage = new StageTable();
  /** What appendHeadBatch sees of this head, and where it answers. */
  private readonly batchTarget: BatchTarget;
  private readonly batchResult = { failed: 0, stored: false };
  /** generation changes whenever a series enters or leaves the head (it keys the select cache). */
  private generation = 0;
  private readonly selects = new SelectCache<MemSeries>();
  private readonly appenderObject: Appender;

  constructor(opts: HeadOptions) {
    this.chunkSize = Math.min(STAGE_CAP, Math.max(1, Math.floor(opts.chunkSize ?? DEFAULT_CHUNK_SIZE)));
    this.batchTarget = { table: this.stage, chunkSize: this.chunkSize, seriesOf: (item) => this.seriesOfRef(item.ref, item.labels) };
    this.retentionMs = opts.retentionMs;
    this.appenderObject = {
      append: (labels, tMs, v, stMs = 0) => {
        if (stMs !== 0) this.checkStartTime(stMs);
        this.appendValue(labels, tMs, v, false, stMs);
      },
      appendRef: (ref, labels, tMs, v) => {
        this.checkTime(tMs);
        // A ref is one of this head's series objects, unless it left the head or comes from elsewhere.
        const s = this.seriesOfRef(ref, labels);
        if (s.append(tMs, v, false, this.chunkSize)) {
          if (tMs > this.max) this.max = tMs;
          if (tMs < this.min) this.min = tMs;
        }
        return s;
      },
      appendRefsAt: (tMs, items, vs, n) => {
        try {
          this.checkTime(tMs);
        } catch (e) {
          if (e instanceof AppendError) return n;
          throw e;
        }
        let failed = 0;
        for (let i = 0; i < n; i++) {
          const item = items[i]!;
          try {
            const s = this.seriesOfRef(item.ref, item.labels);
            if (s.append(tMs, vs[i]!, false, this.chunkSize)) {
              if (tMs > this.max) this.max = tMs;
              if (tMs < this.min) this.min = tMs;
            }
            item.ref = s;
          } catch (e) {
            if (!(e instanceof AppendError)) throw e;
            failed++;
          }
        }
        return failed;
      },
      prepareBatch: (items) => new HeadBatch(this, items),
      appendBatchAt: (tMs, batch, vs) => {
        // A batch another head prepared is only a list of items here.
        if (!(batch instanceof HeadBatch) || batch.owner !== this) return this.appenderObject.appendRefsAt!(tMs, batch.items, vs, batch.items.length);
        try {
          this.checkTime(tMs);
        } catch (e) {
          if (e instanceof AppendError) return batch.items.length;
          throw e;
        }
        appendHeadBatch(this.batchTarget, batch, tMs, vs, this.batchResult);
        if (this.batchResult.stored) {
          if (tMs > this.max) this.max = tMs;
          if (tMs < this.min) this.min = tMs;
        }
        return this.batchResult.failed;
      },
      appendStale: (labels, tMs) => this.appendValue(labels, tMs, NaN, true),
      appendHistogram: (_labels: Labels, _tMs: number, _h: Histogram) => {
        // Native histograms need their own chunk encoding (see ChunkEncoding); not built yet.
        throw new AppendError('invalid', 'native histograms are not supported yet');
      },
      setMetadata: (family, meta) => {
        this.metadataByFamily.set(family, meta);
      },
    };
  }

  get minTime(): number {
    return this.min;
  }

  get maxTime(): number {
    return this.max;
  }

  get numSeries(): number {
    return this.byLabels.size;
  }

  /** appender returns the head's appender; appends take effect at once (there is no commit). */
  appender(): Appender {
    return this.appenderObject;
  }

  querier(minT: number, maxT: number): Querier {
    return createQuerier(this, minT, maxT);
  }

  seriesById(id: number): MemSeries | undefined {
    return this.byId.get(id);
  }

  allSeries(): IterableIterator<MemSeries> {
    return this.byId.values();
  }

  sortByLabels(list: MemSeries[]): void {
    this.order.sort(list, () => this.byId.values(), this.byId.size);
  }

  selectSorted(matchers: readonly CompiledMatcher[]): readonly MemSeries[] {
    return this.selects.get(matchers, this.generation, () => {
      const ids = matchers.length === 0 ? this.index.allPostings() : selectPostings(this.index, matchers);
      const out: MemSeries[] = [];
      for (let i = 0; i < ids.length; i++) {
        const s = this.byId.get(ids[i]!);
        if (s !== undefined) out.push(s);
      }
      this.sortByLabels(out);
      return out;
    });
  }

  stats(limit = 10): TsdbStats {
    return computeStats(this, limit);
  }

  private appendValue(labels: Labels, t: number, v: number, stale: boolean, st = 0): void {
    this.checkTime(t);
    let s = this.byLabelsObject.get(labels);
    if (s === undefined || s.removed) {
      s = this.getOrCreate(labels);
      if (s.lastLabelsObject === labels) this.byLabelsObject.set(labels, s);
      else s.lastLabelsObject = labels;
    }
    if (!s.append(t, v, stale, this.chunkSize, st)) return;
    if (t > this.max) this.max = t;
    if (t < this.min) this.min = t;
  }

  private checkTime(t: number): void {
    if (!Number.isInteger(t) || t > MAX_ABS_TIME || t < -MAX_ABS_TIME) {
      throw new AppendError('invalid', `invalid timestamp ${t}: must be an integer number of milliseconds`);
    }
    if (t < this.minValidTime) throw new AppendError('out_of_bounds', ERR_OUT_OF_BOUNDS);
  }

  /** checkStartTime rejects start timestamps a chunk cannot hold (any integer ms within MAX_ABS_TIME is fine). */
  private checkStartTime(st: number): void {
    if (!Number.isInteger(st) || st > MAX_ABS_TIME || st < -MAX_ABS_TIME) {
      throw new AppendError('invalid', `invalid start timestamp ${st}: must be an integer number of milliseconds`);
    }
  }

  /** seriesOfRef is the series a ref this head handed out stands for while it is still here, else the one of `labels`. */
  private seriesOfRef(ref: SeriesRef | undefined, labels: Labels): MemSeries {
    const cached = ref as MemSeries | undefined;
    return cached !== undefined && cached.head === this && !cached.removed ? cached : this.getOrCreate(labels);
  }

  private getOrCreate(labels: Labels): MemSeries {
    const hash = hashLabels(labels);
    let s = this.byLabels.get(labels, hash);
    if (s === undefined) {
      validateLabels(labels);
      s = new MemSeries(this.nextId++, labels, hash, this.stage);
      s.head = this;
      this.byLabels.add(s);
      this.byId.set(s.id, s);
      this.index.add(s.id, labels);
      this.order.invalidate();
      this.generation++;
    }
    return s;
  }

  merge(batch: readonly SeriesSamples[]): void {
    const plans: { labels: Labels; series: MemSeries | undefined; chunks: FloatChunk[] }[] = [];
    const fresh = new MemSeries(0, [], 0, this.stage);
    const seen = new Set<string>();
    try {
      for (const b of batch) {
        if (b.ts.length === 0) continue;
        for (let i = 0; i < b.ts.length; i++) this.checkTime(b.ts[i]!);
        const key = labelsKey(b.labels);
        if (seen.has(key)) throw new Error('mergeSeries: a label set may appear only once per batch');
        seen.add(key);
        const series = this.byLabels.get(b.labels);
        if (series === undefined) validateLabels(b.labels);
        try {
          plans.push({ labels: b.labels, series, chunks: (series ?? fresh).mergedChunks(b.ts, b.vs, this.chunkSize) });
        } catch (e) {
          if (e instanceof AppendError) throw new AppendError(e.kind, `${e.message} in series ${formatLabels(b.labels)}`);
          throw e;
        }
      }
    } catch (e) {
      // Nothing changes: the chunks built so far give their stage slots back.
      for (const p of plans) for (const c of p.chunks) c.discard();
      throw e;
    }
    for (const p of plans) {
      const s = p.series ?? this.getOrCreate(p.labels);
      s.replaceChunks(p.chunks);
      if (s.minT < this.min) this.min = s.minT;
      if (s.maxT > this.max) this.max = s.maxT;
    }
  }

  deleteSeries(matchers: readonly CompiledMatcher[], minT = -Infinity, maxT = Infinity): number {
    const ids = selectPostings(this.index, matchers);
    let affected = 0;
    const emptied: MemSeries[] = [];
    for (let i = 0; i < ids.length; i++) {
      const s = this.byId.get(ids[i]!);
      if (s === undefined || !s.hasSamplesIn(minT, maxT)) continue;
      if (s.dropRange(minT, maxT, this.chunkSize) > 0) affected++;
      if (s.chunks.length === 0) emptied.push(s);
    }
    this.removeSeries(emptied);
    this.recomputeBounds();
    return affected;
  }

  applyRetention(nowMs: number): void {
    if (this.retentionMs === undefined) return;
    this.truncateBefore(nowMs - this.retentionMs);
  }

  truncateBefore(minT: number): void {
    if (minT > this.minValidTime) this.minValidTime = minT;
    if (minT <= this.min) return;
    const emptied: MemSeries[] = [];
    for (const s of this.byId.values()) {
      if (s.minT >= minT) continue;
      // dropRange is inclusive and timestamps are integers.
      s.dropRange(-Infinity, Math.ceil(minT) - 1, this.chunkSize);
      if (s.chunks.length === 0) emptied.push(s);
    }
    this.removeSeries(emptied);
    this.recomputeBounds();
  }

  private removeSeries(list: readonly MemSeries[]): void {
    for (const s of list) {
      s.removed = true;
      this.byLabels.delete(s);
      this.byId.delete(s.id);
    }
    this.index.remove(list);
    if (list.length > 0) {
      this.order.invalidate();
      this.generation++;
    }
  }

  private recomputeBounds(): void {
    this.min = Infinity;
    this.max = -Infinity;
    for (const s of this.byId.values()) {
      if (s.minT < this.min) this.min = s.minT;
      if (s.maxT > this.max) this.max = s.maxT;
    }
  }
}

/** validateLabels rejects label sets Prometheus would refuse to store. */
function validateLabels(labels: Labels): void {
  if (labels.length === 0) throw new AppendError('invalid', 'empty labelset');
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l.value === '') throw new AppendError('invalid', `label ${l.name} has an empty value`);
    const prev = labels[i - 1];
    if (prev === undefined) continue;
    const c = compareStrings(prev.name, l.name);
    if (c === 0) throw new AppendError('invalid', `label name "${l.name}" is not unique`);
    if (c > 0) throw new AppendError('invalid', 'labels are not sorted by name');
  }
}
