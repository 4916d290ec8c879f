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
