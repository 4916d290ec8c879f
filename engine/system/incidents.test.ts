import { describe, expect, it } from 'vitest';
import { createSystem, type System } from './index';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

async function values(s: System, q: string): Promise<Record<string, number>> {
  const r = await s.query(q);
  if (r.value.type !== 'vector') throw new Error(`${q} is not a vector`);
  return Object.fromEntries(r.value.samples.map((x) => [x.labels.map((l) => `${l.name}=${l.value}`).join(','), x.v]));
}

describe('incidents seen through PromQL', () => {
  it('instance down: up == 0 for that target only, and its series go stale', async () => {
    const s = createSystem({ seed: 3, startMs: T0, ruleFiles: {} });
    await s.advance(60_000);
    expect(await values(s, 'count(node_load1)')).toEqual({ '': 8 });
    s.startIncident('instance-down', { target: 'node-3' });
    await s.advance(30_000);
    expect(await values(s, 'up{job="node"} == 0')).toEqual({ '__name__=up,instance=node-3:9100,job=node': 0 });
    // The failed scrape wrote staleness markers: node-3's series vanish at once, not after the 5m lookback.
    expect(await values(s, 'count(node_load1)')).toEqual({ '': 7 });
    expect(await values(s, 'node_load1{instance="node-3:9100"}')).toEqual({});
    expect(await values(s, 'count(last_over_time(node_load1{instance="node-3:9100"}[5m]))')).toEqual({ '': 1 });
  }, 60_000);

  it('instance down ends: the target comes back up', async () => {
    const s = createSystem({ seed: 3, startMs: T0, ruleFiles: {} });
    await s.advance(30_000);
    const id = s.startIncident('instance-down', { target: 'node-3' });
    await s.advance(30_000);
    s.stopIncident(id);
    await s.advance(30_000);
    expect(await values(s, 'up{instance="node-3:9100"}')).toEqual({ '__name__=up,instance=node-3:9100,job=node': 1 });
    expect(s.incidents().map((i) => i.state)).toEqual(['ended']);
  }, 60_000);

  it('error burst: the 5xx ratio of the handler rises past 5%', async () => {
    const s = createSystem({ seed: 3, startMs: T0, ruleFiles: {} });
    const ratio = 'sum(rate(http_requests_total{job="api",handler="/api/v1/checkout",code=~"5.."}[1m])) / sum(rate(http_requests_total{job="api",handler="/api/v1/checkout"}[1m]))';
    await s.advance(90_000);
    expect((await values(s, ratio))['']).toBeLessThan(0.05);
    s.startIncident('error-burst', { target: 'api' });
    await s.advance(90_000);
    expect((await values(s, ratio))['']).toBeGreaterThan(0.05);
  }, 60_000);
});
