import type { Labels } from '../../model/labels';
import type { Series } from '../values';

/**
 * The evaluator's internal values. Instant vectors are kept column-wise over
 * the whole grid: one typed array of values per series with a presence mask,
 * so range evaluation allocates per series, never per sample.
 */

/** SeriesCol is one series of an instant-vector expression over all steps of a grid. */
export interface SeriesCol {
  labels: Labels;
  /** Delayed name removal: drop `__name__` (and `__type__`/`__unit__`) at the end. */
  dropName: boolean;
  /** Value at each step; meaningful only where `has[i]` is 1. */
  readonly vals: Float64Array;
  readonly has: Uint8Array;
}

/** ScalarVal has one value at every step. */
export interface ScalarVal {
  readonly kind: 'scalar';
  readonly vals: Float64Array;
}

export interface StringVal {
  readonly kind: 'string';
  readonly v: string;
}

export interface VectorVal {
  readonly kind: 'vector';
  readonly series: SeriesCol[];
}

/** MatrixVal is a range vector; it only exists for a single evaluation step. */
export interface MatrixVal {
  readonly kind: 'matrix';
  readonly series: Series[];
}

export type EvalValue = ScalarVal | StringVal | VectorVal | MatrixVal;

/** newCol creates an empty series column over n steps. */
export function newCol(labels: Labels, n: number, dropName = false): SeriesCol {
  return { labels, dropName, vals: new Float64Array(n), has: new Uint8Array(n) };
}

/** ColumnSource hands out empty series columns over the same n steps. */
export interface ColumnSource {
  next(labels: Labels, dropName?: boolean): SeriesCol;
}

/** SLAB_STEPS is the size (in steps) of the buffers newCols carves columns from. */
const SLAB_STEPS = 1 << 16;

/**
 * newCols hands out up to `count` empty columns of n steps carved from
 * shared buffers (views of up to 64 Ki steps each): per series, a view costs
 * much less than two typed arrays of their own, whose separate backing
 * stores made allocation and collection a visible part of a range query.
 */
export function newCols(count: number, n: number): ColumnSource {
  const perSlab = Math.max(1, Math.min(count, Math.floor(SLAB_STEPS / Math.max(1, n))));
  let vals = new Float64Array(0);
  let has = new Uint8Array(0);
  let used = perSlab;
  return {
    next(labels, dropName = false) {
      if (used === perSlab) {
        vals = new Float64Array(perSlab * n);
        has = new Uint8Array(perSlab * n);
        used = 0;
      }
      const from = used * n;
      used++;
      return { labels, dropName, vals: vals.subarray(from, from + n), has: has.subarray(from, from + n) };
    },
  };
}

/** countPoints returns the number of present points of a vector (for sample limits and traces). */
function countPoints(series: readonly SeriesCol[]): number {
  let total = 0;
  for (const s of series) {
    const has = s.has;
    for (let i = 0; i < has.length; i++) total += has[i]!;
  }
  return total;
}

/** maxSeriesPerStep is the largest number of series present at one step. */
export function maxSeriesPerStep(series: readonly SeriesCol[], n: number): number {
  if (series.length === 0 || n === 0) return 0;
  const perStep = new Uint32Array(n);
  for (const s of series) for (let i = 0; i < n; i++) perStep[i]! += s.has[i]!;
  let max = 0;
  for (let i = 0; i < n; i++) if (perStep[i]! > max) max = perStep[i]!;
  return max;
}

/** valuePoints counts the samples a value holds (Prometheus's sample accounting unit). */
export function valuePoints(v: EvalValue): number {
  switch (v.kind) {
    case 'scalar':
      return v.vals.length;
    case 'string':
      return 0;
    case 'vector':
      return countPoints(v.series);
    case 'matrix': {
      let n = 0;
      for (const s of v.series) n += s.floats.length + (s.histograms?.length ?? 0);
      return n;
    }
  }
}
