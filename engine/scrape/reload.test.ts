import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config';
import { parseConfig } from '../config';
import { SimCluster } from '../sd';
import { createNetwork, VirtualClock } from '../sim';
import { createHead } from '../tsdb';
import { EventLog, ScrapeManager, targetsData } from './index';
import { FakeExporter, harness, T0, type Harness } from './testing';

const IV = 15_000;
const yamlWith = (extra = '', interval = '15s') => `global:
  scrape_interval: 15s
scrape_configs:
  - job_name: j
    scrape_interval: ${interval}
    static_configs:
      - targets: [t:1]
${extra}  - job_name: other
    static_configs:
      - targets: [o:1]
`;

function setup(): { h: Harness; ex: FakeExporter } {
  const ex = new FakeExporter('a{x="1"} 1\n');
  const h = harness(createHead(), yamlWith(), (net) => {
    net.register('t:1', ex);
    net.register('o:1', new FakeExporter('o 1\n'));
  });
  return { h, ex };
}

const scrapes = (h: Harness, instance: string) => h.manager.events.list().flatMap((e) => (e.kind === 'scrape' && e.instance === instance ? [e.startMs] : []));

describe('reloading the configuration', () => {
  it('keeps a target whose labels did not change: same schedule, no gap, no stale marker', () => {
    const { h } = setup();
    h.manager.runUntil(T0 + 2 * IV - 1);
    const before = h.manager.pools()[0]!.active.values().next().value;
    h.manager.applyConfigText(yamlWith('    scrape_timeout: 5s\n'.replace('scrape_timeout: 5s', 'honor_labels: true')));
    h.manager.runUntil(T0 + 6 * IV - 1);
    expect(h.manager.pools()[0]!.active.values().next().value).toBe(before);
    const times = scrapes(h, 't:1');
    expect(times).toHaveLength(6);
    expect(times.every((t, i) => i === 0 || t - times[i - 1]! === IV)).toBe(true);
    expect(h.series('a')[0]!.stale.every((s) => !s)).toBe(true);
  });

  it('re-labels stored series when metric relabeling changes, ending the old ones', () => {
    const { h } = setup();
    h.manager.runUntil(T0 + IV - 1);
    h.manager.applyConfigText(yamlWith('    metric_relabel_configs:\n      - target_label: v\n        replacement: "2"\n'));
    h.manager.runUntil(T0 + 2 * IV - 1);
    const series = h.series('a');
    expect(series.find((s) => s.labels.v === undefined)!.stale).toEqual([false, true]);
    expect(series.find((s) => s.labels.v === '2')!.stale).toEqual([false]);
  });

  it('replaces a target whose labels changed (a new interval) and ends the old one', () => {
    const { h } = setup();
    h.manager.runUntil(T0 + IV - 1);
    h.manager.applyConfigText(yamlWith('', '30s'));
    const data = targetsData(h.manager).activeTargets.find((t) => t.scrapePool === 'j')!;
    expect(data.scrapeInterval).toBe('30s');
    expect(data.health).toBe('unknown');
    h.manager.runUntil(T0 + 10 * IV);
    const kinds = h.manager.events.list().filter((e) => e.kind !== 'scrape' && e.instance === 't:1').map((e) => e.kind);
    expect(kinds).toEqual(['target-added', 'target-removed', 'target-added']);
  });

  it('stops a removed job and leaves the others running', () => {
    const { h } = setup();
    h.manager.runUntil(T0 + IV - 1);
    h.manager.applyConfigText('global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: other\n    static_configs:\n      - targets: [o:1]\n');
    h.manager.runUntil(T0 + 6 * IV);
    expect(scrapes(h, 't:1')).toHaveLength(1);
    expect(scrapes(h, 'o:1').length).toBeGreaterThanOrEqual(6);
    expect(h.series('up', { instance: 't:1' })[0]!.stale).toEqual([false, true]);
  });

  it('rejects an invalid file and keeps running the old configuration', () => {
    const { h } = setup();
    const before = h.manager.config;
    expect(() => h.manager.applyConfigText('scrape_configs:\n  - job_name: j\n    scrape_interval: 5s\n    scrape_timeout: 6s\n')).toThrow(ConfigError);
    expect(h.manager.config).toBe(before);
    h.manager.runUntil(T0 + 2 * IV - 1);
    expect(scrapes(h, 't:1')).toHaveLength(2);
  });
});

