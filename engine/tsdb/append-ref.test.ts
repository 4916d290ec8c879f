import { describe, expect, it } from 'vitest';
import { labelsFromRecord, type Labels } from '../model/labels';
import { compileMatcher } from '../model/matchers';
import type { SeriesRef } from '../storage/interface';
import { createHead } from './head';

const L = (r: Record<string, string>): Labels => labelsFromRecord(r);
const all = [compileMatcher({ name: '__name__', type: '=~', value: '.+' })];

/** dump reads every series of a head as plain data, in label order. */
function dump(head: ReturnType<typeof createHead>): unknown {
  return head
    .querier(-Infinity, Infinity)
    .select(all)
    .map((s) => {
      const b = s.samples(-Infinity, Infinity);
      return { labels: s.labels, ts: [...b.ts], vs: [...b.vs], stale: [...b.stale] };
    });
}

describe('appendRef', () => {
  const series = [L({ __name__: 'a', i: '1' }), L({ __name__: 'a', i: '2' }), L({ __name__: 'b' })];
  const valueAt = (k: number, j: number): number => (k % 7 === 3 ? NaN : k * 1.5 + j);

  it('stores the same samples and chunk bytes as appends by labels', () => {
    const byLabels = createHead({ chunkSize: 8 });
    const byRef = createHead({ chunkSize: 8 });
    const refs: (SeriesRef | undefined)[] = series.map(() => undefined);
    for (let k = 0; k < 50; k++) {
      series.forEach((l, j) => {
        byLabels.appender().append(l, k * 15_000, valueAt(k, j));
        refs[j] = byRef.appender().appendRef!(refs[j], l, k * 15_000, valueAt(k, j));
      });
    }
    expect(dump(byRef)).toEqual(dump(byLabels));
    expect(byRef.stats()).toEqual(byLabels.stats());
  });

  it('returns one ref per series, and falls back to the labels for a ref the head no longer knows', () => {
    const head = createHead();
    const app = head.appender();
    const r1 = app.appendRef!(undefined, series[0]!, 1000, 1);
    expect(app.appendRef!(r1, series[0]!, 2000, 2)).toBe(r1);
    head.deleteSeries([compileMatcher({ name: '__name__', type: '=', value: 'a' })]);
    const r2 = app.appendRef!(r1, series[0]!, 3000, 3);
    expect(r2).not.toBe(r1);
    // A ref from another head is not used either.
    const other = createHead().appender().appendRef!(undefined, series[2]!, 1000, 1);
    app.appendRef!(other, series[1]!, 4000, 4);
    expect((dump(head) as { labels: Labels }[]).map((s) => s.labels)).toEqual([series[0], series[1]]);
  });

  it('throws the same append errors as append', () => {
    const head = createHead();
    const app = head.appender();
    const r = app.appendRef!(undefined, series[0]!, 2000, 1);
    expect(() => app.appendRef!(r, series[0]!, 1000, 1)).toThrow('out of order sample');
    expect(() => app.appendRef!(r, series[0]!, 2000, 5)).toThrow('duplicate sample for timestamp');
  });
});

describe('appendRefsAt', () => {
  const series = [L({ __name__: 'a', i: '1' }), L({ __name__: 'a', i: '2' }), L({ __name__: 'b' })];
  const valueAt = (k: number, j: number): number => (k % 7 === 3 ? NaN : k % 5 === 1 ? 0.1 * k + j : k * 1.5 + j);

  it('stores the same samples and chunk bytes as appendRef, one sample at a time', () => {
    const bySample = createHead({ chunkSize: 8 });
    const byBatch = createHead({ chunkSize: 8 });
    const refs: (SeriesRef | undefined)[] = series.map(() => undefined);
    const items = series.map((labels) => ({ labels, ref: undefined as SeriesRef | undefined }));
    for (let k = 0; k < 50; k++) {
      series.forEach((l, j) => (refs[j] = bySample.appender().appendRef!(refs[j], l, k * 15_000, valueAt(k, j))));
      expect(byBatch.appender().appendRefsAt!(k * 15_000, items, series.map((_, j) => valueAt(k, j)), series.length)).toBe(0);
    }
    expect(dump(byBatch)).toEqual(dump(bySample));
    expect(byBatch.stats()).toEqual(bySample.stats());
    expect(items.map((i) => i.ref)).toEqual(refs.map(() => expect.anything()));
  });

  it('appends only the first n items and keeps one ref per series', () => {
    const head = createHead();
    const items = series.map((labels) => ({ labels, ref: undefined as SeriesRef | undefined }));
    expect(head.appender().appendRefsAt!(1000, items, [1, 2, 3], 2)).toBe(0);
    const first = items[0]!.ref;
    expect(items[2]!.ref).toBeUndefined();
    head.appender().appendRefsAt!(2000, items, [4, 5, 6], 3);
    expect(items[0]!.ref).toBe(first);
    expect((dump(head) as { labels: Labels; vs: number[] }[]).map((s) => s.vs)).toEqual([[1, 4], [2, 5], [6]]);
  });

  it('skips and counts the samples that fail, storing the others', () => {
    const head = createHead();
    const app = head.appender();
    const items = series.slice(0, 2).map((labels) => ({ labels, ref: undefined as SeriesRef | undefined }));
    app.appendRefsAt!(2000, items, [1, 2], 2);
    // The first series already has 3 at 3000, so its batch sample is a duplicate; the second is stored.
    app.appendRef!(items[0]!.ref, series[0]!, 3000, 3);
    expect(app.appendRefsAt!(3000, items, [9, 7], 2)).toBe(1);
    expect(app.appendRefsAt!(1000, items, [1, 1], 2)).toBe(2); // out of order, both
    expect(app.appendRefsAt!(1.5, items, [1, 1], 2)).toBe(2); // not an integer time, both
    expect((dump(head) as { vs: number[] }[]).map((s) => s.vs)).toEqual([[1, 3], [2, 7]]);
  });
});

describe('select results', () => {
  it('follow series entering and leaving the head', () => {
    const head = createHead();
    const app = head.appender();
    const sel = () => head.querier(-Infinity, Infinity).select([compileMatcher({ name: '__name__', type: '=', value: 'a' })]).map((s) => s.labels);
    app.append(L({ __name__: 'a', i: '2' }), 1000, 1);
    expect(sel()).toEqual([L({ __name__: 'a', i: '2' })]);
    app.append(L({ __name__: 'a', i: '1' }), 1000, 1);
    app.append(L({ __name__: 'b' }), 1000, 1);
    expect(sel()).toEqual([L({ __name__: 'a', i: '1' }), L({ __name__: 'a', i: '2' })]);
    head.deleteSeries([compileMatcher({ name: 'i', type: '=', value: '1' })]);
    expect(sel()).toEqual([L({ __name__: 'a', i: '2' })]);
  });
});
