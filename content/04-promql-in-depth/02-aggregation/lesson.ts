import { defineLesson } from '@/content/schema';

export default defineLesson({
  world: { seed: 4, historyMs: 30 * 60_000 },
  queries: ['sum by (code) (rate(http_requests_total{job="api"}[5m]))', 'topk(3, sum by (pod) (rate(http_requests_total{job="api"}[5m])))'],
  exercises: {
    'busiest-pods': {
      kind: 'query',
      prompt: 'Return the 3 API pods with the highest total request rate (5-minute windows), largest first, one series per `pod` with no other labels.',
      hints: ['First `sum by (pod)` the rates, so each pod is one series.', 'Then wrap it in `topk(3, …)`.'],
      solution: 'topk(3, sum by (pod) (rate(http_requests_total{job="api"}[5m])))',
      ordered: true,
      tolerance: 0.01,
      wrongAnswers: [
        { answer: 'topk(3, rate(http_requests_total{job="api"}[5m]))', says: 'label' },
        { answer: 'sum by (pod) (rate(http_requests_total{job="api"}[5m]))', says: 'series' },
      ],
    },
    'cpu-per-node': {
      kind: 'query',
      prompt: 'Return the CPU utilisation of each VM between 0 and 1: one minus the average idle rate over all its CPUs (5-minute windows), one series per `instance` only.',
      hints: ['`rate(node_cpu_seconds_total{mode="idle"}[5m])` is the idle share of each CPU.', 'Average it `by (instance)`, then subtract from 1.'],
      solution: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))',
      tolerance: 0.01,
      wrongAnswers: [
        { answer: '1 - avg without (cpu) (rate(node_cpu_seconds_total{mode="idle"}[5m]))', says: 'label' },
        { answer: 'avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))', says: 'values differ' },
      ],
    },
  },
});
