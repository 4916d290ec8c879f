import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 30 * 60_000,
    incidents: [{ kind: 'bad-deploy', startedAgoMs: 10 * 60_000 }],
  },
  queries: ['count by (version) (api_build_info)', 'up{job="api"}'],
  exercises: {
    'pods-per-node': {
      kind: 'query',
      prompt: 'How many scrape targets of the `ml` job run on each Kubernetes node? Return one series per `node` label.',
      hints: ['The `ml` job copies the pod\u2019s node into the `node` label.', 'Count `up{job="ml"}` by `node`.'],
      solution: 'count by (node) (up{job="ml"})',
      wrongAnswers: [
        { answer: 'count(up{job="ml"})', says: 'missing the' },
        { answer: 'count by (node) (up)', says: 'series' },
      ],
    },
    versions: {
      kind: 'query',
      prompt: 'Return the number of running API pods per `version` (one series per `version`, no other labels).',
      hints: ['`api_build_info` has one series per pod with a `version` label.', 'Use `count by (version) (…)`.'],
      solution: 'count by (version) (api_build_info)',
      wrongAnswers: [{ answer: 'api_build_info', says: 'still has the' }],
    },
  },
});
