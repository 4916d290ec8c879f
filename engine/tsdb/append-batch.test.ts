import { describe, expect, it } from 'vitest';
import { labelsFromRecord } from '../model/labels';
import type { RefItem } from '../storage/interface';
import { createHead } from './head';

type Head = ReturnType<typeof createHead>;

/** dump is every series' labels and samples, for comparing two heads. */
function dump(head: Head): string {
  return JSON.stringify(
    head
      .querier(-Infinity, Infinity)
      .select([])
      .map((s) => {
        const b = s.samples(-Infinity, Infinity);
        return [s.labels, [...b.ts.subarray(0, b.length)], [...b.vs.subarray(0, b.length)].map(String), [...b.stale.subarray(0, b.length)]];
      }),
  );
}

const items = (n: number): RefItem[] => Array.from({ length: n }, (_, i) => ({ labels: labelsFromRecord({ __name__: 'm', i: String(i) }) }));

describe('prepared append batches', () => {
  it('store what appendRefsAt stores, through chunk cuts, markers, retention and refused samples', () => {
    const viaBatch = createHead({ chunkSize: 7 });
    const viaRefs = createHead({ chunkSize: 7 });
    const a = viaBatch.appender();
    const b = viaRefs.appender();
    const batchItems = items(40);
    const refItems = items(40);
    const batch = a.prepareBatch!(batchItems);
    const vs = new Array<number>(40).fill(0);
    for (let step = 1; step <= 60; step++) {
      const t = step * 15_000;
      for (let i = 0; i < 40; i++) vs[i] = i % 9 === 0 && step % 5 === 0 ? NaN : step * i + (i % 3) / 10;
      // Series 3 gets a sample of its own at t first: the batch's sample for it is then a duplicate (or a repeat).
      if (step % 11 === 0) {
        a.append(batchItems[3]!.labels, t, -1);
        b.append(refItems[3]!.labels, t, -1);
      }
      if (step % 13 === 0) {
        a.appendStale(batchItems[5]!.labels, t - 1);
        b.appendStale(refItems[5]!.labels, t - 1);
      }
      expect(a.appendBatchAt!(t, batch, vs)).toBe(b.appendRefsAt!(t, refItems, vs, 40));
      // Retention now and then trims the older chunks, or drops every series (they come back as new ones).
      const cut = step % 17 === 0 ? t + 1 : step % 7 === 0 ? t - 2 * 15_000 : undefined;
      if (cut !== undefined) {
        viaBatch.truncateBefore(cut);
        viaRefs.truncateBefore(cut);
      }
      expect(dump(viaBatch)).toBe(dump(viaRefs));
    }
    expect(viaBatch.numSeries).toBe(40);
    // Samples older than the retention cut are refused whole.
    expect(a.appendBatchAt!(1000, batch, vs)).toBe(40);
  });

  it('work as a list of items on another head', () => {
    const one = createHead();
    const other = createHead();
    const list = items(3);
    const batch = one.appender().prepareBatch!(list);
    expect(other.appender().appendBatchAt!(15_000, batch, [1, 2, 3])).toBe(0);
    expect(other.numSeries).toBe(3);
    expect(one.numSeries).toBe(0);
  });
});
