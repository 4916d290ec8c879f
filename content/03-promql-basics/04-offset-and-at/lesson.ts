import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 45 * 60_000,
    incidents: [{ kind: 'traffic-spike', startedAgoMs: 8 * 60_000 }],
  },
  queries: ['sum(rate(http_requests_total{job="api"}[5m])) / sum(rate(http_requests_total{job="api"}[5m] offset 30m))'],
  exercises: {
    'traffic-30m-ago': {
      kind: 'query',
      prompt: 'Return the total request rate of the `api` job (per second, over 5-minute windows) as it was **30 minutes ago**, as one series without labels.',
      hints: ['Start from `sum(rate(http_requests_total{job="api"}[5m]))`.', 'Put `offset 30m` right after the range selector, inside `rate(…)`.'],
      solution: 'sum(rate(http_requests_total{job="api"}[5m] offset 30m))',
      tolerance: 0.01,
      wrongAnswers: [{ answer: 'sum(rate(http_requests_total{job="api"}[5m]))', says: 'values differ' }],
    },
    growth: {
      kind: 'query',
      prompt: 'Return the ratio of the `api` job\u2019s current total request rate to its total request rate 30 minutes ago (both over 5-minute windows), as one series.',
      hints: ['Divide two sums: now and `offset 30m`.', 'Both sides must be summed to a single series without labels so they match.'],
      solution: 'sum(rate(http_requests_total{job="api"}[5m])) / sum(rate(http_requests_total{job="api"}[5m] offset 30m))',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'rate(http_requests_total{job="api"}[5m]) / rate(http_requests_total{job="api"}[5m] offset 30m)', says: 'still has the' },
      ],
    },
  },
});
