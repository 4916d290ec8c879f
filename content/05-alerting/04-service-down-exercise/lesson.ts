import { defineLesson } from '@/content/schema';

const RULE_STARTER = `groups:
  - name: service-a
    rules:
      # Alert ServiceADown: no pod of the api job has answered a scrape for
      # 5 minutes. One alert for the whole service, labelled severity: critical.
`;

const RULE_SOLUTION = `groups:
  - name: service-a
    rules:
      - alert: ServiceADown
        expr: sum by (job) (up{job="api"}) == 0
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: "Service {{ $labels.job }} has not responded for 5 minutes"
`;

/** The alertmanager.yml both route versions share: the globals, the root route and the team's channel. */
const routeFile = (routes: string, adminReceiver: string) => `global:
  resolve_timeout: 5m
  slack_api_url: https://hooks.slack.com/services/T000/B000/XXXX
  smtp_smarthost: smtp.example.org:587
  smtp_from: alertmanager@example.org

route:
  receiver: team-slack
  group_by: [alertname, job]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
${routes}
receivers:
  - name: team-slack
    slack_configs:
      - channel: "#alerts"
        send_resolved: true
${adminReceiver}`;

const ROUTE_STARTER = routeFile(
  `  # Add a child route: ServiceADown goes to the admin.
  routes: []
`,
  `  # Add the admin's receiver: a Slack DM to @admin and an e-mail to admin@example.org.
`,
);

const ADMIN_ROUTE = `  routes:
    - matchers:
        - alertname = "ServiceADown"
      receiver: admin
`;

const ADMIN_RECEIVER = `  - name: admin
    slack_configs:
      - channel: "@admin"
        send_resolved: true
    email_configs:
      - to: admin@example.org
        send_resolved: true
`;

const ROUTE_SOLUTION = routeFile(ADMIN_ROUTE, ADMIN_RECEIVER);

/** The whole api job stops answering; the check runs long enough for ServiceADown to fire and be delivered. */
const apiDown = (startedAgoMs: number) => [{ kind: 'instance-down' as const, options: { target: 'api' }, startedAgoMs }];

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 20 * 60_000,
    incidents: apiDown(7 * 60_000),
  },
  queries: ['up{job="api"}', 'sum by (job) (up{job="api"}) == 0', 'ALERTS'],
  exercises: {
    'service-a-down': {
      kind: 'config',
      file: 'rules',
      prompt: 'Write an alert `ServiceADown` that fires once **no** pod of the `api` job has answered for 5 minutes: one alert for the whole service (keep only the `job` label from the expression), labelled `severity: critical`. The check also waits for the admin’s Slack DM and e-mail, so they must arrive when the solution’s do.',
      hints: [
        '`sum by (job) (up{job="api"})` is the number of answering pods; compare it with `== 0`.',
        'Add `for: 5m` and `labels: {severity: critical}`.',
      ],
      starter: RULE_STARTER,
      solution: RULE_SOLUTION,
      // The world's alertmanager.yml sends critical alerts to the admin: the DM and the e-mail must arrive when the solution's do.
      probes: ['ALERTS{alertname="ServiceADown"}', { kind: 'deliveries', alerts: { alertname: 'ServiceADown' } }],
      afterMs: 12 * 60_000,
      scenario: { incidents: apiDown(9 * 60_000) },
      wrongAnswers: [
        { answer: RULE_SOLUTION.replace('        for: 5m\n', ''), says: 'does your rule wait long enough (`for:`)' },
        { answer: RULE_SOLUTION.replace('sum by (job) (up{job="api"}) == 0', 'up{job="api"} == 0'), says: 'still has the `instance`' },
      ],
    },
    'service-a-route': {
      kind: 'config',
      file: 'alertmanager',
      prompt: 'Route `ServiceADown` — and only it — to a receiver `admin` that sends a Slack DM to `@admin` **and** an e-mail to `admin@example.org`. Everything else stays in `#alerts`. The check takes the whole `api` job down and waits for the notifications.',
      hints: [
        'Add a child route under `routes:` with `matchers: [alertname = "ServiceADown"]` and `receiver: admin`.',
        'One receiver can hold several integrations: give `admin` both `slack_configs` (`channel: "@admin"`) and `email_configs` (`to: admin@example.org`).',
      ],
      starter: ROUTE_STARTER,
      solution: ROUTE_SOLUTION,
      probes: [{ kind: 'deliveries' }],
      afterMs: 15 * 60_000,
      scenario: { ruleFiles: { 'rules/service-a.yml': RULE_SOLUTION }, incidents: apiDown(10 * 60_000) },
      wrongAnswers: [
        { answer: routeFile(ADMIN_ROUTE, ADMIN_RECEIVER.replace(/ {4}email_configs:\n.*\n.*\n/, '')), says: 'no e-mail reached `admin@example.org`' },
        { answer: routeFile(ADMIN_ROUTE.replace('alertname = "ServiceADown"', 'severity = "critical"'), ADMIN_RECEIVER), says: 'catches it first' },
        { answer: routeFile(ADMIN_ROUTE.replace('receiver: admin', 'receiver: admin\n      group_wait: 10m'), ADMIN_RECEIVER), says: '`group_wait` is 10m' },
        { answer: routeFile(ADMIN_ROUTE.replace('    - matchers:', '  - matchers:'), ADMIN_RECEIVER), says: 'line' },
      ],
    },
  },
});
