import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 30 * 60_000,
    incidents: [{ kind: 'instance-down', options: { target: 'node-3:9100' }, startedAgoMs: 3 * 60_000 }],
  },
  queries: ['up{job="node"}', 'up == 0'],
  exercises: {
    'down-targets': {
      kind: 'query',
      prompt: 'Return only the targets whose last scrape failed (all jobs), keeping their `job` and `instance` labels.',
      hints: ['A failed scrape writes `up` = 0.', 'A comparison such as `== 0` filters a vector: series that fail the test are dropped.'],
      solution: 'up == 0',
      wrongAnswers: [
        { answer: 'up', says: 'still has the' },
        { answer: 'up{job="node"}', says: 'series' },
      ],
    },
  },
});
