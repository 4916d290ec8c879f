import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/random';
import { createAlertmanager } from './alertmanager';

/**
 * The seed scenario: "if service A does not respond for 5 minutes, send the
 * administrator a Slack DM and an e-mail". The rule manager fires
 * InstanceDown at T (after its 5m `for`), re-sends every minute with endsAt
 * 4m ahead, and sends endsAt = resolve time when service A is back.
 */
const CONFIG = `
global:
  resolve_timeout: 5m
  slack_api_url: https://hooks.slack.com/services/T000/B000/XXXX
  smtp_smarthost: smtp.example.org:587
  smtp_from: alertmanager@example.org
route:
  receiver: admin
  group_by: [alertname, service]
receivers:
  - name: admin
    slack_configs:
      - channel: '@admin'
        send_resolved: true
    email_configs:
      - to: admin@example.org
        send_resolved: true
`;

const T = Date.UTC(2026, 10, 25, 12, 0, 0);
const iso = (ms: number): string => new Date(ms).toISOString();
const labels = { alertname: 'InstanceDown', instance: 'service-a:8080', job: 'service-a', service: 'service-a', severity: 'critical' };
const annotations = { summary: 'service-a:8080 has not responded for 5 minutes' };

function setup() {
  const am = createAlertmanager({ config: CONFIG, startMs: T - 600_000, random: createRandom(7) });
  // Prometheus re-sends a firing alert every minute, valid for 4 minutes.
  const fire = (at: number): void => {
    am.receiveAlerts([{ labels, annotations, startsAt: iso(T), endsAt: iso(at + 240_000), generatorURL: 'http://prometheus:9090/graph?g0.expr=up+%3D%3D+0' }], at);
  };
  return { am, fire };
}

describe('seed scenario: service A down → Slack DM and e-mail to the admin', () => {
  it('delivers nothing before group_wait, then one Slack DM and one e-mail naming the instance', () => {
    const { am, fire } = setup();
    fire(T);
    am.tick(T + 29_999);
    expect(am.inbox().slack.directMessages).toEqual([]);
    expect(am.nextWakeup()).toBe(T + 30_000);
    am.tick(T + 30_000);
    const inbox = am.inbox();
    expect(inbox.slack.directMessages.map((c) => c.name)).toEqual(['@admin']);
    const dm = inbox.slack.directMessages[0]!.messages[0]!;
    expect(dm.atMs).toBe(T + 30_000);
    expect(dm.payload.channel).toBe('@admin');
    expect(dm.payload.username).toBe('Alertmanager');
    expect(dm.payload.attachments[0]!.title).toBe('[FIRING:1] InstanceDown service-a (service-a:8080 service-a critical)');
    expect(dm.payload.attachments[0]!.color).toBe('danger');
    expect(dm.payload.attachments[0]!.title_link).toBe('http://alertmanager.local:9093/#/alerts?receiver=admin');
    expect(inbox.email.messages).toHaveLength(1);
    const mail = inbox.email.messages[0]!;
    expect(mail.to).toBe('admin@example.org');
    expect(mail.from).toBe('alertmanager@example.org');
    expect(mail.subject).toBe('[FIRING:1] InstanceDown service-a (service-a:8080 service-a critical)');
    expect(mail.html).toContain('instance = service-a:8080');
  });

  it('stays quiet while the alert keeps firing, then sends resolved messages when service A is back', () => {
    const { am, fire } = setup();
    for (let t = T; t <= T + 10 * 60_000; t += 60_000) fire(t);
    am.tick(T + 10 * 60_000);
    expect(am.inbox().email.messages).toHaveLength(1);
    const back = T + 10 * 60_000 + 15_000;
    am.receiveAlerts([{ labels, annotations, startsAt: iso(T), endsAt: iso(back) }], back);
    // Flushes run at T+30s + k·5m: the next is T+10m30s.
    am.tick(T + 10 * 60_000 + 30_000);
    const mails = am.inbox().email.messages;
    expect(mails.map((m) => [m.atMs - T, m.subject])).toEqual([
      [30_000, '[FIRING:1] InstanceDown service-a (service-a:8080 service-a critical)'],
      [630_000, '[RESOLVED] InstanceDown service-a (service-a:8080 service-a critical)'],
    ]);
    const dms = am.inbox().slack.directMessages[0]!.messages;
    expect(dms.map((m) => m.payload.attachments[0]!.color)).toEqual(['danger', 'good']);
  });

  it('explains the first notification step by step', () => {
    const { am, fire } = setup();
    fire(T);
    am.tick(T + 30_000);
    const [first] = am.timeline();
    expect(first!.steps.map((s) => [s.kind, s.atMs - T])).toEqual([
      ['group-created', 0],
      ['alert-received', 0],
      ['group-wait-elapsed', 30_000],
      ['dedup', 30_000],
      ['send', 30_000],
    ]);
    expect(first!.groupKey).toBe('{}:{alertname="InstanceDown", service="service-a"}');
  });
});
