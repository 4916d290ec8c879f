import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/random';
import { createAlertmanager } from './alertmanager';

const T = Date.UTC(2026, 5, 1, 0, 0, 0);
const CONFIG = `
route:
  receiver: team
  group_by: [alertname]
  routes:
    - matchers: [severity="page"]
      receiver: oncall
      continue: true
receivers:
  - name: team
  - name: oncall
`;

function setup() {
  const am = createAlertmanager({ config: CONFIG, startMs: T, random: createRandom(5) });
  const get = (path: string, query?: Record<string, string | string[]>) => am.handleApi({ method: 'GET', path, query }, T);
  return { am, get };
}

describe('API v2', () => {
  it('answers the health and readiness probes', () => {
    const { get } = setup();
    expect(get('/-/healthy')).toMatchObject({ status: 200, body: 'OK' });
    expect(get('/-/ready')).toMatchObject({ status: 200, body: 'OK' });
  });

  it('answers unknown paths and methods as go-swagger does', () => {
    const { am, get } = setup();
    expect(get('/api/v2/nope')).toMatchObject({ status: 404, body: '{"code":404,"message":"path /api/v2/nope was not found"}\n' });
    expect(am.handleApi({ method: 'PUT', path: '/api/v2/alerts' }, T)).toMatchObject({ status: 405, body: '{"code":405,"message":"method PUT is not allowed, but [GET,POST] are"}\n' });
  });

  it('accepts the valid alerts of a batch and reports every invalid one', () => {
    const { am, get } = setup();
    const res = am.handleApi({
      method: 'POST', path: '/api/v2/alerts',
      body: JSON.stringify([
        { labels: { alertname: 'Good' } },
        { labels: {} },
        { labels: { 'bad-name': 'x' } },
        { labels: { alertname: 'Backwards' }, startsAt: '2026-06-01T00:10:00Z', endsAt: '2026-06-01T00:05:00Z' },
      ]),
    }, T);
    expect(res.status).toBe(400);
    expect(res.body).toBe('"at least one label pair required; invalid label set: invalid name \\"bad-name\\"; start time must be before end time"\n');
    expect((JSON.parse(get('/api/v2/alerts').body) as unknown[]).length).toBe(1);
  });

  it('requires labels on each posted alert', () => {
    const { am } = setup();
    const res = am.handleApi({ method: 'POST', path: '/api/v2/alerts', body: '[{"annotations":{}}]' }, T);
    expect([res.status, res.body]).toEqual([422, '{"code":602,"message":"0.labels in body is required"}\n']);
  });

  it('lists every receiver an alert routes to and filters by receiver regex', () => {
    const { am, get } = setup();
    am.receiveAlerts([{ labels: { alertname: 'Page', severity: 'page' } }, { labels: { alertname: 'Info' } }], T);
    const all = JSON.parse(get('/api/v2/alerts').body) as { labels: Record<string, string>; receivers: { name: string }[] }[];
    // `continue: true` on the matching child does not make the parent match: only oncall gets Page.
    expect(all.map((a) => [a.labels['alertname'], a.receivers.map((r) => r.name)]).sort()).toEqual([['Info', ['team']], ['Page', ['oncall']]]);
    const oncall = JSON.parse(get('/api/v2/alerts', { receiver: 'on.*' }).body) as { labels: Record<string, string> }[];
    expect(oncall.map((a) => a.labels['alertname'])).toEqual(['Page']);
    const groups = JSON.parse(get('/api/v2/alerts/groups').body) as { labels: Record<string, string>; receiver: { name: string } }[];
    expect(groups.map((g) => [g.labels['alertname'], g.receiver.name])).toEqual([['Info', 'team'], ['Page', 'oncall']]);
  });

  it('reads query parameters written in the path, as amtool sends them', () => {
    const { am } = setup();
    am.receiveAlerts([{ labels: { alertname: 'Page', severity: 'page' } }, { labels: { alertname: 'Info' } }], T);
    const res = am.handleApi({ method: 'GET', path: '/api/v2/alerts?active=true&filter=alertname%3D%22Page%22&silenced=false' }, T);
    expect((JSON.parse(res.body) as { labels: Record<string, string> }[]).map((a) => a.labels['alertname'])).toEqual(['Page']);
  });

  it('rejects a bad filter with the matcher parser message', () => {
    const { get } = setup();
    expect(get('/api/v2/alerts', { filter: 'alertname="x' })).toMatchObject({ status: 400, body: '"matcher value contains unescaped double quote: \\"x"\n' });
  });

  it('hides alerts whose endsAt has passed', () => {
    const { am } = setup();
    am.receiveAlerts([{ labels: { alertname: 'Short' }, startsAt: new Date(T).toISOString(), endsAt: new Date(T + 1000).toISOString() }], T);
    expect(JSON.parse(am.handleApi({ method: 'GET', path: '/api/v2/alerts' }, T + 1000).body)).toHaveLength(1);
    expect(JSON.parse(am.handleApi({ method: 'GET', path: '/api/v2/alerts' }, T + 1001).body)).toHaveLength(0);
  });
});
