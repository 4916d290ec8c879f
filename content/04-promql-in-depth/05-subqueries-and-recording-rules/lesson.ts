import { defineLesson } from '@/content/schema';

const STARTER = `groups:
  - name: traffic
    rules:
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
      # Add a rule named handler:http_requests:rate5m here: the request rate
      # of the api job per handler, over 5 minutes.
`;

const SOLUTION = `groups:
  - name: traffic
    rules:
      - record: job:http_requests:rate5m
        expr: sum by (job) (rate(http_requests_total[5m]))
      - record: handler:http_requests:rate5m
        expr: sum by (handler) (rate(http_requests_total{job="api"}[5m]))
`;

export default defineLesson({
  world: { seed: 1, historyMs: 40 * 60_000, incidents: [{ kind: 'traffic-spike', options: { durationMs: 8 * 60_000 }, startedAgoMs: 25 * 60_000 }] },
  queries: ['max_over_time(sum(rate(http_requests_total{job="api"}[5m]))[30m:1m])', 'job:http_requests:rate5m'],
  exercises: {
    'peak-rate': {
      kind: 'query',
      prompt: 'Return the highest value of the recorded series `job:http_requests:rate5m` over the last 30 minutes (one series per `job`).',
      hints: ['The recorded series is already stored, so a plain range selector works: `job:http_requests:rate5m[30m]`.', 'Reduce the window with `max_over_time`.'],
      solution: 'max_over_time(job:http_requests:rate5m[30m])',
      tolerance: 0.01,
      wrongAnswers: [{ answer: 'job:http_requests:rate5m', says: 'values differ' }],
    },
    'record-handler-rate': {
      kind: 'config',
      file: 'rules',
      prompt: 'Add a recording rule `handler:http_requests:rate5m` that stores the request rate of the `api` job per `handler`, over 5-minute windows.',
      hints: [
        'A recording rule has `record:` (the new name) and `expr:` (the PromQL).',
        'The expression is `sum by (handler) (rate(http_requests_total{job="api"}[5m]))`.',
      ],
      starter: STARTER,
      solution: SOLUTION,
      probes: ['handler:http_requests:rate5m'],
      afterMs: 5 * 60_000,
      tolerance: 0.01,
    },
  },
});
