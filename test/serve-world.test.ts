import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorldServer, type RunningWorldServer } from '../engine/cli/world-server';

/**
 * End to end: `serve` in world mode on an ephemeral port, clock driven only
 * through /api/sim/advance so the test is deterministic, spoken to over HTTP.
 */

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
let server: RunningWorldServer;

beforeAll(async () => {
  server = await startWorldServer({ seed: 1, startMs: T0, port: 0, host: '127.0.0.1', realTime: false });
  const res = await fetch(`${server.url}/api/sim/advance?by=45s`, { method: 'POST' });
  expect(res.status).toBe(200);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function call(path: string, init?: RequestInit): Promise<{ status: number; json: any; text: string; headers: Headers }> {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

describe('serve: world mode', () => {
  it('lists at least 20 healthy targets whose scrapeUrl points back at the server', async () => {
    const { json } = await call('/api/v1/targets?state=active');
    const targets = json.data.activeTargets;
    expect(targets.length).toBeGreaterThanOrEqual(20);
    expect(targets.every((t: any) => t.health === 'up' && t.scrapeUrl.startsWith(`${server.url}/sim/targets/`))).toBe(true);
    expect(targets.map((t: any) => t.scrapeUrl)).toContain(`${server.url}/sim/targets/node-1:9100/metrics`);
  });

  it('serves a target exposition at its scrapeUrl with the exposition Content-Type', async () => {
    const res = await fetch(`${server.url}/sim/targets/node-1:9100/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await res.text();
    expect(body).toMatch(/^# HELP /);
    expect(body).toContain('node_load1 ');
    // node_exporter answers text only; the shop API (client_golang with OpenMetrics enabled) negotiates.
    const api = (await call('/api/v1/targets?scrapePool=api')).json.data.activeTargets[0].scrapeUrl;
    const om = await fetch(api, { headers: { Accept: 'application/openmetrics-text;version=1.0.0' } });
    expect(om.headers.get('content-type')).toMatch(/^application\/openmetrics-text/);
    expect((await om.text()).trimEnd().endsWith('# EOF')).toBe(true);
  });

  it('answers 503 with the Go error for an address nobody serves', async () => {
    const res = await fetch(`${server.url}/sim/targets/nowhere:1234/metrics`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('no such host');
  });

  it('takes a Pushgateway push that a query sees after the next scrape', async () => {
    const push = await fetch(`${server.url}/pushgateway/metrics/job/lesson/instance/laptop`, { method: 'POST', body: '# TYPE lesson_runs_total counter\nlesson_runs_total 3\n' });
    expect(push.status).toBe(200);
    expect((await call('/api/sim/advance?by=30s', { method: 'POST' })).status).toBe(200);
    const { json } = await call('/api/v1/query?query=lesson_runs_total');
    expect(json.data.result).toEqual([{ metric: { __name__: 'lesson_runs_total', instance: 'laptop', job: 'lesson' }, value: [expect.any(Number), '3'] }]);
    const pg = await call('/pushgateway/api/v1/metrics');
    expect(pg.json.status).toBe('success');
  });

  it('controls the clock and rejects bad input with JSON errors', async () => {
    const before = (await call('/api/sim/clock')).json;
    const adv = await call('/api/sim/advance?by=1m', { method: 'POST' });
    expect(adv.json.nowMs).toBe(before.nowMs + 60_000);
    expect((await call('/api/sim/clock?speed=60&paused=true', { method: 'POST' })).json).toEqual({ nowMs: before.nowMs + 60_000, speed: 60, paused: true });
    expect(await call('/api/sim/advance?by=soon', { method: 'POST' })).toMatchObject({ status: 400, json: { status: 'error', error: expect.stringContaining('not a valid duration string') } });
    expect(await call('/api/sim/clock?speed=0', { method: 'POST' })).toMatchObject({ status: 400 });
    expect(await call('/api/sim/advance?by=1m')).toMatchObject({ status: 405 });
    // The query API's default time is the world's now.
    const { json } = await call('/api/v1/query?query=time()');
    expect(json.data.result[0]).toBe((before.nowMs + 60_000) / 1000);
  }, 60_000);

  it('starts and stops incidents', async () => {
    const started = await call('/api/sim/incidents?kind=instance_down&target=node-4', { method: 'POST' });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ kind: 'instance-down', target: 'node-4', state: 'active' });
    await call('/api/sim/advance?by=20s', { method: 'POST' });
    expect((await call('/api/v1/query?query=up{instance="node-4:9100"}')).json.data.result[0].value[1]).toBe('0');
    expect((await call(`/api/sim/incidents/${started.json.id}`, { method: 'DELETE' })).json.state).toBe('ended');
    expect(await call('/api/sim/incidents/nope-1', { method: 'DELETE' })).toMatchObject({ status: 404, json: { status: 'error' } });
    expect(await call('/api/sim/incidents?kind=volcano', { method: 'POST' })).toMatchObject({ status: 400, json: { error: expect.stringContaining('unknown incident kind') } });
    expect((await call('/api/sim/incidents')).json.incidents).toHaveLength(1);
  }, 60_000);

  it('serves the Alertmanager API v2 and the inboxes', async () => {
    const now = new Date((await call('/api/sim/clock')).json.nowMs).toISOString();
    const post = await call('/alertmanager/api/v2/alerts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ labels: { alertname: 'Manual', severity: 'critical', job: 'lesson' }, annotations: { summary: 'posted by hand' }, startsAt: now }]),
    });
    expect(post.status).toBe(200);
    const alerts = await call('/alertmanager/api/v2/alerts');
    expect(alerts.json.map((a: any) => a.labels.alertname)).toContain('Manual');
    await call('/api/sim/advance?by=31s', { method: 'POST' });
    const inbox = (await call('/api/sim/inbox')).json;
    expect(inbox.slack.directMessages.map((c: any) => c.name)).toEqual(['@admin']);
    expect(inbox.email.messages[0].subject).toContain('Manual');
  }, 60_000);

  it('serves rules, alerts, config and targets metadata', async () => {
    expect((await call('/api/v1/rules')).json.data.groups.map((g: any) => g.name)).toEqual(['alerts', 'golden-signals']);
    expect((await call('/api/v1/alerts')).json.status).toBe('success');
    expect((await call('/api/v1/status/config')).json.data.yaml).toContain('job_name: node');
    const md = (await call('/api/v1/targets/metadata?metric=node_load1&match_target={instance="node-1:9100"}')).json.data;
    expect(md).toEqual([{ target: { instance: 'node-1:9100', job: 'node' }, type: 'gauge', help: expect.any(String), unit: '' }]);
    expect((await call('/api/v1/targets/metadata?match_target={')).json.errorType).toBe('bad_data');
  });

  it('reloads configuration files, and rejects invalid ones with the line', async () => {
    const bad = await call('/api/sim/config/prometheus', { method: 'PUT', body: 'global:\n  scrape_interval: soon\n' });
    expect(bad.status).toBe(400);
    expect(bad.json.issues[0]).toMatchObject({ file: 'prometheus.yml', line: 2 });
    expect((await call('/api/sim/config/prometheus')).text).toContain('job_name: node');
    const rules = 'groups:\n  - name: lesson\n    rules:\n      - record: lesson:up:sum\n        expr: sum(up)\n';
    expect((await call('/api/sim/config/rules?file=rules/lesson.yml', { method: 'PUT', body: rules })).status).toBe(200);
    expect((await call('/api/v1/rules?rule_group[]=lesson')).json.data.groups.map((g: any) => g.file)).toEqual(['rules/lesson.yml']);
  });
});
