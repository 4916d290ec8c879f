import { describe, expect, it } from 'vitest';
import { floatBits, STALE_HI, STALE_LO } from './float-bits';
import { FloatChunk } from './chunk';
import { decodeChunk } from './chunk-decode';
import { encodeSamples } from './chunk-list';
import { seededRandom } from './testing';

const bits = new Uint32Array(2);

/** encode appends samples the way a series does: a refused value starts a new chunk. */
function encode(ts: readonly number[], vs: readonly (number | 'stale')[]): FloatChunk[] {
  const chunks = [new FloatChunk()];
  ts.forEach((t, i) => {
    const v = vs[i]!;
    if (v === 'stale') {
      bits[0] = STALE_HI;
      bits[1] = STALE_LO;
    } else floatBits(v, bits);
    if (!chunks[chunks.length - 1]!.append(t, bits[0]!, bits[1]!)) {
      const next = new FloatChunk();
      expect(next.append(t, bits[0]!, bits[1]!)).toBe(true);
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
    const vs: (number | 'stale')[] = [1, 2, 2.5, 'stale', 2.75, 3, Math.PI, 4, -0, 5, NaN, 2 ** 60, 1e-13, 'stale', 6];
    const chunks = encode(vs.map((_, i) => i * 1000), vs);
    expect(chunks[0]!.decimal).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    const got = decode(chunks);
    got.vs.forEach((v, i) => {
      const want = vs[i]!;
      if (want === 'stale') expect(got.stale[i]).toBe(1);
      else expect(Object.is(v, want)).toBe(true);
    });
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
