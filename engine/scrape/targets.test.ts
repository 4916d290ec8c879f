import { describe, expect, it } from 'vitest';
import { parseConfig, type ScrapeConfig } from '../config';
import { labelsFromRecord, labelsToRecord } from '../model/labels';
import { compileMatcher } from '../model/matchers';
import { createHead } from '../tsdb';
import { populateTarget, requestInfo, rfc3339, scrapeOffsetMs, scrapePools, targetsData, targetsMetadata } from './index';
import { FakeExporter, harness, T0 } from './testing';

function job(yaml: string): ScrapeConfig {
  return parseConfig(yaml).config.scrapeConfigs[0]!;
}

describe('target labels', () => {
  const cfg = job('scrape_configs:\n  - job_name: node\n    scrape_interval: 15s\n    params:\n      module: [a, b]\n');

  it('adds job, scheme, path, interval, timeout and params before relabeling, and instance after', () => {
    const p = populateTarget(labelsFromRecord({ env: 'prod' }), labelsFromRecord({ __address__: 'n1:9100', __meta_x: 'y' }), cfg);
    expect(labelsToRecord(p.discovered)).toEqual({
      __address__: 'n1:9100',
      __meta_x: 'y',
      __metrics_path__: '/metrics',
      __param_module: 'a',
      __scheme__: 'http',
      __scrape_interval__: '15s',
      __scrape_timeout__: '10s',
      env: 'prod',
      job: 'node',
    });
    // __meta_* go; the other __ labels stay on the target (they build its URL) but not on its series.
    expect(labelsToRecord(p.labels!)).toEqual({
      __address__: 'n1:9100',
      __metrics_path__: '/metrics',
      __param_module: 'a',
      __scheme__: 'http',
      __scrape_interval__: '15s',
      __scrape_timeout__: '10s',
      env: 'prod',
      instance: 'n1:9100',
      job: 'node',
    });
    expect(requestInfo(p.labels!, cfg).url).toBe('http://n1:9100/metrics?module=a');
  });

  it("lets a target's own labels win over its group's", () => {
    const p = populateTarget(labelsFromRecord({ env: 'prod' }), labelsFromRecord({ __address__: 'a:1', env: 'dev' }), cfg);
    expect(labelsToRecord(p.labels!).env).toBe('dev');
  });

  it('keeps an instance label set by relabeling', () => {
    const c = job('scrape_configs:\n  - job_name: n\n    relabel_configs:\n      - source_labels: [__address__]\n        regex: "([^:]+):.*"\n        target_label: instance\n');
    const p = populateTarget([], labelsFromRecord({ __address__: 'host-1:9100' }), c);
    expect(labelsToRecord(p.labels!).instance).toBe('host-1');
    expect(p.steps).toHaveLength(1);
  });

  it('drops targets by relabeling, keeping the discovered labels', () => {
    const c = job('scrape_configs:\n  - job_name: n\n    relabel_configs:\n      - source_labels: [__meta_keep]\n        regex: "true"\n        action: keep\n');
    const p = populateTarget([], labelsFromRecord({ __address__: 'a:1', __meta_keep: 'false' }), c);
    expect(p.labels).toBeNull();
    expect(p.steps[0]!.dropped).toBe(true);
    expect(labelsToRecord(p.discovered).__meta_keep).toBe('false');
  });

  it('rejects a target whose relabeling removed the address', () => {
    const c = job('scrape_configs:\n  - job_name: n\n    relabel_configs:\n      - action: labeldrop\n        regex: __address__\n');
    expect(populateTarget([], labelsFromRecord({ __address__: 'a:1' }), c).error).toBe('no address');
  });

  it('rewrites the scrape URL from __scheme__, __metrics_path__ and __param_ labels', () => {
    const c = job(`scrape_configs:
  - job_name: blackbox
    metrics_path: /probe
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - target_label: __address__
        replacement: blackbox:9115
`);
    const p = populateTarget([], labelsFromRecord({ __address__: 'example.com' }), c);
    expect(requestInfo(p.labels!, c).url).toBe('http://blackbox:9115/probe?target=example.com');
    expect(labelsToRecord(p.labels!).instance).toBe('blackbox:9115');
  });
});

