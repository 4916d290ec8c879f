import type { Dashboard } from './model';
import type { ThresholdStep } from './units';

const SEL = 'instance=~"$instance"';
const latencyBuckets = `sum by (le) (rate(http_request_duration_seconds_bucket{${SEL}}[5m]))`;
const quantile = (q: number) => `histogram_quantile(${q}, ${latencyBuckets})`;
const errorRatio = `sum(rate(http_requests_total{code=~"5..",${SEL}}[5m])) / sum(rate(http_requests_total{${SEL}}[5m]))`;
const busy: ThresholdStep[] = [{ value: null, color: 'green' }, { value: 0.7, color: 'orange' }, { value: 0.9, color: 'red' }];

/**
 * GOLDEN_SIGNALS is the Google SRE book's four golden signals for the API
 * servers: latency, traffic, errors (scoped by `$instance`) and the
 * saturation of the nodes they run on.
 */
export const GOLDEN_SIGNALS: Dashboard = {
  uid: 'golden-signals',
  title: 'Golden signals',
  description: 'Latency, traffic, errors and saturation: the four numbers that tell you whether a service is healthy, from the user’s side in.',
  variables: [{ name: 'instance', label: 'Instance', labelName: 'instance', matcher: 'http_requests_total', includeAll: true }],
  rows: [
    {
      title: 'Latency',
      panels: [
        {
          id: 'latency-quantiles', type: 'timeseries', title: 'Request latency p50 / p90 / p99', unit: 's', w: 14, h: 9,
          description: 'How long requests take, estimated from histogram buckets: the median shows the typical user, p99 the unlucky one in a hundred — watch the tail, it moves first.',
          queries: [
            { expr: quantile(0.5), legend: 'p50' },
            { expr: quantile(0.9), legend: 'p90' },
            { expr: quantile(0.99), legend: 'p99' },
          ],
        },
        {
          id: 'latency-p99', type: 'stat', title: 'p99 latency', unit: 's', w: 4, h: 9,
          thresholds: [{ value: null, color: 'green' }, { value: 1, color: 'orange' }, { value: 2.5, color: 'red' }],
          description: 'The latency 99% of requests beat: a single number to hold against your latency objective.',
          queries: [{ expr: quantile(0.99) }],
        },
        {
          id: 'latency-heatmap', type: 'heatmap', title: 'Latency distribution', unit: 'reqps', w: 6, h: 9,
          description: 'Requests per second landing in each latency bucket over time: a heatmap shows the whole distribution, so a second slow “hump” cannot hide behind an average.',
          queries: [{ expr: latencyBuckets }],
        },
      ],
    },
    {
      title: 'Traffic',
      panels: [
        {
          id: 'traffic-total', type: 'stat', title: 'Request rate', unit: 'reqps', w: 6, h: 8,
          description: 'How much demand the service is handling right now: the context for every other signal, since errors and latency often grow with load.',
          queries: [{ expr: `sum(rate(http_requests_total{${SEL}}[5m]))` }],
        },
        {
          id: 'traffic-by-handler', type: 'timeseries', title: 'Requests by handler', unit: 'reqps', w: 18, h: 8,
          description: 'Traffic split by endpoint, so you can see which part of the API a change in load comes from.',
          queries: [{ expr: `sum by (handler) (rate(http_requests_total{${SEL}}[5m]))`, legend: '{{handler}}' }],
        },
        {
          id: 'traffic-table', type: 'table', title: 'Request rate per instance and handler', unit: 'reqps', w: 24, h: 7,
          description: 'The current rate for every instance and handler as rows: the labels become columns, handy for spotting one instance that takes more than its share.',
          queries: [{ expr: `sum by (instance, handler) (rate(http_requests_total{${SEL}}[5m]))` }],
        },
      ],
    },
    {
      title: 'Errors',
      panels: [
        {
          id: 'errors-ratio', type: 'stat', title: '5xx error ratio', unit: 'percentunit', w: 6, h: 8,
          thresholds: [{ value: null, color: 'green' }, { value: 0.01, color: 'orange' }, { value: 0.05, color: 'red' }],
          description: 'The share of requests that fail on the server’s side: a ratio, not a count, so it stays meaningful as traffic rises and falls (orange above 1%, red above 5%).',
          queries: [{ expr: errorRatio }],
        },
        {
          id: 'errors-by-handler', type: 'timeseries', title: '5xx errors by handler', unit: 'reqps', w: 18, h: 8,
          description: 'Which endpoints are failing: errors concentrated on one handler point at a bug, errors everywhere at a shared dependency.',
          queries: [{ expr: `sum by (handler) (rate(http_requests_total{code=~"5..",${SEL}}[5m]))`, legend: '{{handler}}' }],
        },
      ],
    },
    {
      title: 'Saturation',
      panels: [
        {
          id: 'cpu-busy', type: 'gauge', title: 'CPU busy', unit: 'percentunit', w: 6, h: 7, min: 0, max: 1, thresholds: busy,
          description: 'The share of CPU time not idle across all nodes: how “full” the machines are — latency climbs well before 100%.',
          queries: [{ expr: '1 - avg(rate(node_cpu_seconds_total{mode="idle"}[5m]))' }],
        },
        {
          id: 'memory-used', type: 'bargauge', title: 'Memory used per node', unit: 'percentunit', w: 9, h: 7, min: 0, max: 1, thresholds: busy,
          description: 'Memory in use on each node as a share of its total: running out of memory means swapping or the OOM killer, so watch the fullest bar.',
          queries: [{ expr: '1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes', legend: '{{instance}}' }],
        },
        {
          id: 'load', type: 'timeseries', title: 'Load average (1m)', unit: 'none', w: 9, h: 7,
          description: 'Runnable processes waiting for a CPU, per node: a load above the number of cores means work is queueing.',
          queries: [{ expr: 'node_load1', legend: '{{instance}}' }],
        },
      ],
    },
  ],
};
