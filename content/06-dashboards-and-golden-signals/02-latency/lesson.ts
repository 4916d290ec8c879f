import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 60 * 60_000,
    incidents: [{ kind: 'bad-deploy', startedAgoMs: 20 * 60_000 }],
  },
  queries: [
    'histogram_quantile(0.99, sum by (le, handler) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))',
    'count by (version) (api_build_info)',
  ],
  exercises: {
    'p99-now': {
      kind: 'query',
      prompt: 'Return the current p99 latency of the whole `api` job in seconds (5-minute windows), as one series without labels.',
      hints: ['`sum by (le)` the bucket rates across all pods and handlers.', 'Then `histogram_quantile(0.99, …)`.'],
      solution: 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))',
      tolerance: 0.02,
      wrongAnswers: [
        { answer: 'histogram_quantile(0.99, rate(http_request_duration_seconds_bucket{job="api"}[5m]))', says: 'still has the' },
        { answer: 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m] offset 40m)))', says: 'values differ' },
      ],
    },
    'mean-latency': {
      kind: 'query',
      prompt: 'Return the **average** request duration of the `api` job in seconds (5-minute windows), as one series without labels.',
      hints: ['Average = total time / number of requests: use the histogram\u2019s `_sum` and `_count` series.', 'Sum the rates of each across all series before dividing.'],
      solution: 'sum(rate(http_request_duration_seconds_sum{job="api"}[5m])) / sum(rate(http_request_duration_seconds_count{job="api"}[5m]))',
      tolerance: 0.02,
      wrongAnswers: [
        { answer: 'rate(http_request_duration_seconds_sum{job="api"}[5m]) / rate(http_request_duration_seconds_count{job="api"}[5m])', says: 'still has the' },
      ],
    },
  },
});
