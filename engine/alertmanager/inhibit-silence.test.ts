import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/random';
import { createAlertmanager } from './alertmanager';

const T = Date.UTC(2026, 2, 1, 8, 0, 0);
const iso = (ms: number): string => new Date(ms).toISOString();
const CONFIG = `
route:
  receiver: hook
  group_by: [alertname, instance]
  group_wait: 10s
  group_interval: 1m
receivers:
  - name: hook
    webhook_configs: [{ url: 'http://hook.invalid/' }]
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [instance]
  - source_matchers: ['tier=~"a|b"']
    target_matchers: ['tier=~"a|b"']
    equal: [instance]
`;

function setup() {
  const am = createAlertmanager({ config: CONFIG, startMs: T, random: createRandom(11) });
  const fire = (labels: Record<string, string>, at = T, endsAt = T + 3_600_000): void => {
    am.receiveAlerts([{ labels, startsAt: iso(T), endsAt: iso(endsAt) }], at);
  };
  const notified = (): string[] => am.inbox().webhook.deliveries.flatMap((d) => d.payload.alerts.map((a) => `${d.payload.status}:${a.labels['alertname']}`));
  const api = (method: string, path: string, body?: unknown, query?: Record<string, string | string[]>, at = T) =>
    am.handleApi({ method, path, query, body: body === undefined ? undefined : JSON.stringify(body) }, at);
  return { am, fire, notified, api };
}

describe('inhibition', () => {
  it('mutes a warning while a critical alert with the same instance fires, and reports inhibitedBy', () => {
    const { am, fire, notified, api } = setup();
    fire({ alertname: 'Down', severity: 'critical', instance: 'a' });
    fire({ alertname: 'Slow', severity: 'warning', instance: 'a' });
    fire({ alertname: 'Slow', severity: 'warning', instance: 'b' });
    am.tick(T + 10_000);
    expect(notified().sort()).toEqual(['firing:Down', 'firing:Slow']);
    const alerts = JSON.parse(api('GET', '/api/v2/alerts', undefined, undefined, T + 10_000).body) as { labels: Record<string, string>; status: { state: string; inhibitedBy: string[] } }[];
    const slowA = alerts.find((a) => a.labels['instance'] === 'a' && a.labels['alertname'] === 'Slow')!;
    const down = alerts.find((a) => a.labels['alertname'] === 'Down')! as unknown as { fingerprint: string };
    expect(slowA.status).toEqual({ inhibitedBy: [down.fingerprint], silencedBy: [], state: 'suppressed' });
    const flush = am.flushLog().find((f) => f.groupKey.includes('Slow') && f.groupKey.includes('"a"'))!;
    expect(flush.sent).toBe(false);
    expect(flush.steps.some((s) => s.kind === 'muted' && s.detail.includes('inhibited by'))).toBe(true);
  });

  it('notifies the target at the next flush after the source resolves', () => {
    const { am, fire, notified } = setup();
    fire({ alertname: 'Down', severity: 'critical', instance: 'a' }, T, T + 30_000);
    fire({ alertname: 'Slow', severity: 'warning', instance: 'a' });
    am.tick(T + 69_999);
    expect(notified()).toEqual(['firing:Down']);
    am.tick(T + 70_000);
    expect(notified().sort()).toEqual(['firing:Down', 'firing:Slow', 'resolved:Down']);
  });

  it('does not let an alert that matches both sides inhibit itself or its two-sided peers', () => {
    const { am, fire, notified } = setup();
    fire({ alertname: 'X', tier: 'a', instance: 'i' });
    fire({ alertname: 'Y', tier: 'b', instance: 'i' });
    am.tick(T + 10_000);
    expect(notified().sort()).toEqual(['firing:X', 'firing:Y']);
  });

  it('filters alerts with inhibited=false as amtool does', () => {
    const { fire, api } = setup();
    fire({ alertname: 'Down', severity: 'critical', instance: 'a' });
    fire({ alertname: 'Slow', severity: 'warning', instance: 'a' });
    const body = JSON.parse(api('GET', '/api/v2/alerts', undefined, { inhibited: 'false', filter: ['alertname=~"Down|Slow"'] }).body) as { labels: Record<string, string> }[];
    expect(body.map((a) => a.labels['alertname'])).toEqual(['Down']);
  });
});

