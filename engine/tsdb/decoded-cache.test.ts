import { describe, expect, it } from 'vitest';
import { FloatChunk } from './chunk';
import { DecodedChunkCache } from './decoded-cache';
import { floatBits } from './float-bits';

const bits = new Uint32Array(2);

function chunkOf(values: readonly number[], startMs = 0): FloatChunk {
  const c = new FloatChunk();
  values.forEach((v, i) => append(c, startMs + i * 15_000, v));
  return c;
}

function append(c: FloatChunk, t: number, v: number): void {
  floatBits(v, bits);
  expect(c.append(t, bits[0]!, bits[1]!)).toBe(true);
}

describe('DecodedChunkCache', () => {
  it('returns the decoded samples, the same arrays on a hit', () => {
    const cache = new DecodedChunkCache(100);
    const c = chunkOf([1, 2.5, 4]);
    const d = cache.get(c);
    expect([...d.ts]).toEqual([0, 15_000, 30_000]);
    expect([...d.vs]).toEqual([1, 2.5, 4]);
    expect(cache.get(c)).toBe(d);
  });

  it('decodes again once an append changed the chunk', () => {
    const cache = new DecodedChunkCache(100);
    const c = chunkOf([1, 2]);
    expect(cache.get(c).count).toBe(2);
    append(c, 30_000, 3);
    expect([...cache.get(c).vs]).toEqual([1, 2, 3]);
  });

  it('keeps at most its budget of samples, dropping chunks not used since', () => {
    const cache = new DecodedChunkCache(4);
    const a = chunkOf([1, 2]);
    const b = chunkOf([3, 4]);
    const c = chunkOf([5, 6]);
    const da = cache.get(a);
    const db = cache.get(b);
    cache.get(a); // a is used again, b is not
    cache.get(c);
    expect(cache.get(a)).toBe(da);
    expect(cache.get(b)).not.toBe(db);
  });
});
