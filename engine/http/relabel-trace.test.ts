import { describe, expect, it } from 'vitest';
import { createSystem } from '../system/index';
import { createWorldHandler } from './world-routes';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** A config whose api pool keeps only pods of app=api: the ml pods in the same namespace list are dropped. */
const CONFIG = `
scrape_configs:
  - job_name: node
    static_configs:
      - targets: [node-1:9100]
  - job_name: pods
    kubernetes_sd_configs:
      - role: pod
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_label_app]
        regex: api
        action: keep
      - source_labels: [__meta_kubernetes_pod_name]
        target_label: pod
`;

async function world() {
  const system = createSystem({ seed: 1, startMs: T0, prometheusYml: CONFIG });
  await system.advance(30_000);
  const handle = createWorldHandler(system);
  return async (url: string, method = 'GET') => {
    const r = await handle({ method, url, headers: {}, body: '' });
    return { status: r.status, json: JSON.parse(r.body) };
  };
}

describe('GET /api/sim/relabel', () => {
  it('lists every pool with its rules and each target’s steps', async () => {
    const get = await world();
    const { status, json } = await get('/api/sim/relabel');
    expect(status).toBe(200);
    expect(json.pools.map((p: any) => p.scrapePool)).toEqual(['node', 'pods']);
    const pods = json.pools[1];
    expect(pods.rules).toEqual([
      expect.objectContaining({ source_labels: ['__meta_kubernetes_pod_label_app'], regex: 'api', action: 'keep' }),
      expect.objectContaining({ source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod', action: 'replace' }),
    ]);
    const active = pods.targets.filter((t: any) => t.state === 'active');
    const dropped = pods.targets.filter((t: any) => t.state === 'dropped');
    expect(active.length).toBeGreaterThan(0);
    expect(dropped.length).toBeGreaterThan(0);
    // A kept pod ran both rules; the second set its pod label.
    const kept = active[0];
    expect(kept.steps.map((s: any) => [s.action, s.matched, s.dropped])).toEqual([['keep', true, false], ['replace', true, false]]);
    expect(kept.steps[1].changes).toEqual([{ name: 'pod', after: kept.discoveredLabels.__meta_kubernetes_pod_name }]);
    expect(kept.labels.pod).toBe(kept.discoveredLabels.__meta_kubernetes_pod_name);
    // A dropped pod stopped at the keep rule.
    expect(dropped[0].labels).toBeNull();
    expect(dropped[0].steps).toEqual([expect.objectContaining({ index: 0, action: 'keep', matched: false, dropped: true, changes: [] })]);
    expect(dropped[0].discoveredLabels.__meta_kubernetes_pod_label_app).not.toBe('api');
  });

  it('answers one target of one pool by index, and rejects unknown pools and indexes', async () => {
    const get = await world();
    const one = await get('/api/sim/relabel?pool=node&index=0');
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ scrapePool: 'node', rules: [], target: { state: 'active', steps: [], labels: { __address__: 'node-1:9100', job: 'node' } } });
    expect(await get('/api/sim/relabel?pool=nope')).toMatchObject({ status: 404, json: { status: 'error', error: 'no scrape pool "nope"' } });
    expect(await get('/api/sim/relabel?pool=node&index=5')).toMatchObject({ status: 400 });
    expect(await get('/api/sim/relabel?index=0')).toMatchObject({ status: 400, json: { error: 'index needs pool' } });
    expect((await get('/api/sim/relabel', 'POST')).status).toBe(405);
  });
});
