import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 1, historyMs: 30 * 60_000 },
  queries: ['histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))'],
  exercises: {
    'p95-by-handler': {
      kind: 'query',
      prompt: 'Return the 95th-percentile request duration of the `api` job per `handler` (5-minute windows): one series per `handler`.',
      hints: ['Rate the `_bucket` series and `sum by (le, handler)`.', 'Wrap it in `histogram_quantile(0.95, …)`.'],
      solution: 'histogram_quantile(0.95, sum by (le, handler) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'histogram_quantile(0.95, sum by (handler) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))', says: 'no series' },
        { answer: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))', says: 'missing the' },
      ],
    },
    'fast-share': {
      kind: 'query',
      prompt: 'Return the share of all `api` requests that finished within 250 ms (5-minute windows), as one series without labels.',
      hints: ['The bucket `le="0.25"` counts requests up to 0.25 s.', 'Divide its summed rate by the summed rate of `http_request_duration_seconds_count`.'],
      solution: 'sum(rate(http_request_duration_seconds_bucket{job="api", le="0.25"}[5m])) / sum(rate(http_request_duration_seconds_count{job="api"}[5m]))',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'histogram_quantile(0.25, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))', says: 'values differ' },
      ],
    },
  },
});
