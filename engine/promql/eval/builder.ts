import type { Labels } from '../../model/labels';
import { QueryError } from '../errors';
import { keyOf } from './label-key';
import { newCol, type SeriesCol } from './value';

export const ERR_SAME_LABELSET = 'vector cannot contain metrics with the same labelset';

/**
 * OutputBuilder collects the output series of a node over all steps, merging
 * samples with equal label sets into one series (as Prometheus's range
 * evaluation does) and failing when two samples with the same labels land on
 * the same step. Series keep first-appearance order, which for an instant
 * query is the order the node produced them in.
 *
 * With `allowDuplicates` (delayed name removal at a single step) duplicates
 * are kept as separate series; the final name cleanup checks them.
 */
export class OutputBuilder {
  readonly series: SeriesCol[] = [];
  private readonly byKey = new Map<string, SeriesCol>();

  constructor(
    private readonly n: number,
    private readonly allowDuplicates: boolean,
  ) {}

  /** col returns the output series for a label set, creating it when new. */
  col(labels: Labels, dropName: boolean): SeriesCol {
    const key = keyOf(labels);
    let c = this.byKey.get(key);
    if (c === undefined) {
      c = newCol(labels, this.n, dropName);
      this.byKey.set(key, c);
      this.series.push(c);
    }
    return c;
  }

  /** add records one sample; `target` may be a series obtained from col() earlier. */
  add(labels: Labels, dropName: boolean, step: number, v: number): void {
    const c = this.col(labels, dropName);
    if (c.has[step] === 1) {
      if (!this.allowDuplicates) throw new QueryError('execution', ERR_SAME_LABELSET);
      const dup = newCol(labels, this.n, dropName);
      dup.vals[step] = v;
      dup.has[step] = 1;
      this.series.push(dup);
      return;
    }
    c.vals[step] = v;
    c.has[step] = 1;
  }
}

/**
 * mergeByLabels merges whole series with equal label sets (after a relabeling
 * such as name dropping); overlapping steps are an error.
 */
export function mergeByLabels(series: readonly SeriesCol[], n: number): SeriesCol[] {
  const out: SeriesCol[] = [];
  const byKey = new Map<string, SeriesCol>();
  for (const s of series) {
    const key = keyOf(s.labels);
    const prev = byKey.get(key);
    if (prev === undefined) {
      byKey.set(key, s);
      out.push(s);
      continue;
    }
    for (let i = 0; i < n; i++) {
      if (s.has[i] !== 1) continue;
      if (prev.has[i] === 1) throw new QueryError('execution', ERR_SAME_LABELSET);
      prev.has[i] = 1;
      prev.vals[i] = s.vals[i]!;
    }
    prev.dropName = prev.dropName || s.dropName;
  }
  return out;
}
