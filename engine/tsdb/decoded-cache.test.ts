import { describe, expect, it } from 'vitest';
import { FloatChunk } from './chunk';
import { decodeChunk } from './chunk-decode';
import { DecodedChunkCache, type DecodedChunk } from './decoded-cache';

function chunkOf(values: readonly number[], startMs = 0): FloatChunk {
  const c = new FloatChunk();
  values.forEach((v, i) => append(c, startMs + i * 15_000, v));
  return c;
}

/** head lists the first d.count entries of an array (an open chunk's arrays have room for more). */
function head(d: DecodedChunk, a: ArrayLike<number>): number[] {
  return Array.from(a).slice(0, d.count);
}

function append(c: FloatChunk, t: number, v: number): void {
  expect(c.append(t, v, false)).toBe(true);
}

describe('DecodedChunkCache', () => {
  it('returns the decoded samples, the same arrays on a hit', () => {
    const cache = new DecodedChunkCache(100);
    const c = chunkOf([1, 2.5, 4]);
    const d = cache.get(c);
    expect(head(d, d.ts)).toEqual([0, 15_000, 30_000]);
    expect(head(d, d.vs)).toEqual([1, 2.5, 4]);
    expect(cache.get(c)).toBe(d);
  });

  it('decodes again once an append changed the chunk', () => {
    const cache = new DecodedChunkCache(100);
    const c = chunkOf([1, 2]);
    expect(cache.get(c).count).toBe(2);
    append(c, 30_000, 3);
    const d = cache.get(c);
    expect(head(d, d.vs)).toEqual([1, 2, 3]);
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

describe('DecodedChunkCache on an open chunk', () => {
  // A NaN first makes the chunk code its values with XOR.
  const values = [NaN, 2.5, 4, 1, 1e300, 7, 7, -3.25, 0, 12345678.9];

  /** freshDecode decodes the whole chunk with the one-pass decoder. */
  function freshDecode(c: FloatChunk): { ts: number[]; vs: number[]; stale: number[] } {
    const out = { ts: new Float64Array(c.count), vs: new Float64Array(c.count), stale: new Uint8Array(c.count) };
    expect(decodeChunk(c, -Infinity, Infinity, out, 0)).toBe(c.count);
    return { ts: [...out.ts], vs: [...out.vs], stale: [...out.stale] };
  }

  it.each([
    ['decimal', [1, 2, 3.5, 4, 5.25, 6, 7, 8, 9, 10.125]],
    ['XOR', values],
  ])('returns after every append the same samples as a fresh decode (%s values)', (_name, vs) => {
    const cache = new DecodedChunkCache(1000);
    const c = new FloatChunk();
    const seen: number[][] = [];
    for (let i = 0; i < 40; i++) {
      append(c, i * 15_000 + (i % 3), vs[i % vs.length]!);
      const d = cache.get(c);
      seen.push(head(d, d.vs));
      expect({ ts: head(d, d.ts), vs: head(d, d.vs), stale: head(d, d.stale) }).toEqual(freshDecode(c));
      expect(d.count).toBe(i + 1);
    }
    expect(seen[5]).toHaveLength(6);
  });

  it('keeps the samples handed out before an append unchanged', () => {
    const cache = new DecodedChunkCache(1000);
    const c = chunkOf([1, 2, 3]);
    const before = cache.get(c);
    const copy = head(before, before.vs);
    for (let i = 3; i < 30; i++) append(c, i * 15_000, i * 1.5);
    cache.get(c);
    expect(head(before, before.vs)).toEqual(copy);
    expect(cache.get(c).count).toBe(30);
  });

  it('decodes stale markers and the last samples once the chunk is closed', () => {
    const cache = new DecodedChunkCache(1000);
    const c = chunkOf([1, 2]);
    cache.get(c);
    expect(c.append(30_000, NaN, true)).toBe(true);
    append(c, 45_000, 4);
    c.close();
    const d = cache.get(c);
    expect(head(d, d.stale)).toEqual([0, 0, 1, 0]);
    expect(head(d, d.vs)).toEqual([1, 2, NaN, 4]);
    expect(cache.get(c)).toBe(d);
  });
});
