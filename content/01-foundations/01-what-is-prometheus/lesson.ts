import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 1, historyMs: 30 * 60_000 },
  queries: ['up', 'count by (job) (up)'],
  exercises: {
    'count-targets': {
      kind: 'query',
      prompt: 'How many targets does the `node` job have? Return one series without labels whose value is the number of `node` targets.',
      hints: ['Select `up` and filter it with the label matcher `job="node"`.', 'Wrap the selector in `count(…)`.'],
      solution: 'count(up{job="node"})',
      wrongAnswers: [
        { answer: 'up{job="node"}', says: 'still has the' },
        { answer: 'count(up)', says: 'values differ' },
      ],
    },
  },
});
