import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 45 * 60_000,
    incidents: [{ kind: 'disk-filling', options: { target: 'node-2' }, startedAgoMs: 20 * 60_000 }],
  },
  queries: [
    '1 - node_filesystem_avail_bytes{mountpoint="/var/lib/data"} / node_filesystem_size_bytes{mountpoint="/var/lib/data"}',
    'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/data"}[30m], 4 * 3600)',
  ],
  exercises: {
    'disk-used': {
      kind: 'query',
      prompt: 'Return the used fraction (0 to 1) of the `/var/lib/data` filesystem on every VM.',
      hints: ['Used = 1 − available / size.', 'Filter both sides on `mountpoint="/var/lib/data"` so they match one to one.'],
      solution: '1 - node_filesystem_avail_bytes{mountpoint="/var/lib/data"} / node_filesystem_size_bytes{mountpoint="/var/lib/data"}',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'node_filesystem_avail_bytes{mountpoint="/var/lib/data"} / node_filesystem_size_bytes{mountpoint="/var/lib/data"}', says: 'values differ' },
        { answer: '1 - node_filesystem_avail_bytes / node_filesystem_size_bytes', says: 'series' },
      ],
    },
    'will-fill': {
      kind: 'query',
      prompt: 'Return only the `/var/lib/data` filesystems whose free space, extrapolated linearly from the last 30 minutes, will be below zero in 4 hours (keep the predicted value and all labels).',
      hints: ['`predict_linear(v[30m], 4 * 3600)` predicts the value 4 hours (in seconds) ahead.', 'Filter the result with `< 0`.'],
      solution: 'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/data"}[30m], 4 * 3600) < 0',
      tolerance: 0.05,
      wrongAnswers: [
        { answer: 'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/data"}[30m], 4 * 3600)', says: 'series' },
        { answer: 'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/data"}[30m], 4) < 0', says: 'no series' },
      ],
    },
  },
});
