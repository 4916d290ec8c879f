import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 2,
    historyMs: 40 * 60_000,
    incidents: [{ kind: 'error-burst', startedAgoMs: 10 * 60_000 }],
  },
  queries: ['sum by (handler) (rate(http_requests_total{job="api", code=~"5.."}[5m])) / sum by (handler) (rate(http_requests_total{job="api"}[5m]))'],
  exercises: {
    'api-error-ratio': {
      kind: 'query',
      prompt: 'Return the share of all `api` requests answered with a 5xx code (5-minute windows), as one series without labels.',
      hints: ['Divide the rate of `code=~"5.."` requests by the rate of all requests.', 'Sum both sides before dividing.'],
      solution: 'sum(rate(http_requests_total{job="api", code=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m]))',
      tolerance: 0.02,
      wrongAnswers: [
        { answer: 'sum(rate(http_requests_total{job="api", code=~"5.."}[5m]))', says: 'values differ' },
        { answer: 'rate(http_requests_total{job="api", code=~"5.."}[5m]) / ignoring (code) group_left sum without (code) (rate(http_requests_total{job="api"}[5m]))', says: 'still has the' },
      ],
    },
    'worst-handler': {
      kind: 'query',
      prompt: 'Return the one `handler` of the `api` job with the highest **rate** of 5xx responses (5-minute windows), as a series with only the `handler` label.',
      hints: ['`sum by (handler) (rate(http_requests_total{job="api", code=~"5.."}[5m]))`.', 'Keep the largest with `topk(1, …)`.'],
      solution: 'topk(1, sum by (handler) (rate(http_requests_total{job="api", code=~"5.."}[5m])))',
      tolerance: 0.02,
      wrongAnswers: [
        { answer: 'topk(1, rate(http_requests_total{job="api", code=~"5.."}[5m]))', says: 'label' },
        { answer: 'max(sum by (handler) (rate(http_requests_total{job="api", code=~"5.."}[5m])))', says: 'label' },
      ],
    },
  },
});
