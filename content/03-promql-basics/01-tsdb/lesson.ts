import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 20 * 60_000,
    incidents: [{ kind: 'cardinality-explosion', startedAgoMs: 5 * 60_000 }],
  },
  queries: ['count({__name__=~".+"})', 'count(api_user_requests_total)'],
  exercises: {
    'series-by-job': {
      kind: 'query',
      prompt: 'Return the number of series each scrape job currently has: one series per `job`, no other labels.',
      hints: ['`{__name__=~".+"}` selects every series.', 'Count them `by (job)`.'],
      solution: 'count by (job) ({__name__=~".+"})',
      wrongAnswers: [
        { answer: 'count by (job) (up)', says: 'series' },
        { answer: 'count({__name__=~".+"})', says: 'missing the' },
      ],
    },
    'top-metrics': {
      kind: 'query',
      prompt: 'Return the 3 metric names with the most series, largest first, as one series per `__name__` label holding the count.',
      hints: ['`count by (__name__) (…)` counts series per metric name.', '`topk(3, …)` keeps the largest three.'],
      solution: 'topk(3, count by (__name__) ({__name__=~".+"}))',
      ordered: true,
      wrongAnswers: [{ answer: 'count by (__name__) ({__name__=~".+"})', says: 'series' }],
    },
  },
});
