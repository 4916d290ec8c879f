import { describe, expect, it } from 'vitest';
import { parseExpr, type MetricMetadata, type VectorSelector } from '@/engine/index';
import { familyTypeFrom, jobIntervalsFrom, selectorText } from './teachingFacts';
import { teachingLints, type TeachingFacts } from './teachingLints';

const meta = (type: MetricMetadata['type']): MetricMetadata => ({ type, help: '', unit: '' });
// As the world serves it: OpenMetrics family names, without _total or the histogram suffixes.
const METADATA: Record<string, MetricMetadata> = {
  http_requests: meta('counter'),
  http_request_duration_seconds: meta('histogram'),
  node_memory_MemAvailable_bytes: meta('gauge'),
  rpc_latency_seconds: meta('summary'),
  up: meta('gauge'),
};

function facts(intervalMs?: number): TeachingFacts {
  return { familyType: (m) => familyTypeFrom(METADATA, m), scrapeIntervalMs: () => intervalMs };
}

function lint(query: string, intervalMs?: number) {
  return teachingLints(parseExpr(query), facts(intervalMs)).map((l) => ({ text: query.slice(l.from, l.to), message: l.message }));
}

describe('family types from OpenMetrics metadata', () => {
  it('finds counters without _total and histograms from their series suffixes', () => {
    expect(familyTypeFrom(METADATA, 'http_requests_total')).toBe('counter');
    expect(familyTypeFrom(METADATA, 'http_request_duration_seconds_bucket')).toBe('histogram');
    expect(familyTypeFrom(METADATA, 'http_request_duration_seconds_count')).toBe('histogram');
    expect(familyTypeFrom(METADATA, 'node_memory_MemAvailable_bytes')).toBe('gauge');
    expect(familyTypeFrom(METADATA, 'nope_total')).toBeUndefined();
  });
});

describe('rate() on a gauge', () => {
  it('warns at the call and suggests deriv()/delta()', () => {
    const [l, ...rest] = lint('rate(node_memory_MemAvailable_bytes[5m])');
    expect(rest).toEqual([]);
    expect(l!.text).toBe('rate(node_memory_MemAvailable_bytes[5m])');
    expect(l!.message).toMatch(/is a gauge.*use deriv\(\)/);
  });

  it('suggests delta() for increase() and says nothing about counters', () => {
    expect(lint('increase(up[1h])')[0]!.message).toMatch(/use delta\(\)/);
    expect(lint('rate(http_requests_total[5m])')).toEqual([]);
    expect(lint('deriv(node_memory_MemAvailable_bytes[5m])')).toEqual([]);
  });
});

describe('a counter used without rate()', () => {
  it('warns when a counter is compared, summed or computed with', () => {
    expect(lint('http_requests_total > 5').map((l) => l.text)).toEqual(['http_requests_total']);
    expect(lint('sum(http_requests_total)').map((l) => l.text)).toEqual(['http_requests_total']);
    expect(lint('sum by (job) ((http_requests_total))')[0]!.message).toMatch(/use rate\(http_requests_total\[5m\]\)/);
    expect(lint('http_request_duration_seconds_sum / http_request_duration_seconds_count')).toHaveLength(2);
  });

  it('stays quiet for rates, counting and plain inspection', () => {
    expect(lint('sum(rate(http_requests_total[5m]))')).toEqual([]);
    expect(lint('count(http_requests_total)')).toEqual([]);
    expect(lint('http_requests_total')).toEqual([]);
    expect(lint('http_requests_total and up')).toEqual([]);
    expect(lint('up == 0')).toEqual([]);
  });
});

describe('histogram_quantile over an aggregation', () => {
  it('warns when the aggregation drops le', () => {
    const [l] = lint('histogram_quantile(0.9, sum by (job) (rate(http_request_duration_seconds_bucket[5m])))');
    expect(l!.text).toBe('sum by (job) (rate(http_request_duration_seconds_bucket[5m]))');
    expect(l!.message).toMatch(/keep it with sum by \(job, le\)/);
    expect(lint('histogram_quantile(0.9, sum(rate(http_request_duration_seconds_bucket[5m])))')[0]!.message).toMatch(/sum by \(le\)/);
    expect(lint('histogram_quantile(0.9, sum without (le) (rate(http_request_duration_seconds_bucket[5m])))')[0]!.message).toMatch(/take le out: sum without \(\)/);
  });

  it('accepts aggregations that keep le', () => {
    expect(lint('histogram_quantile(0.9, sum by (job, le) (rate(http_request_duration_seconds_bucket[5m])))')).toEqual([]);
    expect(lint('histogram_quantile(0.9, sum without (instance) (rate(http_request_duration_seconds_bucket[5m])))')).toEqual([]);
    expect(lint('histogram_quantile(0.9, rate(http_request_duration_seconds_bucket[5m]))')).toEqual([]);
  });

  it('warns about raw buckets as a counter used without rate()', () => {
    expect(lint('histogram_quantile(0.9, http_request_duration_seconds_bucket)').map((l) => l.text)).toEqual(['http_request_duration_seconds_bucket']);
  });
});

describe('a rate window shorter than two scrape intervals', () => {
  it('warns at the range selector with the interval and a safe window', () => {
    const [l] = lint('rate(http_requests_total[20s])', 15_000);
    expect(l!.text).toBe('http_requests_total[20s]');
    expect(l!.message).toMatch(/\[20s\] window at a 15s scrape interval.*at least \[30s\].*\[1m\]/);
  });

  it('accepts two intervals or more, and unknown intervals', () => {
    expect(lint('rate(http_requests_total[30s])', 15_000)).toEqual([]);
    expect(lint('rate(http_requests_total[10s])')).toEqual([]);
    expect(lint('avg_over_time(up[10s])', 15_000)).toEqual([]);
  });
});

describe('scrape intervals from /api/v1/targets', () => {
  it('keeps the longest interval per job', () => {
    const body = JSON.stringify({
      status: 'success',
      data: {
        activeTargets: [
          { labels: { job: 'api' }, scrapeInterval: '15s' },
          { labels: { job: 'api' }, scrapeInterval: '30s' },
          { labels: { job: 'node' }, scrapeInterval: '1m' },
          { labels: { job: 'bad' }, scrapeInterval: 'soon' },
        ],
      },
    });
    expect([...jobIntervalsFrom(body)]).toEqual([['api', 30_000], ['node', 60_000]]);
  });

  it('prints a selector for the series method without offset or @', () => {
    const sel = parseExpr('http_requests_total{job="api", code=~"5.."} offset 5m') as VectorSelector;
    expect(selectorText(sel)).toBe('{job="api", code=~"5..", __name__="http_requests_total"}');
  });
});
