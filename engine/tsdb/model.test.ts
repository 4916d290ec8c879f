import { describe, expect, it } from 'vitest';
import { datasetToOpenMetrics, generateDataset } from '../../bench/dataset';
import { labelsFromRecord } from '../model/labels';
import { compileMatcher } from '../model/matchers';
import { backfillOpenMetrics } from './backfill';
import { createHead } from './head';
import { intersect, subtract, union } from './postings';
import { literalAlternatives } from './select';
import { seededRandom } from './testing';

type Sample = { t: number; v: number; stale: boolean };

describe('head against a plain-array model', () => {
  it('agrees after random appends, deletions and truncations', () => {
    const rand = seededRandom(99);
    const head = createHead({ chunkSize: 7 });
    const app = head.appender();
    const model = new Map<string, Sample[]>();
    const names = ['a', 'b', 'c'];
    const t = { a: 0, b: 0, c: 0 } as Record<string, number>;
    let floor = -Infinity;
    for (let step = 0; step < 3000; step++) {
      const name = names[Math.floor(rand() * names.length)]!;
      const r = rand();
      if (r < 0.9) {
        t[name]! += 1 + Math.floor(rand() * 3) * 500;
        const kind = rand();
        // Mix decimal-friendly values, arbitrary floats, specials and stale markers.
        const v = kind < 0.4 ? Math.round(rand() * 100) / 10 : kind < 0.7 ? rand() * 1e6 : kind < 0.75 ? NaN : kind < 0.8 ? -0 : Math.floor(step / 10);
        if (t[name]! < floor) continue;
        const list = model.get(name) ?? [];
        if (kind > 0.97) {
          app.appendStale(labelsFromRecord({ __name__: name }), t[name]!);
          list.push({ t: t[name]!, v: NaN, stale: true });
        } else {
          app.append(labelsFromRecord({ __name__: name }), t[name]!, v);
          list.push({ t: t[name]!, v, stale: false });
        }
        model.set(name, list);
      } else if (r < 0.95) {
        const from = Math.floor(rand() * t[name]!);
        const to = from + Math.floor(rand() * 5000);
        head.deleteSeries([compileMatcher({ name: '__name__', type: '=', value: name })], from, to);
        model.set(name, (model.get(name) ?? []).filter((s) => s.t < from || s.t > to));
      } else if (r < 0.96) {
        floor = Math.max(floor, Math.floor(rand() * Math.min(t.a!, t.b!, t.c!)));
        head.truncateBefore(floor);
        for (const [k, list] of model) model.set(k, list.filter((s) => s.t >= floor));
      }
    }
    const q = head.querier(-Infinity, Infinity);
    for (const name of names) {
      const want = model.get(name) ?? [];
      const [s] = q.select([compileMatcher({ name: '__name__', type: '=', value: name })]);
      if (want.length === 0) {
        expect(s).toBeUndefined();
        continue;
      }
      const b = s!.samples(-Infinity, Infinity);
      expect([...b.ts]).toEqual(want.map((x) => x.t));
      expect([...b.stale]).toEqual(want.map((x) => (x.stale ? 1 : 0)));
      want.forEach((x, i) => expect(Object.is(b.vs[i], x.v)).toBe(true));
      // A window in the middle decodes to the same samples as filtering the model.
      const lo = want[Math.floor(want.length / 3)]!.t;
      const hi = want[Math.floor((2 * want.length) / 3)]!.t;
      expect([...s!.samples(lo, hi).ts]).toEqual(want.filter((x) => x.t >= lo && x.t <= hi).map((x) => x.t));
    }
    const all = [...model.values()].flat();
    expect(all.length).toBeGreaterThan(500);
    expect(head.stats().numSamples).toBe(all.length);
    expect(head.minTime).toBe(Math.min(...all.map((s) => s.t)));
    expect(head.maxTime).toBe(Math.max(...all.map((s) => s.t)));
  });
});

describe('demo dataset', () => {
  const ds = generateDataset(1);

  function load() {
    const head = createHead();
    const app = head.appender();
    for (let i = 0; i < ds.points; i++) for (const s of ds.series) app.append(s.labels, ds.startMs + i * ds.intervalMs, s.values[i]!);
    return head;
  }

  it('compresses realistic scrape data to at most 1.4 bytes per sample and reads it back exactly', () => {
    const head = load();
    const stats = head.stats();
    expect(stats.numSamples).toBe(ds.series.length * ds.points);
    expect(stats.bytesPerSample).toBeLessThanOrEqual(1.4);
    const q = head.querier(-Infinity, Infinity);
    for (const s of ds.series) {
      const matchers = s.labels.map((l) => compileMatcher({ name: l.name, type: '=', value: l.value }));
      const [got] = q.select(matchers);
      expect([...got!.samples(-Infinity, Infinity).vs]).toEqual([...s.values]);
    }
  });

  it('backfills the same data from its OpenMetrics rendering', () => {
    const direct = load().stats();
    const head = createHead();
    const r = backfillOpenMetrics(head, datasetToOpenMetrics(ds));
    expect(r.samples).toBe(direct.numSamples);
    expect(r.series).toBe(ds.series.length);
    expect(head.stats().chunkBytes).toBe(direct.chunkBytes);
  });
});

describe('postings operations', () => {
  it('intersects, subtracts and unions ascending lists', () => {
    const long = Array.from({ length: 1000 }, (_, i) => i * 3);
    expect(intersect([0, 5, 6, 2997, 3000], long)).toEqual([0, 6, 2997]);
    expect(intersect(long, [])).toEqual([]);
    expect(subtract([1, 2, 3, 4, 5], [2, 4, 6])).toEqual([1, 3, 5]);
    expect(union([[5, 9], [1, 5, 7], []])).toEqual([1, 5, 7, 9]);
  });

  it('recognises plain literal alternations only', () => {
    expect(literalAlternatives('GET|POST')).toEqual(['GET', 'POST']);
    expect(literalAlternatives('/api/users')).toEqual(['/api/users']);
    expect(literalAlternatives('a|')).toBeUndefined();
    expect(literalAlternatives('a.b')).toBeUndefined();
    expect(literalAlternatives('(a|b)')).toBeUndefined();
  });
});
