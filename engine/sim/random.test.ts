import { describe, expect, it } from 'vitest';
import { createRandom, hashUnit } from './random';

const draw = (seed: number | string, n = 5): number[] => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRandom', () => {
  it('repeats the same stream for the same seed and differs across seeds', () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw('world')).toEqual(draw('world'));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('forks streams that depend only on the parent seed and the name', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    b.next();
    b.next();
    expect(a.fork('node-1').next()).toBe(b.fork('node-1').next());
    expect(a.fork('node-1').next()).not.toBe(a.fork('node-2').next());
  });

  it('draws uniform floats in [0, 1) and integers in [0, n)', () => {
    const r = createRandom(1);
    let sum = 0;
    let min = 1;
    let max = 0;
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) {
      const v = r.next();
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
      counts[r.int(4)]!++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
    for (const c of counts) expect(c).toBeGreaterThan(4_500);
    expect(() => r.int(0)).toThrow();
  });

  it('draws standard normal variates', () => {
    const r = createRandom(3);
    let sum = 0;
    let sq = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const v = r.normal();
      sum += v;
      sq += v * v;
    }
    expect(sum / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(sq / n)).toBeCloseTo(1, 1);
  });

  it('hashUnit is a pure function of its inputs', () => {
    expect(hashUnit(1, 2, 3)).toBe(hashUnit(1, 2, 3));
    expect(hashUnit(1, 2, 3)).not.toBe(hashUnit(1, 3, 3));
    expect(hashUnit(9, 1e7)).toBeLessThan(1);
  });
});