describe('scrape offsets', () => {
  it('are deterministic, within the interval, and differ between targets', () => {
    const a = scrapeOffsetMs('k1', 'http://a:1/metrics', 15_000, 7);
    expect(scrapeOffsetMs('k1', 'http://a:1/metrics', 15_000, 7)).toBe(a);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(15_000);
    const offsets = new Set(Array.from({ length: 20 }, (_, i) => scrapeOffsetMs(`k${i}`, `http://t${i}:1/metrics`, 15_000, 7)));
    expect(offsets.size).toBe(20);
  });

  it('put every scrape of a target on the same phase of its interval', () => {
    const h = harness(createHead(), 'scrape_configs:\n  - job_name: a\n    scrape_interval: 15s\n    static_configs:\n      - targets: [a:1, b:1, c:1]\n', (net) => {
      for (const t of ['a:1', 'b:1', 'c:1']) net.register(t, new FakeExporter('x 1\n'));
    });
    h.manager.runUntil(T0 + 60_000);
    const starts = new Map<string, number[]>();
    for (const e of h.manager.events.list()) if (e.kind === 'scrape') starts.set(e.instance, [...(starts.get(e.instance) ?? []), e.startMs]);
    expect(starts.size).toBe(3);
    for (const times of starts.values()) {
      expect(times.length).toBeGreaterThanOrEqual(4);
      const phase = (times[0]! - T0) % 15_000;
      expect(times.every((t, i) => t === T0 + phase + i * 15_000)).toBe(true);
    }
    expect(new Set([...starts.values()].map((t) => t[0])).size).toBe(3);
  });
});

describe('targets API data', () => {
  it('describes active and dropped targets as /api/v1/targets does', () => {
    const yaml = `scrape_configs:
  - job_name: node
    scrape_interval: 15s
    static_configs:
      - targets: [n1:9100, skip:9100]
    relabel_configs:
      - source_labels: [__address__]
        regex: skip:.*
        action: drop
`;
    const h = harness(createHead(), yaml, (net) => net.register('n1:9100', new FakeExporter('# TYPE x gauge\n# HELP x An x.\nx 1\n')));
    let data = targetsData(h.manager);
    expect(data.activeTargets[0]).toMatchObject({ health: 'unknown', lastScrape: '0001-01-01T00:00:00Z', lastError: '' });
    h.manager.runUntil(T0 + 15_000);
    data = targetsData(h.manager);
    const t = data.activeTargets[0]!;
    expect(t).toMatchObject({
      labels: { instance: 'n1:9100', job: 'node' },
      scrapePool: 'node',
      scrapeUrl: 'http://n1:9100/metrics',
      globalUrl: 'http://n1:9100/metrics',
      lastError: '',
      lastScrapeDuration: 0.005,
      health: 'up',
      scrapeInterval: '15s',
      scrapeTimeout: '10s',
    });
    expect(t.discoveredLabels.__address__).toBe('n1:9100');
    expect(t.lastScrape).toMatch(/^2026-01-01T00:00:\d\d(\.\d+)?Z$/);
    expect(data.droppedTargets).toEqual([{ discoveredLabels: expect.objectContaining({ __address__: 'skip:9100', job: 'node' }), scrapePool: 'node' }]);
    expect(data.droppedTargetCounts).toEqual({ node: 1 });
    expect(targetsData(h.manager, 'active').droppedTargetCounts).toBeNull();
    expect(scrapePools(h.manager)).toEqual({ scrapePools: ['node'] });

    const md = targetsMetadata(h.manager, [compileMatcher({ type: '=', name: 'job', value: 'node' })]);
    expect(md).toEqual([{ target: { instance: 'n1:9100', job: 'node' }, metric: 'x', type: 'gauge', help: 'An x.', unit: '' }]);
    expect(targetsMetadata(h.manager, [], 'x')[0]).not.toHaveProperty('metric');
  });

  it('prints times as Go prints RFC 3339 with nanoseconds', () => {
    expect(rfc3339(T0)).toBe('2026-01-01T00:00:00Z');
    expect(rfc3339(T0 + 1230)).toBe('2026-01-01T00:00:01.23Z');
  });
});
