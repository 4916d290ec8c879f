import { describe, expect, it } from 'vitest';
import { labelsFromRecord, type Labels } from '../model/labels';
import { compileMatcher, type MatchType } from '../model/matchers';
import { AppendError } from '../storage/interface';
import { createHead } from './head';

const L = (r: Record<string, string>): Labels => labelsFromRecord(r);
const m = (name: string, type: MatchType, value: string) => compileMatcher({ name, type, value });

function thrown(fn: () => void): AppendError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppendError) return e;
    throw e;
  }
  throw new Error('expected an AppendError');
}

describe('head appends', () => {
  it('stores samples and reads them back for an inclusive range', () => {
    const head = createHead({ chunkSize: 4 });
    const app = head.appender();
    const up = L({ __name__: 'up', job: 'a' });
    for (let i = 0; i < 10; i++) app.append(up, i * 1000, i);
    const [s] = head.querier(0, 100_000).select([m('__name__', '=', 'up')]);
    const b = s!.samples(2000, 6000);
    expect([...b.ts]).toEqual([2000, 3000, 4000, 5000, 6000]);
    expect([...b.vs]).toEqual([2, 3, 4, 5, 6]);
    expect(b.length).toBe(5);
    expect(head.stats().headStats.chunkCount).toBe(3);
    expect(head.minTime).toBe(0);
    expect(head.maxTime).toBe(9000);
    expect(head.numSeries).toBe(1);
  });

  it('rejects an older sample as out of order', () => {
    const head = createHead();
    const app = head.appender();
    const s = L({ __name__: 'x' });
    app.append(s, 2000, 1);
    const e = thrown(() => app.append(s, 1000, 1));
    expect(e.kind).toBe('out_of_order');
    expect(e.message).toBe('out of order sample');
  });

  it('accepts an identical repeat and rejects a different value at the same timestamp', () => {
    const head = createHead();
    const app = head.appender();
    const s = L({ __name__: 'x' });
    app.append(s, 1000, 1);
    app.append(s, 1000, 1);
    app.append(s, 2000, NaN);
    app.append(s, 2000, NaN);
    const e = thrown(() => app.append(s, 2000, 3));
    expect(e.kind).toBe('duplicate');
    expect(e.message).toBe('duplicate sample for timestamp');
    expect(thrown(() => app.append(s, 1000, -0)).kind).toBe('out_of_order');
    expect(head.querier(0, 5000).select([m('__name__', '=', 'x')])[0]!.samples(0, 5000).length).toBe(2);
  });

  it('treats a repeated staleness marker as a repeat, and a value at its time (NaN too) as a duplicate', () => {
    const head = createHead();
    const app = head.appender();
    const s = L({ __name__: 'x' });
    app.append(s, 1000, 1);
    app.appendStale(s, 2000);
    app.appendStale(s, 2000);
    expect(thrown(() => app.append(s, 2000, NaN)).kind).toBe('duplicate');
    expect(thrown(() => app.append(s, 2000, 1)).kind).toBe('duplicate');
    app.append(s, 3000, 7);
    expect(thrown(() => app.appendStale(s, 3000)).kind).toBe('duplicate');
    expect([...head.querier(0, 5000).select([])[0]!.samples(0, 5000).stale]).toEqual([0, 1, 0]);
  });

  it('tells 0 from -0 like Prometheus compares value bits', () => {
    const head = createHead();
    const s = L({ __name__: 'x' });
    head.appender().append(s, 1000, 0);
    expect(thrown(() => head.appender().append(s, 1000, -0)).kind).toBe('duplicate');
  });

  it('stores staleness markers as stale = 1 with a NaN value', () => {
    const head = createHead();
    const app = head.appender();
    const s = L({ __name__: 'x' });
    app.append(s, 1000, 1);
    app.appendStale(s, 2000);
    app.append(s, 3000, NaN);
    const b = head.querier(0, 5000).select([])[0]!.samples(0, 5000);
    expect([...b.stale]).toEqual([0, 1, 0]);
    expect(Number.isNaN(b.vs[1])).toBe(true);
    expect(Number.isNaN(b.vs[2])).toBe(true);
    expect(thrown(() => app.append(s, 2000, 5)).kind).toBe('out_of_order');
  });

  it('refuses native histograms for now, and invalid label sets and timestamps', () => {
    const head = createHead();
    const app = head.appender();
    const h = { schema: 0, count: 0, sum: 0, zeroThreshold: 0, zeroCount: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [], negativeBuckets: [], counterResetHint: 'unknown' as const };
    expect(thrown(() => app.appendHistogram(L({ __name__: 'h' }), 0, h)).message).toBe('native histograms are not supported yet');
    expect(thrown(() => app.append([], 0, 1)).kind).toBe('invalid');
    expect(thrown(() => app.append([{ name: 'b', value: '1' }, { name: 'a', value: '2' }], 0, 1)).kind).toBe('invalid');
    expect(thrown(() => app.append(L({ a: '1' }), 1.5, 1)).kind).toBe('invalid');
    expect(head.numSeries).toBe(0);
  });

  it('keeps one series per label set, whichever object carries it', () => {
    const head = createHead();
    const app = head.appender();
    app.append(L({ __name__: 'x', a: '1' }), 1000, 1);
    app.append(L({ a: '1', __name__: 'x' }), 2000, 2);
    expect(head.numSeries).toBe(1);
  });

  it('records metadata per metric family', () => {
    const head = createHead();
    head.appender().setMetadata('http_requests', { type: 'counter', help: 'Requests.', unit: '' });
    head.appender().setMetadata('up', { type: 'gauge', help: 'Up.', unit: '' });
    const q = head.querier(0, 1);
    expect([...q.metadata().keys()].sort()).toEqual(['http_requests', 'up']);
    expect(q.metadata('up').get('up')?.type).toBe('gauge');
    expect(q.metadata('nope').size).toBe(0);
  });

  it('starts a fresh series when a reused label object outlives its deleted series', () => {
    const head = createHead();
    const app = head.appender();
    const s = L({ __name__: 'x' });
    for (let i = 1; i <= 3; i++) app.append(s, i * 1000, i);
    head.deleteSeries([m('__name__', '=', 'x')]);
    expect(head.numSeries).toBe(0);
    app.append(s, 500, 9);
    const b = head.querier(0, 5000).select([m('__name__', '=', 'x')])[0]!.samples(0, 5000);
    expect([...b.ts]).toEqual([500]);
    expect([...b.vs]).toEqual([9]);
  });
});
