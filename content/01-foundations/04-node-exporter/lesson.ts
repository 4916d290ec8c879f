import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 1, historyMs: 30 * 60_000 },
  queries: ['1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes', 'node_filesystem_avail_bytes'],
  exercises: {
    'memory-used-ratio': {
      kind: 'query',
      prompt: 'For every VM, return the fraction of memory in use (between 0 and 1): one minus available memory divided by total memory.',
      hints: ['Use `node_memory_MemAvailable_bytes` and `node_memory_MemTotal_bytes`.', 'Arithmetic between two vectors pairs series with identical labels: `1 - a / b`.'],
      solution: '1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes',
      wrongAnswers: [
        { answer: 'node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes', says: 'values differ' },
        { answer: '1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes)', says: 'missing the' },
      ],
    },
    'data-disk-free': {
      kind: 'query',
      prompt: 'Return the free bytes of the `/var/lib/data` filesystem on every VM (one series per VM).',
      hints: ['The metric is `node_filesystem_avail_bytes`.', 'Filter on the `mountpoint` label.'],
      solution: 'node_filesystem_avail_bytes{mountpoint="/var/lib/data"}',
      wrongAnswers: [{ answer: 'node_filesystem_avail_bytes', says: 'series' }],
    },
  },
});
