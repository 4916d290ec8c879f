import { describe, expect, it } from 'vitest';
import { labelsFromRecord, type Labels } from '../model/labels';
import { compileMatcher } from '../model/matchers';
import { AppendError, type RefItem } from '../storage/interface';
import { createHead } from './head';
import { MemSeries } from './series';
import { StageTable } from './stage-table';
import { seededRandom } from './testing';

/** Reference is what a series should hold: its samples in order ('stale' for a marker). */
type Reference = { ts: number[]; vs: (number | 'stale')[] };

function expectHeld(head: ReturnType<typeof createHead>, labels: readonly Labels[], want: readonly Reference[]): void {
  const q = head.querier(-Infinity, Infinity);
  labels.forEach((l, i) => {
    const s = q.select(l.map((p) => compileMatcher({ name: p.name, type: '=', value: p.value })))[0];
    const w = want[i]!;
    if (w.ts.length === 0) {
      expect(s).toBeUndefined();
      return;
    }
    const b = s!.samples(-Infinity, Infinity);
    expect([...b.ts.subarray(0, b.length)]).toEqual(w.ts);
    w.vs.forEach((v, k) => {
      if (v === 'stale') expect(b.stale[k]).toBe(1);
      else if (!Object.is(b.vs[k], v) || b.stale[k] !== 0) expect.fail(`series ${i} sample ${k}: ${b.vs[k]}, want ${v}`);
    });
  });
}

describe('open chunks staged in the head table', () => {
  it('keep every series exact through batches, markers, repeats, start times, retention and chunk cuts', () => {
    const rand = seededRandom(21);
    const head = createHead({ chunkSize: 17 });
    const app = head.appender();
    const n = 300;
    const labels = Array.from({ length: n }, (_, i) => labelsFromRecord({ __name__: `m${i % 7}`, i: String(i) }));
    const items: RefItem[] = labels.map((l) => ({ labels: l, ref: undefined }));
    const want: Reference[] = labels.map(() => ({ ts: [], vs: [] }));
    const level = new Float64Array(n);
    const vs = new Array<number>(n).fill(0);
    let cut = -Infinity;
    for (let step = 1; step <= 400; step++) {
      const t = step * 15_000;
      for (let i = 0; i < n; i++) {
        const r = rand();
        level[i]! += r < 0.4 ? 1 : r < 0.6 ? 0 : r < 0.9 ? Math.round(rand() * 1000) / 100 : (rand() - 0.5) * 1e9;
        vs[i] = i % 50 === 0 && r < 0.05 ? NaN : i % 37 === 0 && r > 0.98 ? -0 : level[i]!;
      }
      // A third of the steps go one sample at a time, the rest as one scrape batch.
      if (step % 3 === 0) {
        for (let i = 0; i < n; i++) app.append(labels[i]!, t, vs[i]!, i % 29 === 0 && rand() < 0.3 ? t - 5000 : 0);
      } else {
        expect(app.appendRefsAt!(t, items, vs, n)).toBe(0);
      }
      for (let i = 0; i < n; i++) {
        want[i]!.ts.push(t);
        want[i]!.vs.push(Number.isNaN(vs[i]) ? NaN : vs[i]!);
      }
      // Now and then: a marker, a repeat (accepted, nothing stored) and a duplicate (refused).
      const j = Math.floor(rand() * n);
      if (step % 5 === 0) {
        app.appendStale(labels[j]!, t + 1);
        want[j]!.ts.push(t + 1);
        want[j]!.vs.push('stale');
        app.appendStale(labels[j]!, t + 1);
      } else {
        app.append(labels[j]!, t, vs[j]!);
        expect(() => app.append(labels[j]!, t, Number.isNaN(vs[j]) ? 0 : vs[j]! + 1)).toThrow(AppendError);
      }
      if (step % 97 === 0) {
        cut = t - 40 * 15_000 + 7;
        head.truncateBefore(cut);
        for (const w of want) {
          const keep = w.ts.findIndex((x) => x >= cut);
          w.ts.splice(0, keep < 0 ? w.ts.length : keep);
          w.vs.splice(0, keep < 0 ? w.vs.length : keep);
        }
      }
    }
    expectHeld(head, labels, want);
  });

  it('serve reads of an open chunk while it fills, then the same samples once it is coded', () => {
    const head = createHead({ chunkSize: 10 });
    const app = head.appender();
    const l = labelsFromRecord({ __name__: 'x', i: '0' });
    const want: Reference = { ts: [], vs: [] };
    for (let k = 1; k <= 25; k++) {
      if (k % 4 === 0) {
        app.appendStale(l, k * 1000);
        want.vs.push('stale');
      } else {
        app.append(l, k * 1000, k / 10);
        want.vs.push(k / 10);
      }
      want.ts.push(k * 1000);
      // Reads through the caches as the chunks open, fill and close.
      expectHeld(head, [l], [want]);
      const inner = head.querier(-Infinity, Infinity).select([])[0]!.samples(k * 1000 - 2500, k * 1000 - 500);
      expect([...inner.ts.subarray(0, inner.length)]).toEqual(want.ts.filter((t) => t >= k * 1000 - 2500 && t <= k * 1000 - 500));
      expect([...inner.stale.subarray(0, inner.length)]).toEqual(
        want.ts.flatMap((t, i) => (t >= k * 1000 - 2500 && t <= k * 1000 - 500 ? [want.vs[i] === 'stale' ? 1 : 0] : [])),
      );
    }
  });

  it('give every slot back when chunks close, are dropped or replaced', () => {
    const table = new StageTable();
    const s = new MemSeries(1, [], 0, table);
    for (let k = 1; k <= 300; k++) s.append(k * 1000, k, false, 120);
    // Two closed chunks and the open one.
    expect([s.chunks.length, table.inUse]).toEqual([3, 1]);
    s.replaceChunks(s.mergedChunks([500], [0.5], 120));
    expect([s.sampleCount, table.inUse]).toEqual([301, 1]);
    s.dropRange(-Infinity, 250_000, 120);
    expect([s.sampleCount, table.inUse]).toEqual([50, 1]);
    s.dropRange(-Infinity, Infinity, 120);
    expect([s.chunks.length, table.inUse]).toEqual([0, 0]);
    s.append(400_000, 1, false, 120);
    expect([s.sampleCount, table.inUse]).toEqual([1, 1]);
  });
});
