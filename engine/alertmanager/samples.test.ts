import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/random';
import { createAlertmanager } from './alertmanager';

/**
 * Replays the session the samples in ../shared/samples were recorded from
 * (Alertmanager 0.25: two webhook receivers, page → oncall, an inhibit rule
 * page ⇒ warning on equal instance, a silence on DiskWillFillIn4Hours) and
 * compares our API answers and webhook bodies with the real ones, key order
 * included. Only the silence id (random) and sub-millisecond digits differ.
 * The real session posted the alerts at .312 and created the silence at .317.
 */
const SAMPLES = new URL('../../../shared/samples/', import.meta.url);
const sample = (name: string): string => readFileSync(new URL(name, SAMPLES), 'utf8');
const json = (name: string): unknown => JSON.parse(sample(name));

const status = json('alertmanager_api_v2_status.json') as { config: { original: string } };
const CONFIG = status.config.original.replaceAll('PORT', '5001');
const START = Date.parse('2026-11-24T18:59:07.202Z');
const POSTED = Date.parse('2026-11-24T18:59:07.312Z');
const SILENCED = Date.parse('2026-11-24T18:59:07.317Z');
const REAL_SILENCE = '4927989c-1b88-4a6e-a2e3-aa7194f475b3';

function replay() {
  const am = createAlertmanager({ config: CONFIG, startMs: START, random: createRandom(1), externalURL: 'http://alertmanager.local:9093' });
  const posted = am.handleApi({
    method: 'POST', path: '/api/v2/alerts', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify([
      { labels: { alertname: 'HighErrorRate', instance: 'api-3:8080', job: 'api', severity: 'page' }, annotations: { runbook_url: 'https://example.invalid/runbooks/high-error-rate', summary: '5xx ratio above 5% on api-3:8080' }, generatorURL: 'http://prometheus.example.invalid/graph?g0.expr=...' },
      { labels: { alertname: 'HighLatency', instance: 'api-3:8080', job: 'api', severity: 'warning' }, annotations: { summary: 'p99 latency above 500ms' } },
      { labels: { alertname: 'DiskWillFillIn4Hours', instance: 'host-d:9100', job: 'node', mountpoint: '/data', severity: 'warning' }, annotations: { summary: '/data on host-d will fill within 4h' } },
    ]),
  }, POSTED);
  const created = am.handleApi({
    method: 'POST', path: '/api/v2/silences', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      matchers: [{ name: 'alertname', value: 'DiskWillFillIn4Hours', isRegex: false, isEqual: true }],
      startsAt: '2026-11-24T18:59:07.317Z', endsAt: '2099-01-01T00:00:00Z', createdBy: 'oracle', comment: 'disk cleanup in progress',
    }),
  }, SILENCED);
  const silenceId = (JSON.parse(created.body) as { silenceID: string }).silenceID;
  return { am, silenceId, created, posted };
}

/** normalise puts the real silence id in place of ours. */
const normalise = (body: string, silenceId: string): unknown => JSON.parse(body.replaceAll(silenceId, REAL_SILENCE));

describe('API answers match the recorded Alertmanager 0.25 session', () => {
  it('POST /api/v2/silences answers {"silenceID": …} and POST /api/v2/alerts answers 200 with no body', () => {
    const { created, posted, silenceId } = replay();
    expect(created.status).toBe(200);
    expect(Object.keys(JSON.parse(created.body) as object)).toEqual(Object.keys(json('alertmanager_post_silence_response.json') as object));
    expect(silenceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(posted).toEqual({ status: 200, headers: {}, body: '' });
  });

  it('GET /api/v2/alerts equals the sample, key order included', () => {
    const { am, silenceId } = replay();
    const res = am.handleApi({ method: 'GET', path: '/api/v2/alerts' }, SILENCED);
    expect(JSON.stringify(normalise(res.body, silenceId))).toBe(JSON.stringify(json('alertmanager_api_v2_alerts.json')));
  });

  it('GET /api/v2/alerts/groups equals the sample', () => {
    const { am, silenceId } = replay();
    const res = am.handleApi({ method: 'GET', path: '/api/v2/alerts/groups' }, SILENCED);
    expect(JSON.stringify(normalise(res.body, silenceId))).toBe(JSON.stringify(json('alertmanager_api_v2_alerts_groups.json')));
  });

  it('GET /api/v2/silences equals the sample', () => {
    const { am, silenceId } = replay();
    const res = am.handleApi({ method: 'GET', path: '/api/v2/silences' }, SILENCED);
    expect(JSON.stringify(normalise(res.body, silenceId))).toBe(JSON.stringify(json('alertmanager_api_v2_silences.json')));
  });

  it('GET /api/v2/receivers equals the sample', () => {
    const { am } = replay();
    expect(JSON.parse(am.handleApi({ method: 'GET', path: '/api/v2/receivers' }, POSTED).body)).toEqual(json('alertmanager_api_v2_receivers.json'));
  });

  it('GET /api/v2/status has the sample shape and re-marshals the config as Alertmanager did', () => {
    const { am } = replay();
    const body = JSON.parse(am.handleApi({ method: 'GET', path: '/api/v2/status' }, POSTED).body) as Record<string, unknown>;
    const real = status as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(body)).toEqual(Object.keys(real));
    expect(body['cluster']).toEqual(real['cluster']);
    expect(body['uptime']).toBe(real['uptime']);
    expect(Object.keys(body['versionInfo'] as object)).toEqual(Object.keys(real['versionInfo']!));
    expect((body['config'] as { original: string }).original).toBe(CONFIG);
  });
});

