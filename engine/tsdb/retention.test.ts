import { describe, expect, it } from 'vitest';
import { labelsFromRecord } from '../model/labels';
import { compileMatcher, type MatchType } from '../model/matchers';
import { AppendError } from '../storage/interface';
import { createHead } from './head';

const m = (name: string, type: MatchType, value: string) => compileMatcher({ name, type, value });
const a = labelsFromRecord({ __name__: 'a' });
const b = labelsFromRecord({ __name__: 'b' });

/** fixture: series a at 0..99 s and b at 50..59 s, one sample per second, chunks of 10. */
function fixture(retentionMs?: number) {
  const head = createHead({ chunkSize: 10, retentionMs });
  const app = head.appender();
  for (let i = 0; i < 100; i++) app.append(a, i * 1000, i);
  for (let i = 50; i < 60; i++) app.append(b, i * 1000, i);
  return head;
}

const times = (head: ReturnType<typeof fixture>, name: string) =>
  [...(head.querier(-Infinity, Infinity).select([m('__name__', '=', name)])[0]?.samples(-Infinity, Infinity).ts ?? [])];

describe('retention', () => {
  it('drops samples older than the cut, trimming the chunk that straddles it', () => {
    const head = fixture();
    head.truncateBefore(35_000);
    expect(times(head, 'a')[0]).toBe(35_000);
    expect(times(head, 'a').length).toBe(65);
    expect(head.minTime).toBe(35_000);
    expect(head.stats().headStats.chunkCount).toBe(7 + 1);
  });

  it('removes series left empty from the index', () => {
    const head = fixture();
    head.truncateBefore(60_000);
    expect(head.numSeries).toBe(1);
    const q = head.querier(-Infinity, Infinity);
    expect(q.labelValues('__name__')).toEqual(['a']);
    expect(q.select([m('__name__', '=', 'b')])).toEqual([]);
  });

  it('applies retentionMs relative to now', () => {
    const head = fixture(30_000);
    head.applyRetention(99_000);
    expect(times(head, 'a')[0]).toBe(69_000);
    expect(head.numSeries).toBe(1);
  });

  it('ignores applyRetention without retentionMs', () => {
    const head = fixture();
    head.applyRetention(1e12);
    expect(head.numSeries).toBe(2);
  });

  it('rejects appends below the truncation point as out of bounds', () => {
    const head = fixture();
    head.truncateBefore(200_000);
    expect(head.numSeries).toBe(0);
    expect(head.minTime).toBe(Infinity);
    expect(head.maxTime).toBe(-Infinity);
    let err: unknown;
    try {
      head.appender().append(a, 150_000, 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppendError);
    expect((err as AppendError).kind).toBe('out_of_bounds');
    expect((err as AppendError).message).toBe('out of bounds');
    head.appender().append(a, 200_000, 1);
    expect(times(head, 'a')).toEqual([200_000]);
  });

  it('keeps appending to a series whose open chunk was trimmed', () => {
    const head = fixture();
    head.truncateBefore(95_000);
    head.appender().append(a, 100_000, 100);
    expect(times(head, 'a')).toEqual([95_000, 96_000, 97_000, 98_000, 99_000, 100_000]);
  });
});

describe('deleteSeries', () => {
  it('removes whole series and reports how many', () => {
    const head = fixture();
    expect(head.deleteSeries([m('__name__', '=~', 'a|b')])).toBe(2);
    expect(head.numSeries).toBe(0);
    expect(head.querier(-Infinity, Infinity).labelNames()).toEqual([]);
  });

  it('removes only samples inside the time range', () => {
    const head = fixture();
    expect(head.deleteSeries([m('__name__', '=~', '.+')], 55_000, 79_500)).toBe(2);
    expect(times(head, 'b')).toEqual([50_000, 51_000, 52_000, 53_000, 54_000]);
    const ta = times(head, 'a');
    expect(ta.length).toBe(75);
    expect(ta.includes(55_000) || ta.includes(79_000)).toBe(false);
    expect(ta.includes(54_000) && ta.includes(80_000)).toBe(true);
    const vs = head.querier(-Infinity, Infinity).select([m('__name__', '=', 'a')])[0]!.samples(80_000, 81_000).vs;
    expect([...vs]).toEqual([80, 81]);
  });

  it('counts only series that lost samples and drops emptied ones', () => {
    const head = fixture();
    expect(head.deleteSeries([m('__name__', '=~', '.+')], 50_000, 59_000)).toBe(2);
    expect(head.numSeries).toBe(1);
    expect(head.deleteSeries([m('__name__', '=', 'a')], 200_000, 300_000)).toBe(0);
    expect(head.deleteSeries([m('__name__', '=', 'nope')])).toBe(0);
  });

  it('updates the head time bounds', () => {
    const head = fixture();
    head.deleteSeries([m('__name__', '=', 'a')], 0, 10_000);
    head.deleteSeries([m('__name__', '=', 'a')], 90_000, 100_000);
    expect(head.minTime).toBe(11_000);
    expect(head.maxTime).toBe(89_000);
  });
});
