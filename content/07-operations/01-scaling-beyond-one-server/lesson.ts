import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 1, historyMs: 20 * 60_000 },
  queries: ['{__name__=~"job:.+"}'],
  exercises: {
    'federation-match': {
      kind: 'query',
      prompt: 'A global Prometheus should federate only the recorded series whose names start with `job:`. Write the selector you would put into `match[]` (it must return exactly those series).',
      hints: ['The metric name is the label `__name__`.', 'Use a regex matcher: `{__name__=~"job:.+"}`.'],
      solution: '{__name__=~"job:.+"}',
      wrongAnswers: [
        { answer: '{__name__=~".*:.*"}', says: 'still has the' },
        { answer: 'job:http_requests:rate5m', says: 'series' },
      ],
    },
  },
});
