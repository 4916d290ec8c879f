import { describe, expect, it } from 'vitest';
import { isNetworkError } from '../sim/index';
import { sampleValue, sumValues } from '../exporters/testing';
import { createWorld } from './create-world';
import { hostPortsOf, scrapeOk, scrapeWorld, T0 } from './testing';

describe('createWorld', () => {
  it('builds the default topology: ≥ 20 targets, ≥ 5,000 series, the Pushgateway', () => {
    const w = createWorld({ seed: 1, startMs: T0 });
    expect(hostPortsOf(w, 'node')).toEqual(['node-1:9100', 'node-2:9100', 'node-3:9100', 'node-4:9100', 'node-5:9100', 'node-6:9100', 'node-7:9100', 'node-8:9100']);
    expect(hostPortsOf(w, 'api')).toHaveLength(8);
    expect(hostPortsOf(w, 'ml')).toHaveLength(6);
    for (const hp of [...hostPortsOf(w, 'api'), ...hostPortsOf(w, 'ml')]) expect(hp).toMatch(/^10\.244\.\d+\.\d+:(8080|8000)$/);
    expect(w.targets().length).toBeGreaterThanOrEqual(20);
    w.clock.advance(60_000);
    let series = 0;
    for (const t of w.targets()) for (const f of scrapeOk(w, t.hostPort)) series += f.samples.length;
    expect(series).toBeGreaterThanOrEqual(5_000);
    expect(scrapeOk(w, 'pushgateway:9091').some((f) => f.name === 'pushgateway_build_info')).toBe(true);
    expect(scrapeOk(w, '10.0.1.3:9100').length).toBeGreaterThan(100);
  });

  it('matches the cluster: one exporter per Running pod, at the pod IP and container port', () => {
    const w = createWorld({ seed: 1, startMs: T0 });
    const pods = w.cluster.pods().filter((p) => p.phase === 'Running');
    expect(pods).toHaveLength(14);
    for (const p of pods) {
      const port = p.containers[0]!.ports[0]!.containerPort;
      expect(w.exporter(`${p.ip}:${port}`)).toBeDefined();
    }
  });

  it('is deterministic: the same seed and actions give byte-identical scrapes', () => {
    const run = (seed: number): string => {
      const w = createWorld({ seed, startMs: T0 });
      w.incidents.start('traffic-spike', { atMs: T0 + 1_800_000, durationMs: 600_000 });
      w.incidents.start('bad-deploy', { atMs: T0 + 2_400_000 });
      let out = '';
      for (let i = 0; i < 240; i++) {
        w.clock.advance(15_000);
        for (const t of [...w.targets().map((x) => x.hostPort), 'pushgateway:9091']) {
          const r = w.network.request(t, { method: 'GET', path: '/metrics', query: {}, headers: {}, body: '', tMs: w.clock.nowMs }, 10_000);
          if (i % 40 === 39) out += isNetworkError(r) ? r.error : r.body;
        }
      }
      return out;
    };
    const a = run(7);
    expect(a.length).toBeGreaterThan(100_000);
    expect(run(7)).toBe(a);
    expect(run(8)).not.toBe(a);
  });

  it('follows a day: API traffic peaks in the afternoon and is lowest at night', () => {
    const w = createWorld({ seed: 3, startMs: T0 });
    const api = hostPortsOf(w, 'api')[0]!;
    const requestsOver = (fromMs: number, toMs: number): number => {
      w.clock.jumpTo(fromMs);
      const a = sumValues(scrapeOk(w, api), 'http_requests_total');
      w.clock.jumpTo(toMs);
      return sumValues(scrapeOk(w, api), 'http_requests_total') - a;
    };
    const night = requestsOver(T0 + 2 * 3_600_000, T0 + 2.5 * 3_600_000);
    const afternoon = requestsOver(T0 + 14 * 3_600_000, T0 + 14.5 * 3_600_000);
    expect(afternoon).toBeGreaterThan(night * 3);
  });

  it('runs the batch jobs, which push to the Pushgateway', () => {
    const w = createWorld({ seed: 5, startMs: T0 });
    w.clock.advance(6 * 3_600_000);
    expect(w.batchRuns().length).toBeGreaterThanOrEqual(7);
    const f = scrapeOk(w, 'pushgateway:9091');
    expect(sampleValue(f, 'push_time_seconds', { job: 'etl_orders', instance: 'batch-1' })).toBeGreaterThan(T0 / 1000);
  });
});
