import { describe, expect, it } from 'vitest';
import { FloatChunk } from './chunk';
import { decodeChunk } from './chunk-decode';
import { encodeSamples, PRICE_EVERY } from './chunk-list';
import { seededRandom } from './testing';

/**
 * encode appends samples to one chunk and closes it, so its samples are
 * coded; the same samples decode alike from the open (staged) chunk first.
 */
function encode(ts: readonly number[], vs: readonly (number | 'stale')[]): FloatChunk[] {
  const chunks = appendAll(ts, vs);
  const staged = decode(chunks);
  for (const c of chunks) c.close();
  const coded = decode(chunks);
  expect(coded.ts).toEqual(staged.ts);
  expect(coded.stale).toEqual(staged.stale);
  coded.vs.forEach((v, i) => expect(Object.is(v, staged.vs[i])).toBe(true));
  return chunks;
}

/** appendAll appends samples the way a series does: a refused sample starts a new chunk. */
function appendAll(ts: readonly number[], vs: readonly (number | 'stale')[]): FloatChunk[] {
  const chunks = [new FloatChunk()];
  ts.forEach((t, i) => {
    const v = vs[i]!;
    const stale = v === 'stale';
    const value = stale ? NaN : v;
    if (!chunks[chunks.length - 1]!.append(t, value, stale)) {
      const next = new FloatChunk();
      expect(next.append(t, value, stale)).toBe(true);
      chunks.push(next);
    }
  });
  return chunks;
}

function decode(chunks: FloatChunk[], minT = -Infinity, maxT = Infinity) {
  const total = chunks.reduce((n, c) => n + c.count, 0);
  const out = { ts: new Float64Array(total), vs: new Float64Array(total), stale: new Uint8Array(total) };
  let n = 0;
  for (const c of chunks) n = decodeChunk(c, minT, maxT, out, n);
  return { ts: [...out.ts.subarray(0, n)], vs: [...out.vs.subarray(0, n)], stale: [...out.stale.subarray(0, n)] };
}

const bytesOf = (chunks: FloatChunk[]) => chunks.reduce((n, c) => n + c.byteLength, 0);

