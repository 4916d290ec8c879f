import { describe, expect, it } from 'vitest';
import { FloatChunk } from './chunk';
import { decodeChunk } from './chunk-decode';
import { seededRandom } from './testing';

/** Series appends the way MemSeries does: a full or refusing chunk is closed and the next one opened. */
class Series {
  readonly chunks: FloatChunk[] = [];
  readonly ts: number[] = [];
  readonly vs: number[] = [];

  constructor(private readonly chunkSize: number) {}

  append(t: number, v: number): void {
    this.ts.push(t);
    this.vs.push(v);
    const head = this.chunks[this.chunks.length - 1];
    if (head === undefined || head.count >= this.chunkSize || !head.append(t, v, false)) {
      head?.close();
      const next = new FloatChunk(head?.prefersXor);
      expect(next.append(t, v, false)).toBe(true);
      this.chunks.push(next);
    }
  }

  decoded(): { ts: number[]; vs: number[] } {
    const n = this.ts.length;
    const out = { ts: new Float64Array(n), vs: new Float64Array(n), stale: new Uint8Array(n) };
    let at = 0;
    for (const c of this.chunks) at = decodeChunk(c, -Infinity, Infinity, out, at);
    return { ts: [...out.ts.subarray(0, at)], vs: [...out.vs.subarray(0, at)] };
  }
}

function expectSame(s: Series): void {
  const got = s.decoded();
  expect(got.ts).toEqual(s.ts);
  got.vs.forEach((v, i) => {
    if (!Object.is(v, s.vs[i])) expect.fail(`value ${i} is ${v}, want ${s.vs[i]}`);
  });
}

describe('closed chunks in shared slabs', () => {
  it('keep their bytes while many series close chunks in waves and reuse write buffers', () => {
    const rand = seededRandom(11);
    const series = Array.from({ length: 300 }, () => new Series(20));
    const level = series.map(() => Math.floor(rand() * 1e6));
    for (let k = 0; k < 130; k++) {
      series.forEach((s, j) => {
        const r = rand();
        // Counters, gauges with decimals, arbitrary floats: every coding and chunk size.
        level[j]! += r < 0.5 ? 7 : r < 0.8 ? Math.floor(rand() * 20) - 8 : 0;
        const v = j % 3 === 0 ? level[j]! : j % 3 === 1 ? level[j]! / 100 : level[j]! * Math.PI;
        s.append(1_700_000_000_000 + k * 15_000 + (r < 0.1 ? 3 : 0), v);
      });
    }
    for (const s of series) expectSame(s);
    // Chunks closed in one wave sit in one slab, not in a buffer each.
    const closed = series.map((s) => s.chunks[0]!).filter((c) => !c.isOpen);
    expect(new Set(closed.map((c) => c.bytes.buffer)).size).toBeLessThan(closed.length / 10);
  });

  it('treats a second close as a no-op', () => {
    const s = new Series(5);
    for (let k = 0; k < 12; k++) s.append(k * 1000, k * 1.5);
    for (const c of s.chunks) {
      c.close();
      c.close();
    }
    // The spare buffers handed back must not be the slabs the closed chunks live in.
    const other = new Series(5);
    for (let k = 0; k < 12; k++) other.append(k * 1000, 99 - k);
    expectSame(s);
    expectSame(other);
  });

  it('codes steady and slightly wiggling decimals exactly, -0 and huge values included', () => {
    const rand = seededRandom(5);
    for (let seed = 0; seed < 40; seed++) {
      const s = new Series(120);
      let v = Math.round((rand() - 0.5) * 2000) / 10;
      let step = Math.round(rand() * 30) / 10;
      for (let k = 0; k < 200; k++) {
        const r = rand();
        if (r < 0.2) step += Math.round((rand() - 0.5) * 14) / 10; // a delta-of-delta in the smallest bucket
        v = Math.round((v + step) * 10) / 10;
        s.append(k * 15_000, r > 0.99 ? -0 : r > 0.985 ? 2 ** 52 : v);
      }
      expectSame(s);
    }
  });
});
