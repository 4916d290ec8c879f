import { describe, expect, it } from 'vitest';
import { ExpositionError } from '../exposition/index';
import { labelsFromRecord } from '../model/labels';
import { compileMatcher } from '../model/matchers';
import { AppendError } from '../storage/interface';
import { backfillOpenMetrics } from './backfill';
import { createHead } from './head';

const byName = (name: string) => [compileMatcher({ name: '__name__', type: '=', value: name })];

function read(head: ReturnType<typeof createHead>, name: string, labels: Record<string, string> = {}) {
  const matchers = [...byName(name), ...Object.entries(labels).map(([n, v]) => compileMatcher({ name: n, type: '=', value: v }))];
  const [s] = head.querier(-Infinity, Infinity).select(matchers);
  const b = s!.samples(-Infinity, Infinity);
  return { ts: [...b.ts], vs: [...b.vs], stale: [...b.stale] };
}

const FILE = `# HELP http_requests Requests served.
# TYPE http_requests counter
http_requests_total{code="200"} 3 1700000030
http_requests_total{code="200"} 1 1700000000
http_requests_total{code="200"} 2 1700000015.5
http_requests_total{code="500"} 1 1700000000
# TYPE temperature_celsius gauge
# UNIT temperature_celsius celsius
temperature_celsius 21.5 1700000000
# EOF
`;

describe('backfillOpenMetrics', () => {
  it('stores every series sorted by time and reports what it stored', () => {
    const head = createHead();
    expect(backfillOpenMetrics(head, FILE)).toEqual({ samples: 5, series: 3, minTime: 1_700_000_000_000, maxTime: 1_700_000_030_000 });
    expect(read(head, 'http_requests_total', { code: '200' })).toEqual({
      ts: [1_700_000_000_000, 1_700_000_015_500, 1_700_000_030_000],
      vs: [1, 2, 3],
      stale: [0, 0, 0],
    });
    expect(head.numSeries).toBe(3);
  });

  it('stores family metadata', () => {
    const head = createHead();
    backfillOpenMetrics(head, FILE);
    const meta = head.querier(-Infinity, Infinity).metadata();
    expect(meta.get('http_requests')).toEqual({ type: 'counter', help: 'Requests served.', unit: '' });
    expect(meta.get('temperature_celsius')).toEqual({ type: 'gauge', help: '', unit: 'celsius' });
  });

  it('requires a timestamp on every sample', () => {
    const head = createHead();
    expect(() => backfillOpenMetrics(head, 'up{job="a"} 1 1700000000\nup{job="b"} 1\n# EOF\n')).toThrow(
      'expected timestamp for series up{job="b"}, got none',
    );
    expect(head.numSeries).toBe(0);
  });

  it('requires # EOF', () => {
    expect(() => backfillOpenMetrics(createHead(), 'up 1 1700000000\n')).toThrow(ExpositionError);
  });

  it('rejects two values for one timestamp and leaves the head unchanged', () => {
    const head = createHead();
    head.appender().append(labelsFromRecord({ __name__: 'keep' }), 1000, 1);
    let err: unknown;
    try {
      backfillOpenMetrics(head, 'a 1 1700000000\nb 1 1700000000\nb 2 1700000000\n# EOF\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppendError);
    expect((err as AppendError).kind).toBe('duplicate');
    expect((err as AppendError).message).toContain('series b');
    expect(head.numSeries).toBe(1);
  });

  it('folds a repeated identical sample into one', () => {
    const head = createHead();
    expect(backfillOpenMetrics(head, 'a 1 1700000000\na 1 1700000000\n# EOF\n').samples).toBe(1);
  });

  it('merges history older than what the head holds, without staleness markers', () => {
    const head = createHead({ chunkSize: 2 });
    const up = labelsFromRecord({ __name__: 'up' });
    head.appender().append(up, 1_700_000_060_000, 1);
    backfillOpenMetrics(head, 'up 0 1700000000\nup 1 1700000030\n# EOF\n');
    expect(read(head, 'up')).toEqual({ ts: [1_700_000_000_000, 1_700_000_030_000, 1_700_000_060_000], vs: [0, 1, 1], stale: [0, 0, 0] });
    head.appender().append(up, 1_700_000_075_000, 1);
    expect(read(head, 'up').ts.length).toBe(4);
    expect(head.minTime).toBe(1_700_000_000_000);
  });

  it('refuses a timestamp the head holds with another value', () => {
    const head = createHead();
    head.appender().append(labelsFromRecord({ __name__: 'up' }), 1_700_000_000_000, 1);
    expect(() => backfillOpenMetrics(head, 'up 0 1700000000\n# EOF\n')).toThrow('backfill: duplicate sample for timestamp in series up');
  });

  it('refuses data below the truncation point', () => {
    const head = createHead();
    head.truncateBefore(1_800_000_000_000);
    expect(() => backfillOpenMetrics(head, 'up 0 1700000000\n# EOF\n')).toThrow('backfill: out of bounds');
  });
});
