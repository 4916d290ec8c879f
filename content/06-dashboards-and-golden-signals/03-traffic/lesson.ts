import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 45 * 60_000,
    incidents: [{ kind: 'traffic-spike', options: { params: { multiplier: 6 } }, startedAgoMs: 10 * 60_000 }],
  },
  queries: ['sum by (handler) (rate(http_requests_total{job="api"}[5m]))', 'sum by (code) (rate(http_requests_total{job="api"}[5m]))'],
  exercises: {
    'traffic-by-code-class': {
      kind: 'query',
      prompt: 'Return the request rate of the `api` job answered with a **5xx** status, per `code` (5-minute windows): one series per `code`.',
      hints: ['Select `code=~"5.."`.', '`sum by (code) (rate(…[5m]))`.'],
      solution: 'sum by (code) (rate(http_requests_total{job="api", code=~"5.."}[5m]))',
      tolerance: 0.02,
      wrongAnswers: [
        { answer: 'sum by (code) (rate(http_requests_total{job="api"}[5m]))', says: 'series' },
        { answer: 'sum(rate(http_requests_total{job="api", code=~"5.."}[5m]))', says: 'missing the' },
      ],
    },
    'busiest-pod-rate': {
      kind: 'query',
      prompt: 'Return the request rate (5-minute windows) of the busiest API pod, as one series without labels.',
      hints: ['`sum by (pod) (rate(…))` gives one series per pod.', '`max(…)` of that returns one number without labels.'],
      solution: 'max(sum by (pod) (rate(http_requests_total{job="api"}[5m])))',
      tolerance: 0.02,
      wrongAnswers: [
        { answer: 'topk(1, sum by (pod) (rate(http_requests_total{job="api"}[5m])))', says: 'label' },
      ],
    },
  },
});
