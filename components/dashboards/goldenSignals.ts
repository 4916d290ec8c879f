import { DEFAULT_TIMESERIES, type Dashboard } from './model';
import type { ThresholdStep } from './units';

const SEL = 'job="api",pod=~"$pod"';
const RATE = '$__rate_interval';
const buckets = `sum by (le) (rate(http_request_duration_seconds_bucket{${SEL}}[${RATE}]))`;
const quantile = (q: number) => `histogram_quantile(${q}, ${buckets})`;
const errorRatio = `sum(rate(http_requests_total{${SEL},code=~"5.."}[${RATE}])) / sum(rate(http_requests_total{${SEL}}[${RATE}]))`;
const busy: ThresholdStep[] = [{ value: null, color: 'green' }, { value: 0.7, color: 'orange' }, { value: 0.9, color: 'red' }];

/**
 * GOLDEN_SIGNALS is the Google SRE book's four golden signals for the shop
 * API (job `api`, eight pods): latency, traffic, errors and saturation,
 * scoped by the `$pod` variable. Every panel explains its PromQL.
 */
export const GOLDEN_SIGNALS: Dashboard = {
  uid: 'golden-signals',
  title: 'Golden signals: shop API',
  description: 'Latency, traffic, errors and saturation of the shop API: the four numbers that tell you whether a service is healthy, from the user’s side in.',
  tags: ['api', 'golden-signals'],
  rangeMs: 3_600_000,
  refreshMs: 15_000,
  variables: [{ kind: 'query', name: 'pod', label: 'Pod', query: 'label_values(http_requests_total{job="api"}, pod)', multi: true, includeAll: true }],
  rows: [
    {
      title: 'Latency',
      panels: [
        {
          id: 'latency-quantiles', type: 'timeseries', title: 'Request latency p50 / p90 / p99', unit: 's', w: 12, h: 9,
          description: 'How long requests take, estimated from histogram buckets: the median shows the typical user, p99 the unlucky one in a hundred.',
          explain: 'rate() turns each cumulative bucket counter into requests per second per bucket; sum by (le) adds the pods together while keeping the bucket bounds; histogram_quantile() then interpolates inside the bucket where the chosen share of requests falls. Watch the tail (p99): it moves first when something saturates.',
          legendCalcs: ['last', 'mean', 'max'],
          timeseries: DEFAULT_TIMESERIES,
          queries: [
            { expr: quantile(0.5), legend: 'p50' },
            { expr: quantile(0.9), legend: 'p90' },
            { expr: quantile(0.99), legend: 'p99' },
          ],
        },
        {
          id: 'latency-p99', type: 'stat', title: 'p99 latency', unit: 's', w: 4, h: 9,
          thresholds: [{ value: null, color: 'green' }, { value: 0.5, color: 'orange' }, { value: 1, color: 'red' }],
          description: 'The latency 99% of requests beat: a single number to hold against your latency objective.',
          explain: 'The same histogram_quantile(0.99, …) as the graph, reduced to its last value and coloured by thresholds (orange above 500 ms, red above 1 s) — the number a latency SLO is written against.',
          queries: [{ expr: quantile(0.99) }],
        },
        {
          id: 'latency-heatmap', type: 'heatmap', title: 'Latency distribution', unit: 'reqps', w: 8, h: 9,
          description: 'Requests per second landing in each latency bucket over time: the whole distribution, so a second slow “hump” cannot hide behind a quantile.',
          explain: 'The buckets are cumulative (le = "less or equal"); the heatmap subtracts each bucket from the next one up, as Grafana’s “format as heatmap” does, so each cell is the rate of requests between two bounds.',
          queries: [{ expr: buckets, legend: '{{le}}' }],
        },
      ],
    },
    {
      title: 'Traffic',
      panels: [
        {
          id: 'traffic-total', type: 'stat', title: 'Request rate', unit: 'reqps', w: 4, h: 8,
          description: 'How much demand the service is handling right now: the context for every other signal.',
          explain: 'sum(rate(http_requests_total[…])) counts every request of every pod, whatever its code: demand as the service sees it. $__rate_interval keeps at least four scrapes in each window.',
          queries: [{ expr: `sum(rate(http_requests_total{${SEL}}[${RATE}]))` }],
        },
        {
          id: 'traffic-by-code', type: 'timeseries', title: 'Requests by status code', unit: 'reqps', w: 10, h: 8,
          description: 'Traffic split by HTTP status code and stacked: successes at the bottom, client and server errors on top.',
          explain: 'sum by (code) keeps only the code label. Stacking shows the total as the top edge and each code’s share as a band: a growing 5xx band is an error problem, a growing total a load one.',
          timeseries: { ...DEFAULT_TIMESERIES, stacking: 'normal', fillOpacity: 35 },
          legendCalcs: ['last', 'max'],
          queries: [{ expr: `sum by (code) (rate(http_requests_total{${SEL}}[${RATE}]))`, legend: '{{code}}' }],
        },
        {
          id: 'traffic-by-handler', type: 'timeseries', title: 'Requests by handler', unit: 'reqps', w: 10, h: 8,
          description: 'Traffic split by endpoint, so you can see which part of the API a change in load comes from.',
          explain: 'sum by (handler, method) groups every pod’s counters per route. A route whose share changes suddenly is usually a client, not the service.',
          legendCalcs: ['last', 'mean'],
          timeseries: DEFAULT_TIMESERIES,
          queries: [{ expr: `sum by (handler, method) (rate(http_requests_total{${SEL}}[${RATE}]))`, legend: '{{method}} {{handler}}' }],
        },
        {
          id: 'traffic-table', type: 'table', title: 'Request rate per pod', unit: 'reqps', w: 24, h: 7,
          description: 'The current rate for every pod as rows, its labels as columns: handy for spotting a pod that takes more than its share.',
          explain: 'An instant query (evaluated only at the end of the range): one row per series, one column per label. Load balancing should give every pod about the same rate.',
          queries: [{ expr: `sum by (pod, node) (rate(http_requests_total{${SEL}}[${RATE}]))` }],
        },
      ],
    },
    {
      title: 'Errors',
      panels: [
        {
          id: 'errors-ratio', type: 'stat', title: '5xx error ratio', unit: 'percentunit', w: 6, h: 8,
          thresholds: [{ value: null, color: 'green' }, { value: 0.01, color: 'orange' }, { value: 0.05, color: 'red' }],
          description: 'The share of requests that fail on the server’s side (orange above 1%, red above 5%).',
          explain: 'Errors divided by all requests, both as rates: a ratio stays meaningful as traffic rises and falls, and 1 − ratio is exactly what an availability SLO counts. 4xx codes are the client’s mistakes and are left out.',
          queries: [{ expr: errorRatio }],
        },
        {
          id: 'errors-by-handler', type: 'timeseries', title: '5xx error ratio by handler', unit: 'percentunit', w: 18, h: 8,
          thresholds: [{ value: null, color: 'green' }, { value: 0.05, color: 'red' }],
          description: 'Which endpoints are failing: errors on one handler point at a bug, errors everywhere at a shared dependency.',
          explain: 'The same ratio per handler: both sides are summed by handler so the division matches series one to one. The red line is the 5% threshold.',
          timeseries: { ...DEFAULT_TIMESERIES, thresholdsStyle: 'line' },
          legendCalcs: ['last', 'max'],
          queries: [{ expr: `sum by (handler) (rate(http_requests_total{${SEL},code=~"5.."}[${RATE}])) / sum by (handler) (rate(http_requests_total{${SEL}}[${RATE}]))`, legend: '{{handler}}' }],
        },
      ],
    },
    {
      title: 'Saturation',
      panels: [
        {
          id: 'cpu-per-pod', type: 'timeseries', title: 'CPU per pod', unit: 'short', w: 6, h: 8,
          description: 'CPU cores each API process uses: a process near its limit queues requests and latency climbs.',
          explain: 'process_cpu_seconds_total counts CPU seconds the process used; its rate is the number of cores busy on its behalf.',
          timeseries: DEFAULT_TIMESERIES,
          queries: [{ expr: `rate(process_cpu_seconds_total{${SEL}}[${RATE}])`, legend: '{{pod}}' }],
        },
        {
          id: 'memory-per-pod', type: 'bargauge', title: 'Memory per pod', unit: 'bytes', w: 6, h: 8, min: 0, max: 512 * 2 ** 20,
          thresholds: [{ value: null, color: 'green' }, { value: 384 * 2 ** 20, color: 'orange' }, { value: 460 * 2 ** 20, color: 'red' }],
          description: 'Resident memory per pod against its 512 MiB limit: past the limit the container is OOM-killed and restarts.',
          explain: 'process_resident_memory_bytes is what the kernel counts against the container’s memory limit. A bar that keeps growing between deploys is a leak.',
          queries: [{ expr: `process_resident_memory_bytes{${SEL}}`, legend: '{{pod}}' }],
        },
        {
          id: 'in-flight', type: 'timeseries', title: 'Requests in flight', unit: 'short', w: 6, h: 8,
          description: 'Requests being served right now: by Little’s law, rate × latency — it grows when either does.',
          explain: 'http_requests_in_flight is a gauge sampled at each scrape, so no rate(): sum adds the pods. It is the service’s own queue: it rises before errors do.',
          timeseries: { ...DEFAULT_TIMESERIES, fillOpacity: 20 },
          queries: [{ expr: `sum(http_requests_in_flight{${SEL}})`, legend: 'in flight' }],
        },
        {
          id: 'run-queue', type: 'gauge', title: 'Node run queue per CPU', unit: 'percentunit', w: 6, h: 8, min: 0, max: 1.5, thresholds: busy,
          description: 'Runnable processes waiting per CPU on the nodes under the pods: above 100% work queues for the CPU.',
          explain: 'node_load1 is the 1-minute load average (processes running or waiting to run); dividing by the number of CPUs makes nodes of different sizes comparable.',
          queries: [{ expr: 'avg(node_load1{job="node"} / on (instance) count by (instance) (node_cpu_seconds_total{job="node",mode="idle"}))' }],
        },
      ],
    },
  ],
};
