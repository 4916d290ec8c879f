import { defineLesson } from '@/content/schema';

const STARTER = `groups:
  - name: service-a
    rules:
      # Alert ServiceADown: no pod of the api job has answered a scrape for
      # 5 minutes. One alert for the whole service, labelled severity: critical.
`;

const SOLUTION = `groups:
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

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 20 * 60_000,
    incidents: [{ kind: 'instance-down', options: { target: 'api' }, startedAgoMs: 7 * 60_000 }],
  },
  queries: ['up{job="api"}', 'sum by (job) (up{job="api"}) == 0', 'ALERTS'],
  exercises: {
    'service-a-down': {
      kind: 'config',
      file: 'rules',
      prompt: 'Write an alert `ServiceADown` that fires once **no** pod of the `api` job has answered for 5 minutes: one alert for the whole service (keep only the `job` label from the expression), labelled `severity: critical`.',
      hints: [
        '`sum by (job) (up{job="api"})` is the number of answering pods; compare it with `== 0`.',
        'Add `for: 5m` and `labels: {severity: critical}`.',
      ],
      starter: STARTER,
      solution: SOLUTION,
      probes: ['ALERTS{alertname="ServiceADown"}'],
      afterMs: 10 * 60_000,
    },
  },
});
