import { compareStrings, type Labels } from '../model/labels';

/**
 * Postings lists are ascending series ids. Ids are handed out in increasing
 * order, so adding a new series only ever appends to the end of a list.
 */
export type Postings = ArrayLike<number>;

export const EMPTY_POSTINGS: Postings = Object.freeze([]) as Postings;

/**
 * PostingsIndex maps label name → label value → the ids of the series that
 * carry that pair, plus the list of all ids. It is the inverted index that
 * `select` resolves matchers against.
 */
export class PostingsIndex {
  private readonly byName = new Map<string, Map<string, number[]>>();
  private readonly all: number[] = [];

  /** add indexes a new series; its id must exceed every id added before. */
  add(id: number, labels: Labels): void {
    this.all.push(id);
    for (const l of labels) {
      let values = this.byName.get(l.name);
      if (values === undefined) {
        values = new Map();
        this.byName.set(l.name, values);
      }
      const list = values.get(l.value);
      if (list === undefined) values.set(l.value, [id]);
      else list.push(id);
    }
  }

  /** remove drops a batch of series; empty values and names disappear with them. */
  remove(series: readonly { readonly id: number; readonly labels: Labels }[]): void {
    if (series.length === 0) return;
    const ids = new Set<number>();
    const touched = new Map<string, Set<string>>();
    for (const s of series) {
      ids.add(s.id);
      for (const l of s.labels) {
        let vs = touched.get(l.name);
        if (vs === undefined) touched.set(l.name, (vs = new Set()));
        vs.add(l.value);
      }
    }
    filterInPlace(this.all, ids);
    for (const [name, vs] of touched) {
      const values = this.byName.get(name);
      if (values === undefined) continue;
      for (const v of vs) {
        const list = values.get(v);
        if (list === undefined) continue;
        filterInPlace(list, ids);
        if (list.length === 0) values.delete(v);
      }
      if (values.size === 0) this.byName.delete(name);
    }
  }

  /** allPostings is every live series id. */
  allPostings(): Postings {
    return this.all;
  }

  /** get returns the ids of series with name=value (empty when none). */
  get(name: string, value: string): Postings {
    return this.byName.get(name)?.get(value) ?? EMPTY_POSTINGS;
  }

  /** valuesOf returns the value → postings map of a label name (undefined when no series has it). */
  valuesOf(name: string): ReadonlyMap<string, Postings> | undefined {
    return this.byName.get(name);
  }

  /** names returns every label name, sorted. */
  names(): string[] {
    return [...this.byName.keys()].sort(compareStrings);
  }

  /** values returns every value of a label name, sorted. */
  values(name: string): string[] {
    const values = this.byName.get(name);
    return values === undefined ? [] : [...values.keys()].sort(compareStrings);
  }

  /** entries iterates label names with their value maps (for stats). */
  entries(): IterableIterator<[string, ReadonlyMap<string, Postings>]> {
    return this.byName.entries();
  }
}

function filterInPlace(list: number[], drop: ReadonlySet<number>): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    const id = list[r]!;
    if (!drop.has(id)) list[w++] = id;
  }
  list.length = w;
}

/** intersect returns the ids present in both ascending lists. */
export function intersect(a: Postings, b: Postings): Postings {
  if (a.length > b.length) [a, b] = [b, a];
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i]!;
    // Gallop through the longer list: it is often much longer.
    if (b[j]! < x) {
      let step = 1;
      while (j + step < b.length && b[j + step]! < x) step *= 2;
      let lo = j + (step >> 1);
      let hi = Math.min(j + step, b.length);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (j < b.length && b[j] === x) out.push(x);
  }
  return out;
}

/** subtract returns the ids of `a` that are not in `b`. */
export function subtract(a: Postings, b: Postings): Postings {
  if (b.length === 0) return a;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) j++;
    if (j < b.length && b[j] === x) continue;
    out.push(x);
  }
  return out;
}

/** union merges ascending lists into one ascending list without duplicates. */
export function union(lists: readonly Postings[]): Postings {
  if (lists.length === 0) return EMPTY_POSTINGS;
  if (lists.length === 1) return lists[0]!;
  let total = 0;
  for (const l of lists) total += l.length;
  const merged = new Float64Array(total);
  let k = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) merged[k++] = l[i]!;
  merged.sort();
  const out: number[] = [];
  for (let i = 0; i < total; i++) {
    const x = merged[i]!;
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}
