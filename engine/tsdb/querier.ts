import { compareStrings } from '../model/labels';
import type { CompiledMatcher } from '../model/matchers';
import type { Labels } from '../model/labels';
import type { MetricMetadata, Querier, SampleBatch, SelectHints, StoredSeries } from '../storage/interface';
import type { Postings, PostingsIndex } from './postings';
import { selectPostings } from './select';
import type { MemSeries } from './series';

/** HeadReader is the read side of the head that queriers and stats use. */
export interface HeadReader {
  readonly index: PostingsIndex;
  readonly metadataByFamily: ReadonlyMap<string, MetricMetadata>;
  readonly minTime: number;
  readonly maxTime: number;
  seriesById(id: number): MemSeries | undefined;
  allSeries(): IterableIterator<MemSeries>;
  /** sortByLabels orders series as compareLabels does. */
  sortByLabels(list: MemSeries[]): void;
  /** selectSorted returns every series matching all matchers, sorted by labels (a shared list: do not change it). */
  selectSorted(matchers: readonly CompiledMatcher[]): readonly MemSeries[];
}

/**
 * SeriesView is a selected series as a querier hands it out, its reads
 * clamped to the querier's range. (A class rather than a closure per
 * series: selects return many of them on every rule evaluation.)
 */
class SeriesView implements StoredSeries {
  readonly labels: Labels;

  constructor(
    private readonly s: MemSeries,
    private readonly minT: number,
    private readonly maxT: number,
  ) {
    this.labels = s.labels;
  }

  samples(a: number, b: number): SampleBatch {
    return this.s.samples(Math.max(a, this.minT), Math.min(b, this.maxT));
  }
}

/**
 * createQuerier reads the head over [minT, maxT] (inclusive ms). Series and
 * label data only count series with samples in that range, the way a
 * Prometheus querier only consults blocks overlapping it; samples outside
 * the range are never returned. Reads see appends made after creation.
 */
export function createQuerier(head: HeadReader, minT: number, maxT: number): Querier {
  const coversHead = minT <= head.minTime && maxT >= head.maxTime;

  /** seriesFor resolves matchers to the series with samples in [from, to]. */
  const seriesFor = (matchers: readonly CompiledMatcher[], from: number, to: number): MemSeries[] => {
    const ids: Postings = matchers.length === 0 ? head.index.allPostings() : selectPostings(head.index, matchers);
    const out: MemSeries[] = [];
    for (let i = 0; i < ids.length; i++) {
      const s = head.seriesById(ids[i]!);
      if (s !== undefined && s.hasSamplesIn(from, to)) out.push(s);
    }
    return out;
  };

  return {
    select(matchers, hints?: SelectHints): StoredSeries[] {
      const from = Math.max(minT, hints?.startMs ?? minT);
      const to = Math.min(maxT, hints?.endMs ?? maxT);
      const out: StoredSeries[] = [];
      for (const s of head.selectSorted(matchers)) if (s.hasSamplesIn(from, to)) out.push(new SeriesView(s, minT, maxT));
      return out;
    },

    labelNames(matchers) {
      if ((matchers === undefined || matchers.length === 0) && coversHead) return head.index.names();
      const names = new Set<string>();
      for (const s of seriesFor(matchers ?? [], minT, maxT)) for (const l of s.labels) names.add(l.name);
      return [...names].sort(compareStrings);
    },

    labelValues(name, matchers) {
      if ((matchers === undefined || matchers.length === 0) && coversHead) return head.index.values(name);
      const values = new Set<string>();
      for (const s of seriesFor(matchers ?? [], minT, maxT)) {
        for (const l of s.labels) if (l.name === name) values.add(l.value);
      }
      return [...values].sort(compareStrings);
    },

    metadata(metric) {
      if (metric === undefined) return new Map(head.metadataByFamily);
      const m = head.metadataByFamily.get(metric);
      return m === undefined ? new Map() : new Map([[metric, m]]);
    },
  };
}
