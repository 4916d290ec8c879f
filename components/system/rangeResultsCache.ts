import { compareLabels, labelsFromRecord } from '@/engine/index';
import { gridSteps, type GridSeries } from './gridSeries';
import type { RangeQueryParams } from './protocol';

/**
 * Queries whose value at a step may depend on more than the data up to that
 * step, or on the grid itself: `@` (incl. `@ start()`/`@ end()`), negative
 * offsets and `smoothed` (they read later samples), and start()/end()/
 * range()/step(). Matched on the canonical text, so a label value that
 * merely looks like one only costs the cache a miss.
 */
const GRID_OR_FUTURE = /@|offset\s+-|smoothed|\b(?:start|end|range|step)\s*\(/;

/** cacheableQuery reports whether a (canonically printed) query's steps can be reused once settled. */
export function cacheableQuery(canonical: string): boolean {
  return !GRID_OR_FUTURE.test(canonical);
}

/** CachedSteps is what a query on one step grid has settled: its series over [startMs, endMs]. */
interface CachedSteps {
  readonly startMs: number;
  readonly endMs: number;
  readonly series: readonly GridSeries[];
  readonly points: number;
}

/** RangePlan says how to answer a range query from the cache: the steps it holds and the query for the rest. */
export interface RangePlan {
  readonly cached: CachedSteps;
  /** The steps after the cached ones, still to evaluate; null when the cache holds them all. */
  readonly tail: RangeQueryParams | null;
}

/**
 * RangeResultsCache keeps, per query and step grid, the steps of range
 * query answers that can no longer change, as a query frontend's results
 * cache does (Thanos, Mimir): the TSDB only ever appends at the world's now,
 * so a step at or before the settled time (now, less the rules' query offset
 * and a margin) reads only data that is already complete. A dashboard
 * refresh on an aligned grid then evaluates only its newest steps.
 *
 * Keys hold the step, the grid's phase (start modulo step) and the query's
 * canonical text; the owner drops the cache when the TSDB is rewritten.
 * Least recently used entries go first once `maxPoints` values are held.
 */
export class RangeResultsCache {
  private readonly entries = new Map<string, CachedSteps>();
  private points = 0;

  constructor(private readonly maxPoints = 2_000_000) {}

  /** key names a query on a grid (null when the query's steps must never be reused). */
  key(canonical: string, q: RangeQueryParams): string | null {
    if (!cacheableQuery(canonical) || q.stepMs <= 0) return null;
    const phase = ((q.startMs % q.stepMs) + q.stepMs) % q.stepMs;
    return `${q.stepMs}/${phase}/${canonical}`;
  }

  /** plan returns the cached steps that begin q's answer and the query for the rest, or null when nothing is reusable. */
  plan(key: string, q: RangeQueryParams): RangePlan | null {
    const c = this.entries.get(key);
    if (c === undefined || q.startMs < c.startMs || q.startMs > c.endMs || q.endMs < q.startMs) return null;
    // Touch: a Map iterates in insertion order, so re-inserting marks it most recently used.
    this.entries.delete(key);
    this.entries.set(key, c);
    const tail = q.endMs > c.endMs ? { query: q.query, startMs: c.endMs + q.stepMs, endMs: q.endMs, stepMs: q.stepMs } : null;
    return { cached: c, tail };
  }

  /**
   * compose builds q's answer from the cached steps and the evaluated tail
   * (series of the tail's grid), in the engine's order (sorted by labels);
   * series without a value on q's grid are left out, as in a range query.
   */
  compose(plan: RangePlan, q: RangeQueryParams, tail: readonly GridSeries[]): GridSeries[] {
    const n = gridSteps(q.startMs, q.endMs, q.stepMs);
    const { cached } = plan;
    const from = (q.startMs - cached.startMs) / q.stepMs;
    const upto = Math.min(n, gridSteps(q.startMs, cached.endMs, q.stepMs));
    const tailAt = plan.tail === null ? n : (plan.tail.startMs - q.startMs) / q.stepMs;
    const byKey = new Map<string, GridSeries>();
    const put = (s: GridSeries, src: Float64Array, at: number) => {
      const k = seriesKey(s.labels);
      let out = byKey.get(k);
      if (out === undefined) {
        out = { labels: s.labels, values: new Float64Array(n).fill(NaN) };
        byKey.set(k, out);
      }
      out.values.set(src, at);
    };
    for (const s of cached.series) {
      const part = s.values.subarray(from, from + upto);
      if (part.some((v) => !Number.isNaN(v))) put(s, part, 0);
    }
    for (const s of tail) put(s, s.values.subarray(0, n - tailAt), tailAt);
    return sortByLabels([...byKey.values()]);
  }

  /** store keeps the steps of q's answer up to `settledMs` (nothing when no step has settled). */
  store(key: string, q: RangeQueryParams, series: readonly GridSeries[], settledMs: number): void {
    const last = Math.min(q.endMs, q.startMs + Math.floor((settledMs - q.startMs) / q.stepMs) * q.stepMs);
    this.forget(key);
    if (last < q.startMs) return;
    const len = gridSteps(q.startMs, last, q.stepMs);
    const kept: GridSeries[] = [];
    for (const s of series) {
      const values = s.values.slice(0, len);
      if (values.some((v) => !Number.isNaN(v))) kept.push({ labels: s.labels, values });
    }
    const points = (kept.length + 1) * len;
    if (points > this.maxPoints) return;
    this.entries.set(key, { startMs: q.startMs, endMs: last, series: kept, points });
    this.points += points;
    for (const [k, c] of this.entries) {
      if (this.points <= this.maxPoints) break;
      this.entries.delete(k);
      this.points -= c.points;
    }
  }

  /** clear drops every entry (the data behind them changed). */
  clear(): void {
    this.entries.clear();
    this.points = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(key: string): void {
    const c = this.entries.get(key);
    if (c === undefined) return;
    this.entries.delete(key);
    this.points -= c.points;
  }
}

/** seriesKey identifies a label set (records hold labels in the engine's sorted order, but do not rely on it). */
function seriesKey(labels: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sortByLabels(list: GridSeries[]): GridSeries[] {
  const keyed = list.map((s) => ({ s, labels: labelsFromRecord(s.labels) }));
  keyed.sort((a, b) => compareLabels(a.labels, b.labels));
  return keyed.map((k) => k.s);
}
