import { describe, expect, it } from 'vitest';
import type { GridSeries } from './gridSeries';
import { cacheableQuery, RangeResultsCache } from './rangeResultsCache';

const STEP = 10;
const q = (startMs: number, endMs: number, query = 'up') => ({ query, startMs, endMs, stepMs: STEP });
const s = (labels: Record<string, string>, values: number[]): GridSeries => ({ labels, values: Float64Array.from(values) });
const plain = (list: readonly GridSeries[]) => list.map((x) => [x.labels, Array.from(x.values)]);

describe('RangeResultsCache', () => {
  it('keeps only settled steps and plans the rest as a query on the same grid', () => {
    const cache = new RangeResultsCache();
    const key = cache.key('up', q(0, 50))!;
    cache.store(key, q(0, 50), [s({ a: '1' }, [1, 2, 3, 4, 5, 6])], 32);
    // Steps 0…30 settled; 40 and 50 are evaluated again.
    const plan = cache.plan(key, q(10, 60))!;
    expect(plan.cached).toMatchObject({ startMs: 0, endMs: 30 });
    expect(plan.tail).toEqual(q(40, 60));
    expect(cache.plan(key, q(-10, 60))).toBeNull(); // earlier than what is held
    expect(cache.plan(key, q(40, 60))).toBeNull(); // nothing held in range
    expect(cache.plan(key, q(10, 20))?.tail).toBeNull();
  });

  it('joins cached and new steps by labels, sorted as the engine sorts, dropping series absent from the grid', () => {
    const cache = new RangeResultsCache();
    const key = cache.key('up', q(0, 30))!;
    cache.store(key, q(0, 30), [s({ __name__: 'up', job: 'b' }, [1, 1, 1, 1]), s({ __name__: 'up', job: 'gone' }, [7, NaN, NaN, NaN])], 30);
    const plan = cache.plan(key, q(10, 50))!;
    const tail = [s({ __name__: 'up', job: 'a' }, [NaN, 5]), s({ __name__: 'up', job: 'b' }, [2, 2])];
    expect(plain(cache.compose(plan, q(10, 50), tail))).toEqual([
      [{ __name__: 'up', job: 'a' }, [NaN, NaN, NaN, NaN, 5]],
      [{ __name__: 'up', job: 'b' }, [1, 1, 1, 2, 2]],
    ]);
  });

  it('answers a range it holds whole without a tail, and never hands out its own arrays', () => {
    const cache = new RangeResultsCache();
    const key = cache.key('up', q(0, 20))!;
    const stored = [s({ job: 'x' }, [1, 2, 3])];
    cache.store(key, q(0, 20), stored, 100);
    stored[0]!.values[0] = 99; // the caller's array (e.g. transferred to the page) is not the cache's
    const plan = cache.plan(key, q(0, 20))!;
    const out = cache.compose(plan, q(0, 20), []);
    expect(plain(out)).toEqual([[{ job: 'x' }, [1, 2, 3]]]);
    out[0]!.values[1] = 99;
    expect(plain(cache.compose(cache.plan(key, q(0, 20))!, q(0, 20), []))).toEqual([[{ job: 'x' }, [1, 2, 3]]]);
  });

  it('keys grids by step and phase, and refuses queries that look past their step or at the grid', () => {
    const cache = new RangeResultsCache();
    expect(cache.key('up', q(0, 50))).toBe(cache.key('up', q(20, 90)));
    expect(cache.key('up', q(5, 55))).not.toBe(cache.key('up', q(0, 50)));
    for (const query of ['up @ 100', 'up @ end()', 'rate(x[5m] offset -1m)', 'rate(x[5m] smoothed)', 'up + step()', 'up offset 1m']) {
      expect(cacheableQuery(query), query).toBe(query === 'up offset 1m');
    }
  });

  it('evicts the least recently used entries beyond its budget', () => {
    const cache = new RangeResultsCache(25);
    const one = [s({ j: '1' }, [1, 2, 3, 4, 5])];
    const keyOf = (name: string) => cache.key(name, q(0, 40))!;
    cache.store(keyOf('a'), q(0, 40), one, 40); // 10 points (a series and the grid)
    cache.store(keyOf('b'), q(0, 40), one, 40);
    cache.plan(keyOf('a'), q(0, 40)); // a is now the most recent
    cache.store(keyOf('c'), q(0, 40), one, 40);
    expect(cache.size).toBe(2);
    expect(cache.plan(keyOf('b'), q(0, 40))).toBeNull();
    expect(cache.plan(keyOf('a'), q(0, 40))).not.toBeNull();
    expect(cache.plan(keyOf('c'), q(0, 40))).not.toBeNull();
  });
});
