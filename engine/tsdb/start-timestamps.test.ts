import { describe, expect, it } from 'vitest';
import { labelsFromRecord, type Labels } from '../model/labels';
import { compileMatcher } from '../model/matchers';
import { AppendError } from '../storage/interface';
import { createHead, mergeSeries } from './head';
import { decodeStartTimes, StartTimeColumn } from './start-times';
import type { Head } from './types';

const L = (r: Record<string, string>): Labels => labelsFromRecord(r);
const byName = (name: string) => [compileMatcher({ name: '__name__', type: '=', value: name })];

/** read returns one series' samples in [minT, maxT] as plain arrays. */
function read(head: Head, name: string, minT = -Infinity, maxT = Infinity) {
  const [s] = head.querier(minT, maxT).select(byName(name));
  const b = s!.samples(minT, maxT);
  return { ts: [...b.ts], vs: [...b.vs], sts: b.sts === undefined ? undefined : [...b.sts] };
}

/** load appends `sts.length` samples one second apart with value i and start time sts[i]. */
function load(head: Head, labels: Labels, sts: readonly number[], fromMs = 0): void {
  const app = head.appender();
  sts.forEach((st, i) => app.append(labels, fromMs + i * 1000, i, st));
}

/** Start-time patterns worth a code each, and ones that need the wide codes. */
const PATTERNS: Record<string, (t: number, i: number) => number> = {
  cumulative: () => -5000, // one counter life: the same start time throughout
  delta: (t) => t - 1000, // each sample starts at the previous one (OpenTelemetry delta)
  justBefore: (t) => t - 1, // start 1 ms before the sample
  resets: (t, i) => (i % 7 === 0 ? t - 300 : Math.floor(i / 7) * 7000 - 300),
  mixedUnknown: (t, i) => (i % 3 === 0 ? 0 : t - 250_000 * i),
  farAway: (t, i) => (i % 2 === 0 ? -(2 ** 50) : t - 2 ** 40),
};