describe('webhook bodies match the recorded payloads', () => {
  const real = json('alertmanager_webhook_payloads.json') as Record<string, unknown>[];
  // Go records nanoseconds; virtual time has milliseconds.
  const ms = (p: unknown): string => JSON.stringify(p).replace(/(\.\d{3})\d+Z/g, '$1Z');

  it('sends oncall firing, then oncall resolved and team firing once the inhibiting alert resolved', () => {
    const { am } = replay();
    am.tick(POSTED + 1000);
    // HighErrorRate resolves at 18:59:09; Prometheus sends it without generatorURL.
    am.handleApi({
      method: 'POST', path: '/api/v2/alerts',
      body: JSON.stringify([{ labels: { alertname: 'HighErrorRate', instance: 'api-3:8080', job: 'api', severity: 'page' }, annotations: { runbook_url: 'https://example.invalid/runbooks/high-error-rate', summary: '5xx ratio above 5% on api-3:8080' }, endsAt: '2026-11-24T18:59:09Z' }]),
    }, Date.parse('2026-11-24T18:59:09.100Z'));
    am.tick(POSTED + 4000);
    const sent = am.inbox().webhook.deliveries;
    expect(sent.map((d) => [d.receiver, d.payload.status, d.atMs - POSTED])).toEqual([
      ['oncall-webhook', 'firing', 1000],
      ['oncall-webhook', 'resolved', 4000],
      ['team-webhook', 'firing', 4000],
    ]);
    expect(sent.map((d) => d.url)).toEqual(['http://127.0.0.1:5001/oncall', 'http://127.0.0.1:5001/oncall', 'http://127.0.0.1:5001/team']);
    expect(sent.map((d) => ms(d.payload))).toEqual(real.map(ms));
  });
});

describe('bad requests answer as the real server did', () => {
  const cases = sample('alertmanager_bad_requests.txt').split(/^=== /m).filter((c) => c.trim() !== '').map((c) => {
    const [head = '', statusLine = '', ...rest] = c.split('\n');
    const m = /^(\w+) (\S+) (.*)$/.exec(head)!;
    return { method: m[1]!, path: m[2]!, body: m[3]!, status: Number(statusLine.replace('<<< HTTP ', '')), response: rest.join('\n').trim() };
  });

  it.each(cases)('$method $path $body → $status', (c) => {
    const { am } = replay();
    const res = am.handleApi({ method: c.method, path: c.path, body: c.body }, SILENCED);
    expect(res.status).toBe(c.status);
    expect(res.body.trim()).toBe(c.response);
  });
});

describe('/metrics matches the recorded counters', () => {
  it('counts alerts, notifications, silences and groups as the real server did', () => {
    const { am } = replay();
    am.handleApi({ method: 'POST', path: '/api/v2/alerts', body: '[{"labels":{}}]' }, SILENCED);
    am.tick(POSTED + 1000);
    am.handleApi({
      method: 'POST', path: '/api/v2/alerts',
      body: JSON.stringify([{ labels: { alertname: 'HighErrorRate', instance: 'api-3:8080', job: 'api', severity: 'page' }, endsAt: '2026-11-24T18:59:09Z' }]),
    }, Date.parse('2026-11-24T18:59:09.100Z'));
    am.tick(POSTED + 4000);
    const ours = am.handleApi({ method: 'GET', path: '/metrics' }, POSTED + 4000).body.split('\n');
    const names = /^alertmanager_(alerts|alerts_invalid_total|alerts_received_total|cluster_enabled|config_last_reload_successful|dispatcher_aggregation_groups|integrations|notifications_total|notifications_failed_total|receivers|silences)(\{| )/;
    const pick = (lines: string[]): string[] => lines.filter((l) => names.test(l));
    expect(pick(ours)).toEqual(pick(sample('alertmanager.metrics').split('\n')));
  });
});
