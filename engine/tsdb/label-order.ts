import { compareLabels, type Labels } from '../model/labels';

/** Ranked is a series that can carry its position in label order. */
export interface Ranked {
  readonly labels: Labels;
  rank: number;
}

/**
 * LabelOrder caches every series' rank in label order, so that sorting a
 * select result compares numbers instead of label sets. Adding or removing
 * a series invalidates the ranks; they are rebuilt only for a result large
 * enough (a quarter of all series) to pay for sorting everything once, so
 * a head that keeps gaining series never re-sorts it all for small selects.
 */
export class LabelOrder {
  private valid = false;

  invalidate(): void {
    this.valid = false;
  }

  /** sort orders `list` by labels (compareLabels); `all` yields every series of the head. */
  sort<S extends Ranked>(list: S[], all: () => Iterable<S>, total: number): void {
    if (!this.valid) {
      if (list.length * 4 < total) {
        list.sort(byLabels);
        return;
      }
      const everything = [...all()].sort(byLabels);
      for (let i = 0; i < everything.length; i++) everything[i]!.rank = i;
      this.valid = true;
    }
    list.sort(byRank);
  }
}

function byLabels(a: Ranked, b: Ranked): number {
  return compareLabels(a.labels, b.labels);
}

function byRank(a: Ranked, b: Ranked): number {
  return a.rank - b.rank;
}
