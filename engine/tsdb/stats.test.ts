import { describe, expect, it } from 'vitest';
import { labelsFromRecord } from '../model/labels';
import { createHead } from './head';

function fixture() {
  const head = createHead({ chunkSize: 3 });
  const app = head.appender();
  const series: Record<string, string>[] = [
    { __name__: 'http_requests_total', job: 'api', code: '200' },
    { __name__: 'http_requests_total', job: 'api', code: '500' },
    { __name__: 'http_requests_total', job: 'web', code: '200' },
    { __name__: 'up', job: 'api' },
    { __name__: 'up', job: 'web' },
    { __name__: 'go_info', job: 'api', version: 'go1.22' },
  ];
  for (const r of series) for (let i = 0; i < 5; i++) app.append(labelsFromRecord(r), 1000 + i * 15_000, i);
  return head;
}

describe('stats', () => {
  it('reports head totals', () => {
    const s = fixture().stats();
    expect(s.headStats).toEqual({ numSeries: 6, numLabelPairs: 8, chunkCount: 12, minTime: 1000, maxTime: 61_000 });
    expect(s.numSamples).toBe(30);
    expect(s.chunkBytes).toBeGreaterThan(0);
    expect(s.bytesPerSample).toBeCloseTo(s.chunkBytes / 30);
  });

  it('ranks metric names, label names and label pairs', () => {
    const s = fixture().stats();
    expect(s.seriesCountByMetricName).toEqual([
      { name: 'http_requests_total', value: 3 },
      { name: 'up', value: 2 },
      { name: 'go_info', value: 1 },
    ]);
    expect(s.labelValueCountByLabelName).toEqual([
      { name: '__name__', value: 3 },
      { name: 'code', value: 2 },
      { name: 'job', value: 2 },
      { name: 'version', value: 1 },
    ]);
    // Ties are broken by name so the page is stable.
    expect(s.seriesCountByLabelValuePair.slice(0, 4)).toEqual([
      { name: 'job=api', value: 4 },
      { name: '__name__=http_requests_total', value: 3 },
      { name: '__name__=up', value: 2 },
      { name: 'code=200', value: 2 },
    ]);
  });

  it('counts memory per label name as value bytes times series', () => {
    const mem = Object.fromEntries(fixture().stats().memoryInBytesByLabelName.map((e) => [e.name, e.value]));
    expect(mem['__name__']).toBe(19 * 3 + 2 * 2 + 7);
    expect(mem['job']).toBe(3 * 6);
    expect(mem['code']).toBe(3 * 3);
    expect(mem['version']).toBe(6);
  });

  it('cuts lists to the limit', () => {
    const s = fixture().stats(1);
    expect(s.seriesCountByMetricName).toEqual([{ name: 'http_requests_total', value: 3 }]);
    expect(s.seriesCountByLabelValuePair).toEqual([{ name: 'job=api', value: 4 }]);
  });

  it('is all zero on an empty head', () => {
    const s = createHead().stats();
    expect(s.headStats).toEqual({ numSeries: 0, numLabelPairs: 0, chunkCount: 0, minTime: Infinity, maxTime: -Infinity });
    expect(s.bytesPerSample).toBe(0);
  });
});
