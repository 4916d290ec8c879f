import { describe, expect, it } from 'vitest';
import { createRandom } from '../sim/random';
import { createAlertmanager } from './alertmanager';

const T = Date.UTC(2026, 3, 1, 0, 0, 0);
const CONFIG = `
global:
  slack_api_url: https://hooks.slack.invalid/T/B/X
  smtp_smarthost: mail.invalid:25
  smtp_from: am@example.org
route:
  receiver: all
  group_by: [alertname]
  group_wait: 10s
receivers:
  - name: all
    slack_configs:
      - channel: '#ops'
        title: '{{ .CommonLabels.alertname }} on {{ len .Alerts }} hosts'
        text: '{{ range .Alerts }}• {{ .Annotations.summary }}{{ "\\n" }}{{ end }}'
        send_resolved: true
    email_configs:
      - to: oncall@example.org
        headers: { subject: 'Alert: {{ .GroupLabels.alertname }}' }
    webhook_configs:
      - url: http://hook.invalid/
        max_alerts: 2
`;

function fireThree() {
  const am = createAlertmanager({ config: CONFIG, startMs: T, random: createRandom(2) });
  am.receiveAlerts(['a', 'b', 'c'].map((h) => ({ labels: { alertname: 'DiskFull', host: h }, annotations: { summary: `${h} is full` }, endsAt: '2026-04-01T06:00:00Z' })), T);
  am.tick(T + 10_000);
  return am;
}

describe('integrations', () => {
  it('renders configured Slack templates into a channel message', () => {
    const am = fireThree();
    const [channel] = am.inbox().slack.channels;
    expect(channel!.name).toBe('#ops');
    const att = channel!.messages[0]!.payload.attachments[0]!;
    expect(att.title).toBe('DiskFull on 3 hosts');
    expect(att.text).toBe('• a is full\n• b is full\n• c is full\n');
    expect(att.fallback).toBe('[FIRING:3] DiskFull  | http://alertmanager.local:9093/#/alerts?receiver=all');
    expect(Object.keys(channel!.messages[0]!.payload)).toEqual(['channel', 'username', 'attachments']);
  });

  it('uses a configured e-mail subject header (names are canonicalised)', () => {
    const am = fireThree();
    const [mail] = am.inbox().email.messages;
    expect(mail!.subject).toBe('Alert: DiskFull');
    expect(mail!.headers['To']).toBe('oncall@example.org');
    expect(mail!.html).toContain('[3] Firing');
  });

  it('truncates webhook alerts to max_alerts and counts the rest', () => {
    const am = fireThree();
    const [d] = am.inbox().webhook.deliveries;
    expect(d!.payload.alerts.map((a) => a.labels['host'])).toEqual(['a', 'b']);
    expect(d!.payload.truncatedAlerts).toBe(1);
  });

  it('keeps the notification log across a config reload, so nothing is sent twice', () => {
    const am = fireThree();
    const before = am.timeline().length;
    am.applyConfig(CONFIG, T + 20_000);
    am.tick(T + 60_000);
    expect(am.timeline().length).toBe(before);
  });

  it('records why a group_interval flush sent nothing', () => {
    const am = fireThree();
    am.tick(T + 10_000 + 5 * 60_000);
    const quiet = am.flushLog().filter((f) => f.atMs === T + 310_000);
    expect(quiet.map((f) => [f.integration, f.sent])).toEqual([['webhook', false], ['email', false], ['slack', false]]);
    expect(quiet[0]!.steps.at(-1)!.detail).toContain('unchanged since the last notification');
    expect(quiet[0]!.steps.find((s) => s.kind === 'group-interval-tick')).toBeDefined();
  });

  it('fails a notification whose template does not render and retries at the next flush', () => {
    const broken = CONFIG.replace("title: '{{ .CommonLabels.alertname }} on {{ len .Alerts }} hosts'", "title: '{{ nosuch }}'");
    const am = createAlertmanager({ config: broken, startMs: T, random: createRandom(2) });
    am.receiveAlerts([{ labels: { alertname: 'DiskFull' }, endsAt: '2026-04-01T06:00:00Z' }], T);
    am.tick(T + 310_000);
    expect(am.inbox().slack.channels).toEqual([]);
    const slack = am.flushLog().filter((f) => f.integration === 'slack');
    expect(slack.map((f) => [f.atMs - T, f.sent])).toEqual([[10_000, false], [310_000, false]]);
    expect(slack[0]!.steps.at(-1)!.detail).toBe('notify failed: template: function "nosuch" not defined');
    expect(am.inbox().email.messages).toHaveLength(1);
  });
});
