import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 5, historyMs: 30 * 60_000 },
  queries: ['sum by (code) (rate(http_requests_total{job="api"}[5m]))'],
  exercises: {
    'panel-by-code': {
      kind: 'query',
      prompt: 'Write the query for a panel showing the `api` job\u2019s requests per second, one line per `handler` **and** `method` (5-minute windows).',
      hints: ['Rate first, then aggregate.', '`sum by (handler, method) (…)` keeps both labels for the legend `{{method}} {{handler}}`.'],
      solution: 'sum by (handler, method) (rate(http_requests_total{job="api"}[5m]))',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'sum by (handler) (rate(http_requests_total{job="api"}[5m]))', says: 'missing the' },
      ],
    },
  },
});
