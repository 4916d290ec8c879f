import { describe, expect, it } from 'vitest';
import { sampleValue, sumValues } from '../exporters/testing';
import type { MetricFamily } from '../exposition/index';
import { createWorld, type World } from './create-world';
import { hostPortsOf, scrapeOk, scrapeWorld, T0 } from './testing';

const MIN = 60_000;

function world(seed = 1): World {
  const w = createWorld({ seed, startMs: T0 + 12 * 3_600_000 });
  w.clock.advance(5 * MIN);
  return w;
}

/** delta scrapes `hostPort` now and after `ms`, returning both. */
function window(w: World, hostPort: string, ms: number): [MetricFamily[], MetricFamily[]] {
  const a = scrapeOk(w, hostPort);
  w.clock.advance(ms);
  return [a, scrapeOk(w, hostPort)];
}

const total = (f: MetricFamily[], labels: Record<string, string> = {}): number => sumValues(f, 'http_requests_total', labels);
const errors = (f: MetricFamily[], labels: Record<string, string> = {}): number =>
  sumValues(f, 'http_requests_total', { ...labels, code: '500' }) + sumValues(f, 'http_requests_total', { ...labels, code: '503' });

describe('incidents', () => {
  it('are listed with their state, scheduled, started and stopped in virtual time', () => {
    const w = world();
    const a = w.incidents.start('traffic-spike', { atMs: w.clock.nowMs + MIN, durationMs: 2 * MIN, params: { multiplier: 2 } });
    const b = w.incidents.start('disk-filling');
    expect(w.incidents.list().map((i) => [i.id, i.state, i.target])).toEqual([[a, 'scheduled', ''], [b, 'active', 'node-2']]);
    expect(w.incidents.list()[0]!.params).toEqual({ multiplier: 2 });
    w.clock.advance(90_000);
    expect(w.incidents.list()[0]!.state).toBe('active');
    w.clock.advance(2 * MIN);
    expect(w.incidents.list()[0]!.state).toBe('ended');
    w.incidents.stop(b);
    expect(w.incidents.list()[1]).toMatchObject({ state: 'ended', endMs: w.clock.nowMs });
    expect(() => w.incidents.start('meteor-strike')).toThrow(/unknown incident kind/);
    expect(() => w.incidents.stop('nope-1')).toThrow();
  });

  it('instance down: the process refuses connections, or the whole host times out, until stopped', () => {
    const w = world();
    const id = w.incidents.start('instance-down', { target: 'node-3' });
    const r = scrapeWorld(w, 'node-3:9100');
    expect(r).toMatchObject({ error: 'Get "http://node-3:9100/metrics": dial tcp 10.0.1.3:9100: connect: connection refused' });
    expect(Array.isArray(scrapeWorld(w, 'node-4:9100'))).toBe(true);
    w.incidents.stop(id);
    expect(Array.isArray(scrapeWorld(w, 'node-3:9100'))).toBe(true);
    w.incidents.start('instance-down', { target: 'node-5', params: { mode: 'host' }, durationMs: MIN });
    expect(scrapeWorld(w, 'node-5:9100')).toEqual({ error: 'Get "http://node-5:9100/metrics": context deadline exceeded', durationMs: 10_000 });
    const podsThere = w.targets().filter((t) => t.kind !== 'node' && t.nodeName === 'node-5');
    expect(podsThere.length).toBeGreaterThan(0);
    for (const p of podsThere) expect(scrapeWorld(w, p.hostPort)).toMatchObject({ error: expect.stringContaining('context deadline exceeded') });
    w.clock.advance(MIN);
    expect(Array.isArray(scrapeWorld(w, 'node-5:9100'))).toBe(true);
    for (const p of podsThere) expect(Array.isArray(scrapeWorld(w, p.hostPort))).toBe(true);
  });

  it('instance down on an API pod shifts its traffic to the other replicas', () => {
    const w = world();
    const [down, other] = hostPortsOf(w, 'api') as [string, string];
    const before = window(w, other, 10 * MIN);
    w.incidents.start('instance-down', { target: down });
    const during = window(w, other, 10 * MIN);
    expect(total(during[1]) - total(during[0])).toBeGreaterThan((total(before[1]) - total(before[0])) * 1.08);
  });

  it('traffic spike: more requests; far past capacity, 5xx', () => {
    const w = world();
    const api = hostPortsOf(w, 'api')[0]!;
    const base = window(w, api, 10 * MIN);
    w.incidents.start('traffic-spike', { params: { multiplier: 3 }, durationMs: 10 * MIN });
    const spike = window(w, api, 10 * MIN);
    const reqs = (x: MetricFamily[][]) => total(x[1]!) - total(x[0]!);
    expect(reqs(spike)).toBeGreaterThan(reqs(base) * 2.5);
    w.incidents.start('traffic-spike', { params: { multiplier: 12 } });
    const overload = window(w, api, 10 * MIN);
    const ratio = (x: MetricFamily[][]) => (errors(x[1]!) - errors(x[0]!)) / reqs(x);
    expect(ratio(base)).toBeLessThan(0.01);
    expect(ratio(overload)).toBeGreaterThan(0.2);
    const node = w.targets().find((t) => t.name === w.targets().find((x) => x.hostPort === api)!.nodeName)!.hostPort;
    expect(sampleValue(scrapeOk(w, node), 'node_load1')!).toBeGreaterThan(1);
  });

  it('error burst: the handler’s 5xx ratio rises above 5%, the others stay clean', () => {
    const w = world();
    w.incidents.start('error-burst', { params: { handler: '/api/v1/orders', ratio: 0.1 } });
    const api = hostPortsOf(w, 'api')[2]!;
    const [a, b] = window(w, api, 10 * MIN);
    const h = { handler: '/api/v1/orders' };
    expect((errors(b, h) - errors(a, h)) / (total(b, h) - total(a, h))).toBeGreaterThan(0.05);
    const o = { handler: '/api/v1/products' };
    expect((errors(b, o) - errors(a, o)) / (total(b, o) - total(a, o))).toBeLessThan(0.01);
  });

  it('bad deploy: new pods with the new version label and slower requests; stopping rolls back', () => {
    const w = world();
    const oldPods = hostPortsOf(w, 'api');
    const id = w.incidents.start('bad-deploy');
    const newPods = hostPortsOf(w, 'api');
    expect(newPods).toHaveLength(8);
    expect(newPods.filter((p) => oldPods.includes(p))).toEqual([]);
    expect(isRefused(scrapeWorld(w, oldPods[0]!))).toBe(true);
    w.clock.advance(10 * MIN);
    const f = scrapeOk(w, newPods[0]!);
    expect(sampleValue(f, 'api_build_info', { version: '1.15.0' })).toBe(1);
    const fast = (x: MetricFamily[]) => sampleValue(x, 'http_request_duration_seconds_bucket', { handler: '/api/v1/orders', method: 'GET', le: '0.1' })! / sampleValue(x, 'http_request_duration_seconds_count', { handler: '/api/v1/orders', method: 'GET' })!;
    expect(fast(f)).toBeLessThan(0.3);
    w.incidents.stop(id);
    const rolledBack = hostPortsOf(w, 'api');
    w.clock.advance(10 * MIN);
    const g = scrapeOk(w, rolledBack[0]!);
    expect(sampleValue(g, 'api_build_info', { version: '1.14.2' })).toBe(1);
    expect(fast(g)).toBeGreaterThan(0.6);
    expect(w.cluster.deployment('shop', 'api')!.template.containers[0]!.image).toBe('registry.example.com/shop/api:1.14.2');
  });

  it('memory leak: RSS grows, the container is OOM-killed, counters restart lower and the start time moves', () => {
    const w = world();
    const api = hostPortsOf(w, 'api')[0]!;
    w.incidents.start('memory-leak', { target: api, params: { bytesPerSec: 2_000_000 } });
    const first = scrapeOk(w, api);
    let prev = first;
    let restarted: MetricFamily[] | undefined;
    for (let i = 0; i < 80 && restarted === undefined; i++) {
      w.clock.advance(15_000);
      const f = scrapeOk(w, api);
      if (sampleValue(f, 'process_start_time_seconds')! > sampleValue(prev, 'process_start_time_seconds')!) restarted = f;
      else prev = f;
    }
    expect(restarted).toBeDefined();
    expect(sampleValue(prev, 'process_resident_memory_bytes')!).toBeGreaterThan(sampleValue(first, 'process_resident_memory_bytes')! * 3);
    expect(total(restarted!)).toBeLessThan(total(prev));
    expect(sampleValue(restarted!, 'process_resident_memory_bytes')!).toBeLessThan(sampleValue(prev, 'process_resident_memory_bytes')! / 3);
  });

  it('disk filling: the data volume’s available bytes fall towards zero', () => {
    const w = world();
    w.incidents.start('disk-filling', { target: 'node-2' });
    const labels = { mountpoint: '/var/lib/data' };
    const [a, b] = window(w, 'node-2:9100', 10 * MIN);
    expect(sampleValue(a, 'node_filesystem_avail_bytes', labels)! - sampleValue(b, 'node_filesystem_avail_bytes', labels)!).toBeGreaterThan(20e9);
    const [c, d] = window(w, 'node-1:9100', 10 * MIN);
    expect(Math.abs(sampleValue(c, 'node_filesystem_avail_bytes', labels)! - sampleValue(d, 'node_filesystem_avail_bytes', labels)!)).toBeLessThan(1e9);
  });

  it('slow scrape: the answer takes longer than the scrape timeout', () => {
    const w = world();
    w.incidents.start('slow-scrape', { target: 'node-1:9100' });
    expect(scrapeWorld(w, 'node-1:9100')).toEqual({ error: 'Get "http://node-1:9100/metrics": context deadline exceeded', durationMs: 10_000 });
    const id = w.incidents.start('slow-scrape', { target: hostPortsOf(w, 'ml')[0]!, params: { delayMs: 4_000 } });
    const r = w.network.request(hostPortsOf(w, 'ml')[0]!, { method: 'GET', path: '/metrics', query: {}, headers: {}, body: '', tMs: w.clock.nowMs }, 10_000);
    expect('durationMs' in r && r.durationMs).toBeGreaterThan(4_000);
    w.incidents.stop(id);
  });

  it('cardinality explosion: a user_id label multiplies the series count', () => {
    const w = world();
    const api = hostPortsOf(w, 'api')[0]!;
    const count = (f: MetricFamily[]) => f.reduce((n, x) => n + x.samples.length, 0);
    const before = count(scrapeOk(w, api));
    w.incidents.start('cardinality-explosion', { params: { usersPerSec: 3 } });
    w.clock.advance(10 * MIN);
    const after = scrapeOk(w, api);
    expect(count(after)).toBeGreaterThan(before + 1_500);
    expect(after.find((f) => f.name === 'api_user_requests_total')!.samples[0]!.labels.map((l) => l.name)).toContain('user_id');
  });

  it('model drift: the drift score rises over the ramp, and so do incorrect predictions', () => {
    const w = world();
    const ml = hostPortsOf(w, 'ml')[0]!;
    const score = (f: MetricFamily[]) => sampleValue(f, 'model_feature_drift_score', { model: 'recommender', feature: 'basket_value' })!;
    const before = scrapeOk(w, ml);
    w.incidents.start('model-drift', { params: { rampMs: 20 * MIN } });
    w.clock.advance(10 * MIN);
    const mid = scrapeOk(w, ml);
    w.clock.advance(20 * MIN);
    const late = scrapeOk(w, ml);
    expect(score(before)).toBeLessThan(0.1);
    expect(score(mid)).toBeGreaterThan(0.2);
    expect(score(late)).toBeGreaterThan(0.55);
    const wrong = (f: MetricFamily[]) => sampleValue(f, 'model_prediction_feedback_total', { model: 'recommender', version: 'v12', verdict: 'incorrect' })!;
    const all = (f: MetricFamily[]) => sumValues(f, 'model_prediction_feedback_total', { model: 'recommender' });
    expect((wrong(late) - wrong(mid)) / (all(late) - all(mid))).toBeGreaterThan(0.25);
  });
});

function isRefused(r: unknown): boolean {
  return typeof r === 'object' && r !== null && 'error' in r && String((r as { error: string }).error).endsWith('connection refused');
}
