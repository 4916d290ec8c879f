import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { loadConfig } from './config-parse';
import { buildRoute } from './route';

const MINIMAL = `route:\n  receiver: team\nreceivers:\n  - name: team\n`;

describe('alertmanager.yml defaults', () => {
  it('fills the global section and the root route timings as Alertmanager does', () => {
    const cfg = loadConfig(MINIMAL);
    expect(cfg.global.resolveTimeoutMs).toBe(300_000);
    expect(cfg.global.smtpHello).toBe('localhost');
    expect(cfg.global.smtpRequireTls).toBe(true);
    const root = buildRoute(cfg.route);
    expect(root.opts).toMatchObject({ receiver: 'team', groupWaitMs: 30_000, groupIntervalMs: 300_000, repeatIntervalMs: 14_400_000, groupByAll: false });
    expect(root.key).toBe('{}');
  });

  it('defaults send_resolved per integration: slack false, email false, webhook true', () => {
    const cfg = loadConfig(`
global:
  slack_api_url: https://hooks.slack.invalid/x
  smtp_smarthost: mail:25
  smtp_from: am@example.org
route: { receiver: r }
receivers:
  - name: r
    slack_configs: [{ channel: '#ops' }]
    email_configs: [{ to: a@example.org }]
    webhook_configs: [{ url: 'http://hook.invalid/' }]
`);
    const r = cfg.receivers[0]!;
    expect(r.slackConfigs[0]!.sendResolved).toBe(false);
    expect(r.emailConfigs[0]!.sendResolved).toBe(false);
    expect(r.webhookConfigs[0]!.sendResolved).toBe(true);
    expect(r.slackConfigs[0]!.apiUrl).toBe('https://hooks.slack.invalid/x');
    expect(r.emailConfigs[0]!.from).toBe('am@example.org');
    expect([...r.emailConfigs[0]!.headers.keys()]).toEqual(['Subject', 'To', 'From']);
    expect(r.webhookConfigs[0]!.maxAlerts).toBe(0);
  });

  it('inherits group_by and timings down the tree; group_by [...] groups by every label', () => {
    const cfg = loadConfig(`
route:
  receiver: a
  group_by: ['...']
  group_wait: 10s
  routes:
    - matchers: [team="db"]
      group_interval: 1m
    - matchers: [team="web"]
      group_by: [alertname]
receivers: [{ name: a }]
`);
    const root = buildRoute(cfg.route);
    const [db, web] = root.routes;
    expect(db!.opts).toMatchObject({ receiver: 'a', groupByAll: true, groupWaitMs: 10_000, groupIntervalMs: 60_000 });
    expect(web!.opts.groupByAll).toBe(false);
    expect([...web!.opts.groupBy]).toEqual(['alertname']);
    expect(web!.key).toBe('{}/{team="web"}');
  });

  it('sorts match, match_re and matchers together in the route key', () => {
    const cfg = loadConfig(`
route:
  receiver: a
  routes:
    - match: { service: api }
      match_re: { env: prod|staging }
      matchers: ['alertname=~"A|B"', severity!=info]
receivers: [{ name: a }]
`);
    expect(buildRoute(cfg.route).routes[0]!.key).toBe('{}/{alertname=~"A|B",env=~"prod|staging",service="api",severity!="info"}');
  });
});

describe('alertmanager.yml errors name the line', () => {
  const cases: [string, string, string][] = [
    ['undefined receiver', 'route:\n  receiver: team\n  routes:\n    - receiver: nobody\nreceivers:\n  - name: team\n', 'alertmanager.yml:4: undefined receiver "nobody" used in route'],
    ['root matchers', 'route:\n  receiver: team\n  matchers: [a="b"]\nreceivers:\n  - name: team\n', 'alertmanager.yml:2: root route must not have any matchers'],
    ['root without receiver', 'route:\n  group_by: [a]\nreceivers:\n  - name: team\n', 'alertmanager.yml:2: root route must specify a default receiver'],
    ['no route', 'receivers:\n  - name: team\n', 'alertmanager.yml:1: no route provided in config'],
    ['receiver without name', 'route:\n  receiver: team\nreceivers:\n  - name: team\n  - webhook_configs: []\n', 'alertmanager.yml:5: missing name in receiver'],
    ['duplicate receiver', 'route:\n  receiver: team\nreceivers:\n  - name: team\n  - name: team\n', 'alertmanager.yml:5: notification config name "team" is not unique'],
    ['unknown field', 'route:\n  receiver: team\n  group_wiat: 1m\nreceivers:\n  - name: team\n', 'alertmanager.yml:3: yaml: unmarshal errors:\n  line 3: field group_wiat not found in type config.plain'],
    ['bad duration', 'route:\n  receiver: team\n  group_wait: 5x\nreceivers:\n  - name: team\n', 'alertmanager.yml:3: not a valid duration string: "5x"'],
    ['zero group_interval', 'route:\n  receiver: team\n  group_interval: 0s\nreceivers:\n  - name: team\n', 'alertmanager.yml:3: group_interval cannot be zero'],
    ['unterminated quote', 'route:\n  receiver: team\n  routes:\n    - matchers:\n        - foo="bar\nreceivers:\n  - name: team\n', 'alertmanager.yml:5: matcher value contains unescaped double quote: "bar'],
    ['bad matcher', 'route:\n  receiver: team\n  routes:\n    - matchers: ["3foo=bar"]\nreceivers:\n  - name: team\n', 'alertmanager.yml:4: bad matcher format: 3foo=bar'],
    ['wildcard and labels', "route:\n  receiver: team\n  group_by: ['...', job]\nreceivers:\n  - name: team\n", 'alertmanager.yml:3: cannot have wildcard group_by (`...`) and other other labels at the same time'],
    ['no slack url', "route:\n  receiver: team\nreceivers:\n  - name: team\n    slack_configs:\n      - channel: '#x'\n", 'alertmanager.yml:6: no global Slack API URL set either inline or in a file'],
    ['no smarthost', 'route:\n  receiver: team\nreceivers:\n  - name: team\n    email_configs:\n      - to: a@b\n', 'alertmanager.yml:6: no global SMTP smarthost set'],
    ['no to', 'global:\n  smtp_smarthost: m:25\nroute:\n  receiver: team\nreceivers:\n  - name: team\n    email_configs:\n      - from: a@b\n', 'alertmanager.yml:8: missing to address in email config'],
    ['webhook without url', 'route:\n  receiver: team\nreceivers:\n  - name: team\n    webhook_configs:\n      - send_resolved: false\n', 'alertmanager.yml:6: one of url or url_file must be configured'],
    ['undefined time interval', 'route:\n  receiver: team\n  routes:\n    - receiver: team\n      mute_time_intervals: [weekends]\nreceivers:\n  - name: team\n', 'alertmanager.yml:4: undefined time interval "weekends" used in route'],
    ['bad weekday', 'time_intervals:\n  - name: w\n    time_intervals:\n      - weekdays: [funday]\nroute:\n  receiver: team\nreceivers:\n  - name: team\n', 'alertmanager.yml:4: funday is not a valid weekday'],
    ['yaml syntax', 'route:\n  receiver: team\n   bad: [\n', 'alertmanager.yml:2: yaml: Nested mappings are not allowed in compact mappings'],
  ];

  it.each(cases)('%s', (_, text, message) => {
    let err: unknown;
    try {
      loadConfig(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe(message);
  });
});