describe('start timestamps in the head', () => {
  it('leave batches without an sts array for series that never had one', () => {
    const head = createHead({ chunkSize: 4 });
    for (let i = 0; i < 10; i++) head.appender().append(L({ __name__: 'plain' }), i * 1000, i);
    expect(read(head, 'plain').sts).toBeUndefined();
  });

  it('cost no extra bytes for series without them', () => {
    const plain = createHead({ chunkSize: 8 });
    const zeros = createHead({ chunkSize: 8 });
    for (let i = 0; i < 50; i++) {
      plain.appender().append(L({ __name__: 'x' }), i * 15_000, i * 3);
      zeros.appender().append(L({ __name__: 'x' }), i * 15_000, i * 3, 0);
    }
    expect(zeros.stats().chunkBytes).toBe(plain.stats().chunkBytes);
    expect(read(zeros, 'x').sts).toBeUndefined();
  });

  for (const [name, st] of Object.entries(PATTERNS)) {
    it(`round-trip the ${name} pattern across chunks`, () => {
      const head = createHead({ chunkSize: 5 });
      const sts = Array.from({ length: 23 }, (_, i) => st(i * 1000, i));
      load(head, L({ __name__: 'c' }), sts);
      expect(read(head, 'c').sts).toEqual(sts);
      // A read that cuts chunks keeps start times aligned with their samples.
      expect(read(head, 'c', 3000, 12_000).sts).toEqual(sts.slice(3, 13));
      // Reads inside one chunk (views of the decoded chunk), whole or in part.
      expect(read(head, 'c', 5000, 9000).sts).toEqual(sts.slice(5, 10));
      expect(read(head, 'c', 6000, 8000).sts).toEqual(sts.slice(6, 9));
    });
  }

  it('fill zeros (unknown) for the samples before the first start time and in chunks without any', () => {
    const head = createHead({ chunkSize: 4 });
    const sts = [0, 0, 0, 0, 0, 0, -60_000, -60_000, 0, 0];
    load(head, L({ __name__: 'late' }), sts);
    expect(read(head, 'late').sts).toEqual(sts);
    expect(read(head, 'late', 0, 3000).sts).toBeUndefined(); // the first chunk has none
  });

  it('show up in reads made before and after the appends that brought them', () => {
    const head = createHead({ chunkSize: 100 });
    const app = head.appender();
    const s = L({ __name__: 'cached' });
    app.append(s, 0, 1);
    app.append(s, 1000, 2);
    expect(read(head, 'cached').sts).toBeUndefined();
    app.append(s, 2000, 3, 1500);
    expect(read(head, 'cached').sts).toEqual([0, 0, 1500]);
    app.append(s, 3000, 4, 1500);
    expect(read(head, 'cached').sts).toEqual([0, 0, 1500, 1500]);
  });

  it('survive retention that cuts a chunk', () => {
    const head = createHead({ chunkSize: 5, retentionMs: 9000 });
    const sts = Array.from({ length: 20 }, (_, i) => i * 1000 - 500);
    load(head, L({ __name__: 'r' }), sts);
    head.applyRetention(21_000);
    expect(read(head, 'r').ts[0]).toBe(12_000);
    expect(read(head, 'r').sts).toEqual(sts.slice(12));
  });

  it('survive deleting a range in the middle of a chunk', () => {
    const head = createHead({ chunkSize: 10 });
    const sts = Array.from({ length: 20 }, (_, i) => (i < 10 ? -1000 : 9500));
    load(head, L({ __name__: 'd' }), sts);
    head.deleteSeries(byName('d'), 3000, 13_000);
    expect(read(head, 'd').ts).toEqual([0, 1000, 2000, 14_000, 15_000, 16_000, 17_000, 18_000, 19_000]);
    expect(read(head, 'd').sts).toEqual([-1000, -1000, -1000, 9500, 9500, 9500, 9500, 9500, 9500]);
  });

  it('keep stored start times when older samples are merged in (merged ones have none)', () => {
    const head = createHead({ chunkSize: 4 });
    load(head, L({ __name__: 'b' }), [4500, 4500, 4500], 5000);
    mergeSeries(head, [{ labels: L({ __name__: 'b' }), ts: [1000, 2000], vs: [7, 8] }]);
    expect(read(head, 'b').ts).toEqual([1000, 2000, 5000, 6000, 7000]);
    expect(read(head, 'b').sts).toEqual([0, 0, 4500, 4500, 4500]);
  });

  it('are ignored for accepted repeats and rejected when not integer milliseconds', () => {
    const head = createHead();
    const app = head.appender();
    const s = L({ __name__: 'v' });
    app.append(s, 1000, 1, 500);
    app.append(s, 1000, 1, 700); // same timestamp and value: a no-op, as upstream
    expect(read(head, 'v').sts).toEqual([500]);
    expect(() => app.append(s, 2000, 1, 0.5)).toThrow(AppendError);
    expect(() => app.append(s, 2000, 1, NaN)).toThrow(AppendError);
  });
});

describe('StartTimeColumn', () => {
  it('codes a counter life in one bit per sample and deltas in two', () => {
    const life = new StartTimeColumn();
    const delta = new StartTimeColumn();
    for (let i = 0; i < 120; i++) {
      life.append(i * 15_000, -7000);
      delta.append(i * 15_000, (i - 1) * 15_000);
    }
    // The first sample of each needs the wide code ('111', bucket '110' + 20 bits); the rest are '0' or '10'.
    expect(life.byteLength).toBeLessThanOrEqual(Math.ceil((3 + 3 + 20 + 119) / 8));
    expect(delta.byteLength).toBeLessThanOrEqual(Math.ceil((3 + 3 + 20 + 2 * 119) / 8));
  });

  it('decodes what it encoded, including unknown leading samples', () => {
    const ts = [10, 20, 35, 50, 51, 90];
    const sts = [0, 0, 15, 20, 50, -(2 ** 45)];
    const col = new StartTimeColumn(2, 20);
    for (let i = 2; i < ts.length; i++) col.append(ts[i]!, sts[i]!);
    col.close();
    const out = new Float64Array(ts.length + 1);
    decodeStartTimes(col, ts, out, 1);
    expect([...out.subarray(1)]).toEqual(sts);
  });
});
