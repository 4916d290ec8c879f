import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 40 * 60_000,
    incidents: [{ kind: 'instance-down', options: { target: 'node-6:9100', durationMs: 6 * 60_000 }, startedAgoMs: 20 * 60_000 }],
  },
  queries: ['max_over_time(node_load1[10m])', 'avg_over_time(up{job="node"}[30m])'],
  exercises: {
    'max-load': {
      kind: 'query',
      prompt: 'For every VM, return the highest 1-minute load average (`node_load1`) seen during the last 10 minutes.',
      hints: ['Select a 10-minute window with `[10m]`.', '`max_over_time` reduces each window to its largest sample.'],
      solution: 'max_over_time(node_load1[10m])',
      wrongAnswers: [
        { answer: 'node_load1', says: 'values differ' },
        { answer: 'max(node_load1)', says: 'missing the' },
      ],
    },
    availability: {
      kind: 'query',
      prompt: 'node-6 was down for a few minutes. Return, for every target of the `node` job, the share of successful scrapes over the last 30 minutes (a value between 0 and 1).',
      hints: ['`up` is 1 for a successful scrape and 0 for a failed one.', 'The average of `up` over a window is the share of successes.'],
      solution: 'avg_over_time(up{job="node"}[30m])',
      tolerance: 0.01,
      wrongAnswers: [{ answer: 'up{job="node"}', says: 'values differ' }],
    },
  },
});