describe('discovery through the manager', () => {
  const k8sYaml = `scrape_configs:
  - job_name: pods
    scrape_interval: 15s
    kubernetes_sd_configs:
      - role: pod
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
        regex: "true"
        action: keep
      - source_labels: [__meta_kubernetes_pod_name]
        target_label: pod
`;

  function k8s(): { h: Harness; cluster: SimCluster } {
    const cluster = new SimCluster();
    cluster.addNode({ name: 'n1' });
    const template = {
      labels: { app: 'api' },
      annotations: { 'prometheus.io/scrape': 'true' },
      containers: [{ name: 'api', image: 'api:1', ports: [{ name: 'http', containerPort: 8080 }] }],
    };
    cluster.createDeployment({ name: 'api', replicas: 2, template });
    cluster.createDeployment({ name: 'db', replicas: 1, template: { ...template, labels: { app: 'db' }, annotations: {} } });
    const h = harness(createHead(), k8sYaml, (net) => {
      // Every pod IP answers, as the world's exporters would.
      for (let i = 2; i < 40; i++) net.register(`10.244.1.${i}:8080`, new FakeExporter('requests_total 1\n'));
    }, { kubernetes: cluster });
    return { h, cluster };
  }

  it('turns annotated pods into targets and drops the rest', () => {
    const { h, cluster } = k8s();
    const data = targetsData(h.manager);
    const api = cluster.pods().filter((p) => p.deployment === 'api');
    expect(data.activeTargets.map((t) => t.labels.pod).sort()).toEqual(api.map((p) => p.name).sort());
    expect(data.activeTargets[0]!.labels).toEqual({ instance: expect.stringMatching(/^10\.244\.1\.\d+:8080$/), job: 'pods', pod: expect.any(String) });
    expect(data.droppedTargets).toHaveLength(1);
  });

  it('replaces targets on a rollout within one discovery update and ends the old series', () => {
    const { h, cluster } = k8s();
    h.manager.runUntil(T0 + 2 * IV - 1);
    const oldPods = new Set(cluster.pods().map((p) => p.name));
    cluster.rollout('default', 'api', { annotations: { 'prometheus.io/scrape': 'true', version: '2' } });
    h.manager.runUntil(T0 + 2 * IV + 5000);
    const pods = targetsData(h.manager).activeTargets.map((t) => t.labels.pod!);
    expect(pods).toHaveLength(2);
    expect(pods.some((p) => oldPods.has(p))).toBe(false);
    h.manager.runUntil(T0 + 8 * IV);
    for (const old of [...oldPods].filter((p) => p.startsWith('api-'))) {
      const up = h.series('up', { pod: old })[0]!;
      expect(up.stale[up.stale.length - 1]).toBe(true);
    }
    for (const p of pods) expect(h.series('up', { pod: p })[0]!.vs.every((v) => v === 1)).toBe(true);
    const removed = h.manager.events.list().filter((e) => e.kind === 'target-removed');
    expect(removed).toHaveLength(2);
  });

  it('follows file SD changes and keeps targets while a file is broken', () => {
    const files = new Map([['targets.yml', '- targets: [a:1]\n']]);
    const yaml = 'scrape_configs:\n  - job_name: f\n    file_sd_configs:\n      - files: [targets.yml]\n';
    const h = harness(createHead(), yaml, (net) => {
      net.register('a:1', new FakeExporter('x 1\n'));
      net.register('b:1', new FakeExporter('x 1\n'));
    }, { files });
    expect(targetsData(h.manager).activeTargets.map((t) => t.labels.instance)).toEqual(['a:1']);
    files.set('targets.yml', '- targets: [a:1, b:1]\n');
    h.manager.runUntil(T0 + 5000);
    expect(targetsData(h.manager).activeTargets.map((t) => t.labels.instance)).toEqual(['a:1', 'b:1']);
    files.set('targets.yml', '- targets: [a:1, b:1\n');
    h.manager.runUntil(T0 + 10_000);
    expect(targetsData(h.manager).activeTargets).toHaveLength(2);
    expect(h.manager.pools()[0]!.discovery.errors()).toHaveLength(1);
  });
});

