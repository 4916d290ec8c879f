import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 60 * 60_000,
    incidents: [{ kind: 'memory-leak', startedAgoMs: 55 * 60_000 }],
  },
  queries: ['sum by (handler) (rate(http_requests_total{job="api"}[5m]))', 'sum(http_requests_total{job="api"})'],
  exercises: {
    'rate-by-handler': {
      kind: 'query',
      prompt: 'Return the per-second request rate of the `api` job for each `handler`, over 5-minute windows (one series per `handler`).',
      hints: ['Apply `rate(…[5m])` to `http_requests_total{job="api"}`.', 'Then `sum by (handler)` — rate first, sum second.'],
      solution: 'sum by (handler) (rate(http_requests_total{job="api"}[5m]))',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'sum by (handler) (http_requests_total{job="api"})', says: 'values differ' },
        { answer: 'rate(http_requests_total{job="api"}[5m])', says: 'still has the' },
      ],
    },
    'increase-30m': {
      kind: 'query',
      prompt: 'How many requests did the whole `api` job serve during the last 30 minutes? Return one series without labels.',
      hints: ['`increase(x[30m])` estimates how much a counter grew over 30 minutes, handling resets.', 'Sum the increases of all series.'],
      solution: 'sum(increase(http_requests_total{job="api"}[30m]))',
      tolerance: 0.01,
      wrongAnswers: [{ answer: 'sum(rate(http_requests_total{job="api"}[30m]))', says: 'values differ' }],
    },
  },
});
