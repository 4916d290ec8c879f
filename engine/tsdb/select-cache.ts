import type { CompiledMatcher } from '../model/matchers';

/** MAX_ENTRIES bounds the cache; ad-hoc queries with ever new matchers then start it afresh. */
const MAX_ENTRIES = 512;

/**
 * SelectCache remembers, per set of matchers, the matching series already
 * sorted by labels, for as long as the head's set of series is unchanged
 * (its `generation`). Rules and dashboards run the same selectors every
 * interval, and resolving postings plus sorting the result by labels was
 * most of the cost of a small select. The cached lists are the head's
 * series objects; the caller still filters them by time range.
 */
export class SelectCache<S> {
  private readonly entries = new Map<string, { readonly generation: number; readonly series: readonly S[] }>();

  /** get returns the cached series for the matchers at `generation`, or computes and stores them. */
  get(matchers: readonly CompiledMatcher[], generation: number, compute: () => readonly S[]): readonly S[] {
    const key = matchersKey(matchers);
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.generation === generation) return hit.series;
    const series = compute();
    if (hit === undefined && this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { generation, series });
    return series;
  }
}

/**
 * matchersKey spells a matcher list unambiguously (lengths before the texts,
 * which may hold any character). Queries repeat verbatim, so the order is kept.
 */
function matchersKey(matchers: readonly CompiledMatcher[]): string {
  let key = '';
  for (const m of matchers) key += `${m.type}${m.name.length}:${m.name}${m.value.length}:${m.value}`;
  return key;
}
