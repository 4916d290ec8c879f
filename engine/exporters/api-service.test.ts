import { describe, expect, it } from 'vitest';
import { OPENMETRICS_CONTENT_TYPE, parseOpenMetrics, parseText, TEXT_CONTENT_TYPE, type MetricFamily } from '../exposition/index';
import { createRandom, type SimRequest } from '../sim/index';
import { ApiService, type ApiSignals } from './api-service';
import { sampleValue, steadyApi, sumValues, T0 } from './testing';

const OM_ACCEPT = 'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1';
const req = (tMs: number, accept = 'text/plain'): SimRequest => ({ method: 'GET', path: '/metrics', query: {}, headers: { Accept: accept }, body: '', tMs });

function api(signals: (t: number) => ApiSignals = () => steadyApi(), seed = 1): ApiService {
  return new ApiService({ startMs: T0, random: createRandom(seed).fork('api'), signals });
}
const scrape = (e: ApiService, tMs: number): MetricFamily[] => parseText(e.handle(req(tMs)).body);
const fivexx = (f: MetricFamily[], handler?: string): number =>
  sumValues(f, 'http_requests_total', { code: '500', ...(handler ? { handler } : {}) }) + sumValues(f, 'http_requests_total', { code: '503', ...(handler ? { handler } : {}) });

