import type { Histogram } from '../../model/samples';
import { isStartTimestampReset } from './start_time';
import type { RangeFunction, RangeWindow } from './types';

/**
 * resets() and changes(): count value decreases / value changes between
 * consecutive samples of the window, floats and native histograms merged
 * in time order. A switch between a float and a histogram counts as both a
 * change and a reset; for resets, so does a new start time of a float.
 */

/** A float (with its start time, 0 when unknown) or a native histogram sample. */
type Point =
  | { readonly t: number; readonly v: number; readonly st: number; readonly h?: undefined }
  | { readonly t: number; readonly v?: undefined; readonly st: number; readonly h: Histogram };

/**
 * samplesInOrder merges floats and histograms by time. With the `anchored`
 * modifier the window also holds samples before its start: only the newest
 * of those (the anchor) is kept as the baseline.
 */
function samplesInOrder(w: RangeWindow): Point[] | undefined {
  const sts = w.floatStartTimestamps ?? [];
  const all: Point[] = [
    ...w.floats.map((p, i) => ({ t: p.t, v: p.v, st: sts[i] ?? 0 })),
    ...w.histograms.map((p) => ({ t: p.t, h: p.h, st: 0 })),
  ];
  all.sort((a, b) => a.t - b.t);
  if (!w.anchored) return all;
  const firstInside = all.findIndex((p) => p.t > w.rangeStartMs);
  // Nothing strictly after the range start: nothing to measure.
  if (firstInside < 0) return undefined;
  return all.slice(Math.max(0, firstInside - 1));
}

/**
 * sameHistogram compares two native histograms the way Prometheus's
 * Equals does: every count, bound and bucket, but not the counter-reset
 * hint. (Spans are compared as stored, without compacting them first.)
 */
function sameHistogram(a: Histogram, b: Histogram): boolean {
  const shape = (h: Histogram): string => JSON.stringify({ ...h, counterResetHint: undefined });
  return shape(a) === shape(b);
}

function countPairs(w: RangeWindow, counts: (prev: Point, cur: Point) => boolean): number | undefined {
  const points = samplesInOrder(w);
  if (points === undefined || points.length === 0) return undefined;
  let n = 0;
  for (let i = 1; i < points.length; i++) if (counts(points[i - 1]!, points[i]!)) n++;
  return n;
}

const changes: RangeFunction = {
  kind: 'range',
  apply: (w) =>
    countPairs(w, (prev, cur) => {
      if (prev.h === undefined && cur.h === undefined) {
        // NaN to NaN is not a change.
        return prev.v !== cur.v && !(Number.isNaN(prev.v) && Number.isNaN(cur.v));
      }
      if (prev.h !== undefined && cur.h !== undefined) return !sameHistogram(prev.h, cur.h);
      return true;
    }),
};

const resets: RangeFunction = {
  kind: 'range',
  apply: (w) =>
    countPairs(w, (prev, cur) => {
      if (prev.h === undefined && cur.h === undefined) return cur.v < prev.v || isStartTimestampReset(prev.st, prev.t, cur.st, cur.t);
      // Counter-reset detection between two native histograms is not implemented yet.
      if (prev.h !== undefined && cur.h !== undefined) return cur.h.counterResetHint === 'reset';
      return true;
    }),
};

export const CHANGES_FUNCTIONS = { changes, resets } as const;
