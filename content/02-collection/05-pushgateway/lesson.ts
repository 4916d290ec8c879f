import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 1, historyMs: 60 * 60_000 },
  queries: ['{__name__=~"etl_orders_.*"}', 'time() - push_time_seconds'],
  exercises: {
    'push-age': {
      kind: 'query',
      prompt: 'For every group on the Pushgateway, return how many seconds ago it was last pushed (one series per group, with its `job` and `instance` labels).',
      hints: ['The Pushgateway adds `push_time_seconds` (a Unix time) to every group.', '`time()` is the evaluation time in seconds; subtract.'],
      solution: 'time() - push_time_seconds',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'push_time_seconds', says: 'values differ' },
        { answer: 'time() - push_time_seconds{job="etl_orders"}', says: 'series' },
      ],
    },
  },
});
