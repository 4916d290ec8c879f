import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 30 * 60_000,
    incidents: [{ kind: 'error-burst', options: { params: { handler: '/api/v1/products', ratio: 0.7 } }, startedAgoMs: 15 * 60_000 }],
  },
  queries: ['ALERTS{alertname="HighErrorRatio"}', 'job:http_request_errors:ratio_rate5m'],
  exercises: {
    'both-severities': {
      kind: 'query',
      prompt: 'Inhibition happens in the Alertmanager, not in Prometheus. Return the `HighErrorRatio` alerts that Prometheus reports as **firing** (keep all their labels).',
      hints: ['Alerts are the series `ALERTS`.', 'Match `alertname="HighErrorRatio"` and `alertstate="firing"`.'],
      solution: 'ALERTS{alertname="HighErrorRatio", alertstate="firing"}',
      wrongAnswers: [
        { answer: 'ALERTS{alertname="HighErrorRatio", severity="critical"}', says: 'series' },
      ],
    },
  },
});