describe('ApiService', () => {
  it('exposes promhttp-style HTTP metrics, build info and the default Go collectors', () => {
    const f = scrape(api(), T0 + 60_000);
    const types = Object.fromEntries(f.map((x) => [x.name, x.type]));
    expect(types).toMatchObject({
      http_requests_total: 'counter',
      http_request_duration_seconds: 'histogram',
      http_requests_in_flight: 'gauge',
      api_build_info: 'gauge',
      process_cpu_seconds_total: 'counter',
      process_resident_memory_bytes: 'gauge',
      process_open_fds: 'gauge',
      process_start_time_seconds: 'gauge',
      go_goroutines: 'gauge',
      go_gc_duration_seconds: 'summary',
      go_memstats_heap_alloc_bytes: 'gauge',
      promhttp_metric_handler_requests_total: 'counter',
    });
    expect(sampleValue(f, 'api_build_info', { version: '1.14.2' })).toBe(1);
    const buckets = f.find((x) => x.name === 'http_request_duration_seconds')!.samples.filter((s) => s.labels.some((l) => l.name === 'le' )).map((s) => s.labels.find((l) => l.name === 'le')!.value);
    expect(buckets.slice(0, 12)).toEqual(['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf']);
    expect(sampleValue(f, 'process_start_time_seconds')).toBe(T0 / 1000);
  });

  it('serves OpenMetrics when Prometheus asks for it, text otherwise', () => {
    const e = api();
    const om = e.handle(req(T0 + 15_000, OM_ACCEPT));
    expect(om.headers['Content-Type']).toBe(OPENMETRICS_CONTENT_TYPE);
    expect(om.body.endsWith('# EOF\n')).toBe(true);
    expect(om.body).toContain('# TYPE http_requests counter');
    expect(om.body).toContain('le="1.0"');
    const fams = parseOpenMetrics(om.body);
    expect(fams.find((x) => x.name === 'http_request_duration_seconds')?.type).toBe('histogram');
    const text = e.handle(req(T0 + 30_000, 'text/plain;version=0.0.4;q=1,*/*;q=0.1'));
    expect(text.headers['Content-Type']).toBe(TEXT_CONTENT_TYPE);
  });

  it('keeps histogram buckets cumulative and consistent with _count', () => {
    const f = scrape(api(), T0 + 600_000);
    const fam = f.find((x) => x.name === 'http_request_duration_seconds')!;
    const labels = { handler: '/api/v1/orders', method: 'GET' };
    let prev = 0;
    for (const le of ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf']) {
      const v = sampleValue([fam], 'http_request_duration_seconds_bucket', { ...labels, le })!;
      expect(v).toBeGreaterThanOrEqual(prev);
      prev = v;
    }
    expect(prev).toBe(sampleValue([fam], 'http_request_duration_seconds_count', labels));
    // ~40 rps × 22% × 600 s
    expect(prev).toBeGreaterThan(4_000);
    expect(prev).toBeLessThan(6_500);
  });

  it('serves more requests under more traffic, and 503s once overloaded', () => {
    let s = steadyApi();
    const e = api(() => s);
    const a = scrape(e, T0 + 300_000);
    s = steadyApi({ rps: 160, saturation: 1.6 });
    const b = scrape(e, T0 + 600_000);
    const total = (f: MetricFamily[]) => sumValues(f, 'http_requests_total');
    expect(total(b) - total(a)).toBeGreaterThan(3 * total(a));
    const ratio = (fivexx(b) - fivexx(a)) / (total(b) - total(a));
    expect(ratio).toBeGreaterThan(0.3);
    const p = (f: MetricFamily[]) => sampleValue(f, 'http_request_duration_seconds_bucket', { handler: '/api/v1/products', method: 'GET', le: '0.1' })! / sampleValue(f, 'http_request_duration_seconds_count', { handler: '/api/v1/products', method: 'GET' })!;
    expect(p(a)).toBeGreaterThan(0.95);
    const fastShare = (sampleValue(b, 'http_request_duration_seconds_bucket', { handler: '/api/v1/products', method: 'GET', le: '0.1' })! - sampleValue(a, 'http_request_duration_seconds_bucket', { handler: '/api/v1/products', method: 'GET', le: '0.1' })!) /
      (sampleValue(b, 'http_request_duration_seconds_count', { handler: '/api/v1/products', method: 'GET' })! - sampleValue(a, 'http_request_duration_seconds_count', { handler: '/api/v1/products', method: 'GET' })!);
    expect(fastShare).toBeLessThan(0.8);
  });

  it('shows an error burst on one handler only', () => {
    const e = api(() => steadyApi({ handlerErrorRatio: { '/api/v1/checkout': 0.2 } }));
    const f = scrape(e, T0 + 900_000);
    const checkout = fivexx(f, '/api/v1/checkout') / sumValues(f, 'http_requests_total', { handler: '/api/v1/checkout' });
    const products = fivexx(f, '/api/v1/products') / sumValues(f, 'http_requests_total', { handler: '/api/v1/products' });
    expect(checkout).toBeGreaterThan(0.15);
    expect(products).toBeLessThan(0.01);
  });

  it('restarts on a new version: counters from zero, new start time, new version label', () => {
    let version = '1.14.2';
    const e = api(() => steadyApi({ version }));
    const before = scrape(e, T0 + 600_000);
    version = '1.15.0';
    const after = scrape(e, T0 + 620_000);
    expect(sumValues(after, 'http_requests_total')).toBeLessThan(sumValues(before, 'http_requests_total') / 10);
    expect(sampleValue(after, 'process_start_time_seconds')!).toBeGreaterThan(sampleValue(before, 'process_start_time_seconds')!);
    expect(sampleValue(after, 'api_build_info', { version: '1.15.0' })).toBe(1);
    expect(sampleValue(after, 'api_build_info', { version: '1.14.2' })).toBeUndefined();
  });

  it('leaks memory until it is OOM-killed, then starts over', () => {
    const e = api(() => steadyApi({ leakBytesPerSec: 2e6 }));
    const rss: number[] = [];
    let restartSeen = false;
    let prevRequests = 0;
    for (let t = T0 + 15_000; t <= T0 + 600_000; t += 15_000) {
      const f = scrape(e, t);
      rss.push(sampleValue(f, 'process_resident_memory_bytes')!);
      const reqs = sumValues(f, 'http_requests_total');
      if (reqs < prevRequests) restartSeen = true;
      prevRequests = reqs;
    }
    expect(Math.max(...rss)).toBeGreaterThan(400 * 2 ** 20);
    expect(restartSeen).toBe(true);
    expect(e.restarts).toBeGreaterThanOrEqual(1);
  });

  it('grows a user_id label without bound during a cardinality explosion', () => {
    const e = api(() => steadyApi({ newUserIdsPerSec: 2 }));
    const a = scrape(e, T0 + 60_000).find((x) => x.name === 'api_user_requests_total')?.samples.length ?? 0;
    const b = scrape(e, T0 + 600_000).find((x) => x.name === 'api_user_requests_total')!.samples.length;
    expect(b).toBeGreaterThan(a + 1_000);
  });
});
