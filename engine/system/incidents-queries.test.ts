import { describe, expect, it } from 'vitest';
import { createSystem, type System } from './index';

/**
 * Every incident, seen the way a learner would look for it: through the
 * PromQL query they would type, before and during the incident.
 */

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

async function scalarOf(s: System, q: string): Promise<number> {
  const r = await s.query(q);
  if (r.value.type === 'scalar') return r.value.v;
  if (r.value.type !== 'vector' || r.value.samples.length !== 1) throw new Error(`${q}: expected one sample, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.value.samples[0]!.v;
}

async function world(): Promise<System> {
  const s = createSystem({ seed: 5, startMs: T0, ruleFiles: {} });
  await s.advance(6 * 60_000);
  return s;
}

describe('each incident is visible in the query a user would run for it', () => {
  it('traffic spike: the API request rate multiplies', async () => {
    const s = await world();
    const q = 'sum(rate(http_requests_total{job="api"}[1m]))';
    const before = await scalarOf(s, q);
    s.startIncident('traffic-spike', {});
    await s.advance(2 * 60_000);
    expect(await scalarOf(s, q)).toBeGreaterThan(2.5 * before);
  }, 60_000);

  it('bad deploy: a new version label appears and p90 latency rises', async () => {
    const s = await world();
    const p90 = 'histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[2m])))';
    const before = await scalarOf(s, p90);
    s.startIncident('bad-deploy', {});
    await s.advance(4 * 60_000);
    expect(await scalarOf(s, 'count(api_build_info{version="1.15.0"})')).toBeGreaterThan(0);
    expect(await scalarOf(s, p90)).toBeGreaterThan(1.5 * before);
  }, 60_000);

  it('memory leak: resident memory of the API climbs steadily', async () => {
    const s = await world();
    const slope = 'max(deriv(process_resident_memory_bytes{job="api"}[3m]))';
    expect(await scalarOf(s, slope)).toBeLessThan(50_000);
    s.startIncident('memory-leak', {});
    await s.advance(4 * 60_000);
    expect(await scalarOf(s, slope)).toBeGreaterThan(100_000);
  }, 60_000);

  it('disk filling: available bytes fall and predict_linear sees the disk full within hours', async () => {
    const s = await world();
    const avail = 'node_filesystem_avail_bytes{instance="node-2:9100",mountpoint="/var/lib/data"}';
    s.startIncident('disk-filling', {});
    await s.advance(5 * 60_000);
    expect(await scalarOf(s, `deriv(${avail}[4m])`)).toBeLessThan(-30_000_000);
    expect(await scalarOf(s, `predict_linear(${avail}[4m], 4 * 3600)`)).toBeLessThan(0);
  }, 60_000);

  it('slow scrape: the target passes the scrape timeout, so up is 0 while it still runs', async () => {
    const s = await world();
    expect(await scalarOf(s, 'up{instance="node-1:9100"}')).toBe(1);
    s.startIncident('slow-scrape', {});
    await s.advance(60_000);
    expect(await scalarOf(s, 'up{instance="node-1:9100"}')).toBe(0);
    expect(s.targets().find((t) => t.hostPort === 'node-1:9100')?.up).toBe(true);
    expect(await scalarOf(s, 'scrape_duration_seconds{instance="node-1:9100"}')).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it('cardinality explosion: the series count of one metric keeps growing', async () => {
    const s = await world();
    s.startIncident('cardinality-explosion', {});
    await s.advance(60_000);
    const early = await scalarOf(s, 'count(api_user_requests_total)');
    await s.advance(3 * 60_000);
    expect(await scalarOf(s, 'count(api_user_requests_total)')).toBeGreaterThan(early + 100);
  }, 60_000);

  it('model drift: the drift score of the model rises past 0.3', async () => {
    const s = await world();
    const drift = 'max(model_feature_drift_score{model="recommender"})';
    expect(await scalarOf(s, drift)).toBeLessThan(0.2);
    s.startIncident('model-drift', { params: { rampMs: 3 * 60_000 } });
    await s.advance(4 * 60_000);
    expect(await scalarOf(s, drift)).toBeGreaterThan(0.3);
  }, 60_000);
});
