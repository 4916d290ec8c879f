import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 30 * 60_000,
    incidents: [
      { kind: 'instance-down', options: { target: 'node-2:9100' }, startedAgoMs: 15 * 60_000 },
      { kind: 'instance-down', options: { target: 'node-7:9100' }, startedAgoMs: 14 * 60_000 },
    ],
  },
  queries: ['ALERTS{alertstate="firing"}', 'count by (alertname, job) (ALERTS{alertstate="firing"})'],
  exercises: {
    'alert-groups': {
      kind: 'query',
      prompt: 'With `group_by: [alertname, job]`, each distinct `alertname`/`job` pair of the firing alerts is one notification group. Return the number of firing alerts in each group (one series per `alertname` and `job`).',
      hints: ['Prometheus exposes alerts as the series `ALERTS` with an `alertstate` label.', 'Count the firing ones `by (alertname, job)`.'],
      solution: 'count by (alertname, job) (ALERTS{alertstate="firing"})',
      wrongAnswers: [
        { answer: 'ALERTS{alertstate="firing"}', says: 'still has the' },
        { answer: 'count(ALERTS{alertstate="firing"})', says: 'label' },
      ],
    },
  },
});