describe('silences', () => {
  const silence = (over: Record<string, unknown> = {}) => ({
    matchers: [{ name: 'alertname', value: 'Slow', isRegex: false, isEqual: true }],
    startsAt: iso(T), endsAt: iso(T + 3_600_000), createdBy: 'learner', comment: 'maintenance', ...over,
  });

  it('silences matching alerts: no notification, state suppressed with silencedBy', () => {
    const { am, fire, notified, api } = setup();
    const { silenceID } = JSON.parse(api('POST', '/api/v2/silences', silence()).body) as { silenceID: string };
    fire({ alertname: 'Slow', severity: 'warning', instance: 'z' });
    am.tick(T + 20_000);
    expect(notified()).toEqual([]);
    const [alert] = JSON.parse(api('GET', '/api/v2/alerts', undefined, undefined, T + 20_000).body) as { status: unknown }[];
    expect(alert!.status).toEqual({ inhibitedBy: [], silencedBy: [silenceID], state: 'suppressed' });
  });

  it('is pending before startsAt, active until endsAt, and expired by DELETE', () => {
    const { am, fire, notified, api } = setup();
    const { silenceID } = JSON.parse(api('POST', '/api/v2/silences', silence({ startsAt: iso(T + 60_000) })).body) as { silenceID: string };
    const state = (at: number): string => (JSON.parse(api('GET', `/api/v2/silence/${silenceID}`, undefined, undefined, at).body) as { status: { state: string } }).status.state;
    expect(state(T)).toBe('pending');
    expect(state(T + 60_000)).toBe('active');
    expect(api('DELETE', `/api/v2/silence/${silenceID}`, undefined, undefined, T + 120_000)).toEqual({ status: 200, headers: {}, body: '' });
    expect(state(T + 120_000)).toBe('expired');
    expect(api('DELETE', `/api/v2/silence/${silenceID}`, undefined, undefined, T + 120_000).body).toBe(`"silence ${silenceID} already expired"\n`);
    fire({ alertname: 'Slow', severity: 'warning', instance: 'z' }, T + 120_000);
    am.tick(T + 130_000);
    expect(notified()).toEqual(['firing:Slow']);
  });

  it('updates in place when only endsAt changes, and replaces the silence when matchers change', () => {
    const { api } = setup();
    const { silenceID } = JSON.parse(api('POST', '/api/v2/silences', silence()).body) as { silenceID: string };
    const same = JSON.parse(api('POST', '/api/v2/silences', silence({ id: silenceID, endsAt: iso(T + 7_200_000) }), undefined, T + 1000).body) as { silenceID: string };
    expect(same.silenceID).toBe(silenceID);
    const other = JSON.parse(api('POST', '/api/v2/silences', silence({ id: silenceID, matchers: [{ name: 'alertname', value: 'Other', isRegex: false }] }), undefined, T + 2000).body) as { silenceID: string };
    expect(other.silenceID).not.toBe(silenceID);
    const list = JSON.parse(api('GET', '/api/v2/silences', undefined, undefined, T + 2000).body) as { id: string; status: { state: string } }[];
    expect(list.map((s) => [s.id, s.status.state])).toEqual([[other.silenceID, 'active'], [silenceID, 'expired']]);
    const filtered = JSON.parse(api('GET', '/api/v2/silences', undefined, { filter: 'alertname="Other"' }, T + 2000).body) as { id: string }[];
    expect(filtered.map((s) => s.id)).toEqual([other.silenceID]);
  });

  const invalid: [string, Record<string, unknown> | string, number, string][] = [
    ['missing createdBy', { ...silence(), createdBy: undefined }, 422, '{"code":602,"message":"createdBy in body is required"}'],
    ['missing isRegex', silence({ matchers: [{ name: 'a', value: 'b' }] }), 422, '{"code":602,"message":"matchers.0.isRegex in body is required"}'],
    ['start after end', silence({ startsAt: iso(T + 10), endsAt: iso(T) }), 400, '"Failed to create silence: start time must be before end time"'],
    ['end in the past', silence({ startsAt: iso(T - 20_000), endsAt: iso(T - 10_000) }), 400, '"Failed to create silence: end time can\'t be in the past"'],
    ['matches empty', silence({ matchers: [{ name: 'a', value: '.*', isRegex: true }] }), 400, '"silence invalid: at least one matcher must not match the empty string"'],
    ['bad label name', silence({ matchers: [{ name: '3a', value: 'x', isRegex: false }] }), 400, '"silence invalid: invalid label matcher 0: invalid label name \\"3a\\""'],
    ['unknown id', silence({ id: '00000000-0000-4000-8000-000000000000' }), 404, '"silence not found"'],
    ['not json', '{"matchers":', 400, '{"code":400,"message":"parsing silence body from \\"\\" failed, because unexpected end of JSON input"}'],
  ];
  it.each(invalid)('rejects %s', (_, body, status, text) => {
    const { am } = setup();
    const res = am.handleApi({ method: 'POST', path: '/api/v2/silences', body: typeof body === 'string' ? body : JSON.stringify(body) }, T);
    expect([res.status, res.body]).toEqual([status, text + '\n']);
  });

  it('answers 404 without a body for an unknown silence, 422 for a malformed id', () => {
    const { api } = setup();
    expect(api('GET', '/api/v2/silence/00000000-0000-4000-8000-000000000000')).toEqual({ status: 404, headers: {}, body: '' });
    expect(api('GET', '/api/v2/silence/nope').status).toBe(422);
  });
});
