import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 2,
    historyMs: 30 * 60_000,
    incidents: [{ kind: 'instance-down', options: { target: 'node-5:9100' }, startedAgoMs: 4 * 60_000 }],
  },
  queries: ['node_load1', 'up{instance="node-5:9100"}'],
  exercises: {
    'reporting-hosts': {
      kind: 'query',
      prompt: 'One node exporter is down. Return the number of VMs that still report `node_load1` right now, as one series without labels.',
      hints: ['Series of a failed target are marked stale and disappear from instant queries.', 'Count the series of `node_load1`.'],
      solution: 'count(node_load1)',
      wrongAnswers: [
        { answer: 'count(up{job="node"})', says: 'values differ' },
        { answer: 'node_load1', says: 'still has the' },
      ],
    },
  },
});