describe('the scrape cache', () => {
  it('stores the same data whatever way the body changes', () => {
    const { h, ex } = setup();
    const bodies = [
      '# TYPE a gauge\na{x="1"} 1\na{x="2"} 2\n',
      '# TYPE a gauge\na{x="1"} 3\na{x="2"} 4\n',
      '# TYPE a gauge\na{x="2"} 5\na{x="1"} 6\n',
      '# TYPE a gauge\na{x="2"} 7\na{x="1"} 8\na{x="3"} 9\n',
      '# TYPE a gauge\na{x="2"} 7e3\na{x="1"} -Inf\na{x="3"} 0.1\n',
      '# TYPE a gauge\n# HELP a An a.\na{x="2"} 1 1767225700000\na{x="1"} 2\na{x="3"} 3\n',
      '# TYPE a gauge\n# HELP a An a.\na{x="2"} 1 1767225700000\na{x="1"} 4\na{x="3"} 5\n',
    ];
    for (let i = 0; i < bodies.length; i++) {
      ex.body = bodies[i]!;
      h.manager.runUntil(T0 + (i + 1) * IV - 1);
    }
    const v = (x: string) => h.series('a', { x })[0]!.vs;
    expect(v('1')).toEqual([1, 3, 6, 8, -Infinity, 2, 4]);
    expect(v('2')).toEqual([2, 4, 5, 7, 7000, 1]);
    expect(v('3')).toEqual([9, 0.1, 3, 5]);
    expect(h.series('a', { x: '2' })[0]!.ts.at(-1)).toBe(1767225700000);
  });
});

describe('the event log', () => {
  it('keeps the last events up to its capacity and tells what is new', () => {
    const log = new EventLog(3);
    for (let i = 0; i < 5; i++) log.push({ kind: 'target-added', job: 'j', instance: String(i), scrapeUrl: '', atMs: i });
    expect(log.list().map((e) => (e.kind === 'target-added' ? e.atMs : -1))).toEqual([2, 3, 4]);
    expect(log.list(3).map((e) => (e.kind === 'target-added' ? e.atMs : -1))).toEqual([3, 4]);
    expect(log.sequence).toBe(5);
  });
});

describe('a shared clock', () => {
  it('runs scrapes as clock tasks, interleaved in time with the world, until disposed', () => {
    const clock = new VirtualClock(T0);
    const net = createNetwork();
    const ex = new FakeExporter('a 1\n');
    net.register('t:1', ex);
    const m = new ScrapeManager({ config: parseConfig(yamlWith()).config, network: net, storage: createHead(), clock });
    const seen: number[] = [];
    clock.every(IV, () => seen.push(ex.requests.length), T0 + IV - 1);
    clock.advance(4 * IV);
    // At every tick just before a 15s boundary, one more scrape has happened.
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(ex.requests.map((r) => r.tMs).every((t, i) => t === ex.requests[0]!.tMs + i * IV)).toBe(true);
    m.dispose();
    const n = ex.requests.length;
    clock.advance(4 * IV);
    expect(ex.requests).toHaveLength(n);
  });
});
