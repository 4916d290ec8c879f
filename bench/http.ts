/**
 * benchHttp: the dashboard-like query list through the real HTTP server.
 * Loads the benchmark dataset (as an OpenMetrics backfill), starts `serve`
 * in-process on a free port and sends a fixed, deterministic list of
 * instant and range queries one after another, like a dashboard refresh
 * loop. Reports the total wall time of the request loop.
 */
import { Agent, request } from 'node:http';
import { startServer } from '../engine/cli/server';
import { backfillOpenMetrics, createHead } from '../engine/tsdb/index';
import { datasetToOpenMetrics, generateDataset } from './dataset';

export interface HttpBenchOptions {
  /** Dataset scale (1 ≈ 300 series × 2 h at 15 s). Default 1. */
  readonly scale?: number;
  /** How many query cases to send; the list repeats deterministically. Default 1,600. */
  readonly cases?: number;
}

export interface HttpBenchResult {
  readonly queries: number;
  readonly totalMs: number;
  readonly instant: number;
  readonly range: number;
  /** Responses that were not HTTP 200 (should be 0). */
  readonly errors: number;
  /** Response body bytes received (uncompressed). */
  readonly bytes: number;
  /** Time to generate and backfill the dataset, ms (not part of totalMs). */
  readonly loadMs: number;
}

/** TEMPLATES are dashboard panel queries; `$h` is a handler, `$i` an app instance, `$n` a node instance, `$w` a rate window. */
const TEMPLATES: readonly string[] = [
  'up',
  'count by (job) (up)',
  'sum by (code) (rate(http_requests_total[$w]))',
  'sum by (handler) (rate(http_requests_total{instance="$i"}[$w]))',
  'sum(rate(http_requests_total{code=~"5.."}[$w])) / sum(rate(http_requests_total[$w]))',
  'rate(http_requests_total{handler="$h"}[$w])',
  'rate(http_requests_total{handler="$h"}[$w] offset 1h)',
  'increase(http_requests_total{code="500"}[30m])',
  'topk(5, sum by (instance, handler) (rate(http_requests_total{code=~"5.."}[$w])))',
  'bottomk(3, sum by (handler) (rate(http_requests_total[$w])))',
  'histogram_quantile(0.99, sum by (le, handler) (rate(http_request_duration_seconds_bucket[$w])))',
  'histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{handler="$h"}[$w])))',
  'histogram_quantile(0.9, rate(http_request_duration_seconds_bucket{instance="$i",handler="$h"}[$w]))',
  'sum by (handler) (rate(http_request_duration_seconds_sum[$w])) / sum by (handler) (rate(http_request_duration_seconds_count[$w]))',
  'max_over_time(rate(http_requests_total{handler="$h"}[$w])[30m:1m])',
  'avg_over_time(sum(rate(http_requests_total[$w]))[15m:30s])',
  '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[$w]))',
  'sum by (mode) (rate(node_cpu_seconds_total{instance="$n"}[$w]))',
  'node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes',
  '100 * (1 - node_memory_MemAvailable_bytes{instance="$n"} / node_memory_MemTotal_bytes{instance="$n"})',
  'node_load1{instance="$n"}',
  'avg_over_time(node_load1[15m])',
  'quantile_over_time(0.9, node_load5[30m])',
  'sum by (instance) (rate(node_network_receive_bytes_total{device!="lo"}[$w]))',
  'rate(node_network_transmit_bytes_total{device=~"eth.*"}[$w])',
  'node_filesystem_avail_bytes{mountpoint=~"/|/data"}',
  'min by (instance) (node_filesystem_avail_bytes) / 1e9',
  'deriv(process_resident_memory_bytes{instance="$i"}[10m])',
  'predict_linear(node_filesystem_avail_bytes{mountpoint="/"}[30m], 3600)',
  'max by (instance) (go_goroutines)',
  'count(count by (handler) (http_requests_total))',
  'sum by (instance) (rate(http_requests_total[$w])) > 10',
];

const HANDLERS = ['/api/users', '/api/orders', '/api/cart', '/api/search', '/health'];
const WINDOWS = ['1m', '5m', '2m'];
const STEPS = [15, 30, 60];

interface QueryCase {
  readonly path: '/api/v1/query' | '/api/v1/query_range';
  readonly body: string;
}

/** buildCases expands the templates over variants: even variants are instant queries, odd ones 30 min–1 h ranges. */
function buildCases(count: number, startS: number, endS: number, instances: number): QueryCase[] {
  const out: QueryCase[] = [];
  for (let variant = 0; out.length < count; variant++) {
    for (let t = 0; t < TEMPLATES.length && out.length < count; t++) {
      const k = variant * 7 + t;
      const query = TEMPLATES[t]!
        .replaceAll('$h', HANDLERS[k % HANDLERS.length]!)
        .replaceAll('$i', `app-${k % instances}:8080`)
        .replaceAll('$n', `node-${k % instances}:9100`)
        .replaceAll('$w', WINDOWS[k % WINDOWS.length]!);
      // Evaluation times walk through the last 90 minutes of the data.
      const at = endS - ((variant * 97 + t * 13) % 5400);
      const params = new URLSearchParams({ query });
      if (variant % 2 === 0) {
        params.set('time', String(at));
        out.push({ path: '/api/v1/query', body: params.toString() });
      } else {
        const span = variant % 4 === 1 ? 3600 : 1800;
        params.set('start', String(Math.max(startS, at - span)));
        params.set('end', String(at));
        params.set('step', String(STEPS[k % STEPS.length]));
        out.push({ path: '/api/v1/query_range', body: params.toString() });
      }
    }
  }
  return out;
}

export async function benchHttp(opts: HttpBenchOptions = {}): Promise<HttpBenchResult> {
  const scale = opts.scale ?? 1;
  const loadStart = performance.now();
  const ds = generateDataset(scale);
  const head = createHead();
  backfillOpenMetrics(head, datasetToOpenMetrics(ds));
  const loadMs = performance.now() - loadStart;

  const startS = ds.startMs / 1000;
  const endS = (ds.startMs + (ds.points - 1) * ds.intervalMs) / 1000;
  const cases = buildCases(opts.cases ?? 1600, startS, endS, 3 * scale);
  const server = await startServer({ head, port: 0, host: '127.0.0.1' });
  let errors = 0;
  let bytes = 0;
  // A lean keep-alive client (like a load tool's), so the figure measures the server rather than fetch().
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(server.url);
  const started = performance.now();
  try {
    for (const c of cases) {
      // Form POSTs, as Grafana sends them.
      const res = await post(agent, hostname, Number(port), c.path, c.body);
      bytes += res.body.length;
      if (res.status !== 200) errors++;
    }
  } finally {
    agent.destroy();
    await server.close();
  }
  const totalMs = performance.now() - started;
  const instant = cases.filter((c) => c.path === '/api/v1/query').length;
  return { queries: cases.length, totalMs, instant, range: cases.length - instant, errors, bytes, loadMs };
}

function post(agent: Agent, host: string, port: number, path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host, port, path, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
