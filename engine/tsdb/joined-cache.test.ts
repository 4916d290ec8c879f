import { describe, expect, it } from 'vitest';
import { FloatChunk } from './chunk';
import { DecodedChunkCache } from './decoded-cache';
import { JoinedChunkCache } from './joined-cache';
import { MemSeries } from './series';

const STEP = 15_000;

/** seriesOf appends values (null = staleness marker) every 15 s into chunks of `chunkSize` samples. */
function seriesOf(values: readonly (number | null)[], chunkSize: number): MemSeries {
  const s = new MemSeries(1, [], 0);
  values.forEach((v, i) => appendTo(s, i, v, chunkSize));
  return s;
}

function appendTo(s: MemSeries, i: number, v: number | null, chunkSize: number): void {
  if (v === null) s.append(i * STEP, NaN, true, chunkSize);
  else s.append(i * STEP, v, false, chunkSize);
}

/** read lists the samples of [minT, maxT] as [t, v, stale]. */
function read(s: MemSeries, minT: number, maxT: number): [number, number, number][] {
  const b = s.samples(minT, maxT);
  return Array.from({ length: b.length }, (_, i) => [b.ts[i]!, b.stale[i] === 1 ? -1 : b.vs[i]!, b.stale[i]!]);
}

/** expected is what a read of [minT, maxT] must give for samples i*STEP = values[i]. */
function expected(values: readonly (number | null)[], minT: number, maxT: number): [number, number, number][] {
  return values.flatMap((v, i) => (i * STEP >= minT && i * STEP <= maxT ? [[i * STEP, v === null ? -1 : v, v === null ? 1 : 0] as [number, number, number]] : []));
}

describe('MemSeries.samples across chunks', () => {
  it('returns exactly the samples in range, staleness markers included, while the open chunk grows', () => {
    const values: (number | null)[] = Array.from({ length: 35 }, (_, i) => (i === 17 ? null : i * 1.5));
    const s = seriesOf(values, 10);
    const ranges: [number, number][] = [[0, 34 * STEP], [5 * STEP, 30 * STEP], [9 * STEP + 1, 21 * STEP - 1], [2 * STEP, 60 * STEP]];
    for (const [a, b] of ranges) expect(read(s, a, b)).toEqual(expected(values, a, b));
    const before = s.samples(0, 40 * STEP);
    const kept = read(s, 0, 40 * STEP);
    for (let i = 35; i < 39; i++) {
      values.push(i * 2);
      appendTo(s, i, i * 2, 10);
      for (const [a, b] of ranges) expect(read(s, a, b)).toEqual(expected(values, a, b));
    }
    // A batch handed out before the appends still holds what it held.
    expect(Array.from({ length: before.length }, (_, i) => [before.ts[i]!, before.stale[i] === 1 ? -1 : before.vs[i]!, before.stale[i]!])).toEqual(kept);
  });
});

describe('JoinedChunkCache', () => {
  const decoded = new DecodedChunkCache(10_000);
  const decode = (c: FloatChunk) => decoded.get(c);

  function chunks(counts: readonly number[]): FloatChunk[] {
    let t = 0;
    return counts.map((n) => {
      const c = new FloatChunk();
      for (let i = 0; i < n; i++, t += STEP) {
        c.append(t, t / STEP, false);
      }
      return c;
    });
  }

  it('joins a run once and hands the same run out again', () => {
    const cache = new JoinedChunkCache(10_000);
    const cs = chunks([4, 4, 3]);
    cs[0]!.close();
    cs[1]!.close();
    const key = {};
    const run = cache.get(key, cs, 0, 3, decode)!;
    expect(Array.from(run.vs.subarray(0, run.length))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(cache.get(key, cs, 0, 3, decode)).toBe(run);
  });

  it('extends the run when its open last chunk grew, and joins afresh for another run', () => {
    const cache = new JoinedChunkCache(10_000);
    const cs = chunks([3, 2]);
    cs[0]!.close();
    const key = {};
    expect(cache.get(key, cs, 0, 2, decode)!.length).toBe(5);
    cs[1]!.append(5 * STEP, 5, false);
    const grown = cache.get(key, cs, 0, 2, decode)!;
    expect(Array.from(grown.vs.subarray(0, grown.length))).toEqual([0, 1, 2, 3, 4, 5]);
    const tail = cache.get(key, cs, 1, 2, decode)!;
    expect(Array.from(tail.vs.subarray(0, tail.length))).toEqual([3, 4, 5]);
  });

  it('evicts by CLOCK once over budget: a run used since the last pass stays', () => {
    const cache = new JoinedChunkCache(40);
    const cs = chunks([5, 5]);
    cs[0]!.close();
    cs[1]!.close();
    const keys = [{}, {}, {}, {}, {}];
    const runs = keys.slice(0, 4).map((k) => cache.get(k, cs, 0, 2, decode)!);
    expect(cache.get(keys[0]!, cs, 0, 2, decode)).toBe(runs[0]);
    cache.get(keys[4]!, cs, 0, 2, decode);
    expect(cache.get(keys[0]!, cs, 0, 2, decode)).toBe(runs[0]);
    expect(cache.get(keys[1]!, cs, 0, 2, decode)).not.toBe(runs[1]);
  });

  it('leaves runs larger than a quarter of its budget to the caller', () => {
    const cache = new JoinedChunkCache(16);
    const cs = chunks([3, 3]);
    cs[0]!.close();
    cs[1]!.close();
    expect(cache.get({}, cs, 0, 2, decode)).toBeUndefined();
  });
});
