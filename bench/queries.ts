import { createEngine } from '../engine/promql/engine';
import { createHead } from '../engine/tsdb/index';
import { generateDataset, type Dataset } from './dataset';

/** The heavy range queries the issue names, run over the whole 2 h dataset at a 15 s step. */
export const HEAVY_QUERIES: readonly string[] = [
  'histogram_quantile(0.99, sum by (le, handler) (rate(http_request_duration_seconds_bucket[5m])))',
  'quantile_over_time(0.9, node_load1[30m])',
  'max_over_time(rate(http_requests_total[5m])[30m:1m])',
  'count({__name__=~".+"})',
  'sum by (code) (rate(http_requests_total[5m]))',
  'topk(5, sum by (instance, handler) (rate(http_requests_total{code=~"5.."}[5m])))',
];

export interface QueryBenchResult {
  readonly query: string;
  readonly ms: number;
  readonly series: number;
}

function loadHead(ds: Dataset) {
  const head = createHead();
  const app = head.appender();
  for (let i = 0; i < ds.points; i++) {
    const t = ds.startMs + i * ds.intervalMs;
    for (const s of ds.series) app.append(s.labels, t, s.values[i]!);
  }
  return head;
}

/** benchQueries loads the dataset and times each heavy query (best of `runs`). */
export async function benchQueries(scale: number, runs = 3): Promise<QueryBenchResult[]> {
  const ds = generateDataset(scale);
  const head = loadHead(ds);
  const engine = createEngine({});
  const start = ds.startMs;
  const end = ds.startMs + (ds.points - 1) * ds.intervalMs;
  const results: QueryBenchResult[] = [];
  for (const query of HEAVY_QUERIES) {
    let best = Infinity;
    let series = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const res = await engine.rangeQuery(head, query, start, end, ds.intervalMs);
      best = Math.min(best, performance.now() - t0);
      series = res.value.type === 'matrix' ? res.value.series.length : 1;
    }
    results.push({ query, ms: best, series });
  }
  return results;
}