describe('float chunk', () => {
  it('round-trips edge values bit for bit', () => {
    const values = [0, -0, 1, -1, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE,
      5e-324, 2 ** 53, 1e-300, 1e300, 0.1, 0.1, 0.1, 123456.789, -0, 0, NaN, 1];
    const ts = values.map((_, i) => 1_700_000_000_000 + i * 15_000);
    const got = decode(encode(ts, values));
    expect(got.ts).toEqual(ts);
    got.vs.forEach((v, i) => expect(Object.is(v, values[i])).toBe(true));
    expect(got.stale.every((s) => s === 0)).toBe(true);
  });

  it('round-trips random values and irregular timestamps', () => {
    const rand = seededRandom(7);
    const ts: number[] = [];
    const vs: number[] = [];
    let t = -5_000_000;
    for (let i = 0; i < 500; i++) {
      const r = rand();
      // Mix jitter, long gaps and huge jumps so every delta-of-delta bucket is used.
      t += r < 0.5 ? 15_000 + Math.floor(rand() * 7) : r < 0.8 ? 1 + Math.floor(rand() * 100_000) : Math.floor(rand() * 2 ** 40);
      ts.push(t);
      const k = rand();
      vs.push(k < 0.3 ? (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20) : k < 0.6 ? Math.floor(rand() * 1000) : k < 0.7 ? vs[vs.length - 1] ?? 0 : rand());
    }
    const got = decode(encode(ts, vs));
    expect(got.ts).toEqual(ts);
    expect(got.vs).toEqual(vs);
  });

  it('handles negative timestamps and the extremes of the time range', () => {
    const ts = [-(2 ** 51), -1_000, -1, 0, 1, 2 ** 40, 2 ** 51];
    const vs = ts.map((_, i) => i);
    expect(decode(encode(ts, vs)).ts).toEqual(ts);
    // A closed chunk keeps its bounds exactly, in whatever form it stores them.
    for (let i = 0; i < ts.length; i++) {
      for (let j = i; j < ts.length; j++) {
        const [c] = encode(ts.slice(i, j + 1), vs.slice(i, j + 1));
        expect([c!.isOpen, c!.minT, c!.maxT, c!.count]).toEqual([false, ts[i], ts[j], j - i + 1]);
      }
    }
  });

  it('keeps staleness markers apart from NaN values', () => {
    const ts = [1000, 2000, 3000, 4000, 5000, 6000];
    const got = decode(encode(ts, ['stale', 1, NaN, 'stale', NaN, 2]));
    expect(got.stale).toEqual([1, 0, 0, 1, 0, 0]);
    expect(got.vs.map((v) => Number.isNaN(v))).toEqual([true, false, true, true, true, false]);
    expect(got.vs[5]).toBe(2);
  });

  it('decodes only the requested inclusive range', () => {
    const ts = [10, 20, 30, 40, 50];
    const c = encode(ts, [1, 2, 3, 4, 5]);
    expect(decode(c, 20, 40)).toEqual({ ts: [20, 30, 40], vs: [2, 3, 4], stale: [0, 0, 0] });
    expect(decode(c, 51, 100).ts).toEqual([]);
    expect(decode(c, 0, 9).ts).toEqual([]);
  });

  it('spends one bit per sample on a constant series at a fixed interval', () => {
    const ts = Array.from({ length: 120 }, (_, i) => 1_700_000_000_000 + i * 15_000);
    const c = encode(ts, ts.map(() => 1));
    // 64 bits of first timestamp; 1 + 4 + 6 for the coding, scale and first value;
    // 24 + 1 for the first interval and repeat; then 2 bits per sample.
    expect(bytesOf(c)).toBe(Math.ceil((64 + 11 + 25 + 118 * 2) / 8));
  });

  it('codes integers and short decimals as decimal delta-of-deltas', () => {
    const ts = Array.from({ length: 120 }, (_, i) => i * 15_000);
    const counter = encode(ts, ts.map((_, i) => 1000 + i * 37));
    expect(counter.length).toBe(1);
    expect(counter[0]!.decimal).toBe(true);
    // As above, but the first value takes 16 bits and the first increment 11.
    expect(bytesOf(counter)).toBe(Math.ceil((64 + 1 + 4 + 16 + 24 + 11 + 118 * 2) / 8));
    const gauge = [0.25, 23.7, 23.8, 1e-12, 123456.123, 0, 7];
    expect(decode(encode(gauge.map((_, i) => i), gauge)).vs).toEqual(gauge);
  });

  it('raises the decimal scale mid-chunk and falls back to XOR for values decimals cannot hold', () => {
    const scaled: (number | 'stale')[] = [1, 2, 2.5, 'stale', 2.75, 3, 1e-6, 4];
    const odd: (number | 'stale')[] = [...scaled, Math.PI, 4, -0, 5, NaN, 2 ** 60, 1e-13, 'stale', 6];
    for (const [vs, decimal] of [[scaled, true], [odd, false]] as const) {
      const chunks = encode(vs.map((_, i) => i * 1000), vs);
      expect(chunks.length).toBe(1);
      expect(chunks[0]!.decimal).toBe(decimal);
      const got = decode(chunks);
      got.vs.forEach((v, i) => {
        const want = vs[i]!;
        if (want === 'stale') expect(got.stale[i]).toBe(1);
        else expect(Object.is(v, want)).toBe(true);
      });
    }
  });

  it('starts an XOR chunk with a stale marker', () => {
    const chunks = encode([1, 2, 3], ['stale', 1.5, 'stale']);
    expect(chunks[0]!.decimal).toBe(false);
    expect(decode(chunks).stale).toEqual([1, 0, 1]);
  });

  it('switches a series to XOR coding when XOR prices its values lower', () => {
    const rand = seededRandom(3);
    const n = 360;
    // Free memory moves by random multiples of a 4 KiB page: few XOR bits, large decimal steps.
    let v = 4e9;
    const samples = { ts: new Float64Array(n), vs: new Float64Array(n), stale: new Uint8Array(n), length: n };
    for (let i = 0; i < n; i++) {
      samples.ts[i] = i * 15_000;
      samples.vs[i] = v -= 4096 * Math.floor(rand() * 50000);
    }
    const chunks = encodeSamples(samples, 120);
    expect(chunks.map((c) => c.decimal)).toEqual([true, false, false]);
    expect(chunks[1]!.prefersXor).toBe(true);
    expect(decode(chunks).vs).toEqual([...samples.vs]);
  });

  it('passes the preference on unpriced, and prices only one chunk in PRICE_EVERY of a series', () => {
    const counter = Array.from({ length: 50 }, (_, i) => 1000 + i);
    const rand = seededRandom(3);
    let free = 4e9;
    // Free memory moving by random multiples of a 4 KiB page: XOR is cheaper (see above).
    const pages = Array.from({ length: 50 }, () => (free -= 4096 * Math.floor(rand() * 50000)));
    const chunkOf = (vs: number[], preferXor: boolean, price: boolean) => {
      const c = new FloatChunk(preferXor, undefined, price);
      vs.forEach((v, i) => c.append(i * 15_000, v, false));
      c.close();
      return c;
    };
    // Unpriced: the coding follows the preference, and so does the answer.
    expect([chunkOf(counter, true, false).decimal, chunkOf(counter, true, false).prefersXor]).toEqual([false, true]);
    expect([chunkOf(pages, false, false).decimal, chunkOf(pages, false, false).prefersXor]).toEqual([true, false]);
    // Priced: the answer is the cheaper coding.
    expect(chunkOf(counter, true, true).prefersXor).toBe(false);
    expect(chunkOf(pages, false, true).prefersXor).toBe(true);
    const n = 120 * (PRICE_EVERY + 2);
    const samples = { ts: new Float64Array(n), vs: new Float64Array(n), stale: new Uint8Array(n), length: n };
    for (let i = 0; i < n; i++) {
      samples.ts[i] = i * 15_000;
      samples.vs[i] = i < 120 ? i : pages[i % 50]! - i * 4096 * 4096;
    }
    // The first chunk prices and keeps decimal; the next, unpriced, follow it until chunk PRICE_EVERY prices again.
    const decimal = encodeSamples(samples, 120).map((c) => c.decimal);
    expect(decimal).toEqual([...Array(PRICE_EVERY + 1).fill(true), false]);
  });

  it('round-trips many random mixed sequences exactly', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = seededRandom(seed);
      const n = 1 + Math.floor(rand() * 150);
      const ts: number[] = [];
      const vs: (number | 'stale')[] = [];
      let t = Math.floor((rand() - 0.5) * 2 ** 45);
      let v = Math.round(rand() * 1000);
      for (let i = 0; i < n; i++) {
        const r = rand();
        t += r < 0.6 ? 15_000 : r < 0.9 ? 1 + Math.floor(rand() * 60_000) : 1 + Math.floor(rand() * 2 ** 44);
        ts.push(t);
        const k = rand();
        if (k < 0.4) v += Math.round(rand() * 10); // counter step
        else if (k < 0.55) v = Math.round(rand() * 10 ** (1 + Math.floor(rand() * 6))) / 10 ** Math.floor(rand() * 8); // a new decimal scale
        else if (k < 0.65) v = (rand() - 0.5) * 1e10; // arbitrary float
        else if (k < 0.7) v = [NaN, Infinity, -Infinity, -0, 0, 2 ** 52, -(2 ** 50) - 1][Math.floor(rand() * 7)]!;
        vs.push(k > 0.97 ? 'stale' : v);
      }
      const got = decode(encode(ts, vs));
      expect(got.ts).toEqual(ts);
      vs.forEach((want, i) => {
        if (want === 'stale') expect(got.stale[i]).toBe(1);
        else expect(Object.is(got.vs[i], want) && got.stale[i] === 0).toBe(true);
      });
    }
  });
});
