import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 1, historyMs: 20 * 60_000 },
  queries: ['http_requests_total{job="api", handler="/api/v1/checkout"}', 'go_gc_duration_seconds'],
  exercises: {
    'checkout-series': {
      kind: 'query',
      prompt: 'How many series does `http_requests_total` have for the handler `/api/v1/checkout` across all API pods? Return one series without labels.',
      hints: ['Filter with `handler="/api/v1/checkout"`.', 'Count the series with `count(…)`.'],
      solution: 'count(http_requests_total{handler="/api/v1/checkout"})',
      wrongAnswers: [
        { answer: 'http_requests_total{handler="/api/v1/checkout"}', says: 'still has the' },
        { answer: 'count(http_requests_total)', says: 'values differ' },
      ],
    },
  },
});
