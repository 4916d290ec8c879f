import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: {
    seed: 1,
    historyMs: 30 * 60_000,
    incidents: [{ kind: 'error-burst', startedAgoMs: 10 * 60_000 }],
  },
  queries: ['sum by (pod) (rate(http_requests_total{job="api"}[5m])) * on (pod) group_left (version) api_build_info'],
  exercises: {
    'error-ratio-by-handler': {
      kind: 'query',
      prompt: 'Return the share of `api` requests answered with a 5xx code, per `handler` (5-minute windows): one series per `handler`, no other labels.',
      hints: ['Divide the 5xx rate by the total rate.', 'Aggregate both sides `by (handler)` so they match one to one.'],
      solution: 'sum by (handler) (rate(http_requests_total{job="api", code=~"5.."}[5m])) / sum by (handler) (rate(http_requests_total{job="api"}[5m]))',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'sum by (handler, code) (rate(http_requests_total{job="api", code=~"5.."}[5m])) / ignoring (code) group_left sum by (handler) (rate(http_requests_total{job="api"}[5m]))', says: 'still has the' },
        { answer: 'sum(rate(http_requests_total{job="api", code=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m]))', says: 'missing the' },
      ],
    },
    'rate-with-version': {
      kind: 'query',
      prompt: 'Return each API pod\u2019s total request rate (5-minute windows) with the pod\u2019s `version` attached: labels `pod` and `version` only.',
      hints: ['`sum by (pod) (rate(…))` gives one series per pod.', 'Multiply by `api_build_info` matching `on (pod)`, and copy `version` with `group_left (version)`.'],
      solution: 'sum by (pod) (rate(http_requests_total{job="api"}[5m])) * on (pod) group_left (version) api_build_info',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'sum by (pod) (rate(http_requests_total{job="api"}[5m])) * on (pod) api_build_info', says: 'missing the' },
      ],
    },
  },
});
