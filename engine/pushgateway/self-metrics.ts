import type { PgFamily, PgMetric } from './types';

/** BuildInfo is what `/api/v1/status` and `pushgateway_build_info` report. */
export interface BuildInfo {
  readonly version: string;
  readonly revision: string;
  readonly branch: string;
  readonly buildUser: string;
  readonly buildDate: string;
  readonly goVersion: string;
}

const REQUESTS = 'pushgateway_http_requests_total';
const PUSH_SIZE = 'pushgateway_http_push_size_bytes';
const PUSH_DURATION = 'pushgateway_http_push_duration_seconds';
const BUILD_INFO = 'pushgateway_build_info';

/** SELF_HELP holds the help of the Pushgateway's own families; pushed families of these names are exposed with it. */
export const SELF_HELP: ReadonlyMap<string, string> = new Map([
  [BUILD_INFO, "A metric with a constant '1' value labeled by version, revision, branch, goversion from which pushgateway was built, and the goos and goarch for the build."],
  [PUSH_DURATION, 'HTTP request duration for pushes to the Pushgateway.'],
  [PUSH_SIZE, 'HTTP request size for pushes to the Pushgateway.'],
  [REQUESTS, 'Total HTTP requests processed by the Pushgateway, excluding scrapes.'],
]);

/** The summaries' sliding window, as client_golang's default MaxAge. */
const WINDOW_MS = 10 * 60 * 1000;
const QUANTILES = [0.1, 0.5, 0.9];

interface SizeSeries {
  count: number;
  sum: number;
  window: { tMs: number; bytes: number }[];
}

/** SelfMetrics is the Pushgateway's own instrumentation state. */
export interface SelfMetrics {
  /** Keyed by `handler\xffcode\xffmethod`. */
  readonly requests: Map<string, number>;
  readonly pushSizes: Map<string, SizeSeries>;
}

export function newSelfMetrics(): SelfMetrics {
  return { requests: new Map(), pushSizes: new Map() };
}

/** countRequest counts one handled request (scrapes of /metrics and unrouted requests are not counted). */
export function countRequest(s: SelfMetrics, handler: string, code: number, method: string): void {
  const key = `${handler}\xff${code}\xff${method.toLowerCase()}`;
  s.requests.set(key, (s.requests.get(key) ?? 0) + 1);
}

/** observePush records a push request's approximate size in bytes. */
export function observePush(s: SelfMetrics, method: string, tMs: number, bytes: number): void {
  const m = method.toLowerCase();
  let series = s.pushSizes.get(m);
  if (series === undefined) {
    series = { count: 0, sum: 0, window: [] };
    s.pushSizes.set(m, series);
  }
  series.count++;
  series.sum += bytes;
  series.window.push({ tMs, bytes });
  // Observations older than the window can never be reported again.
  series.window = series.window.filter((o) => o.tMs > tMs - WINDOW_MS);
}

/**
 * selfFamilies renders the Pushgateway's own metrics at `nowMs`. Push
 * duration is a summary of zeros: pushes take no virtual time.
 */
export function selfFamilies(s: SelfMetrics, build: BuildInfo, nowMs: number): PgFamily[] {
  const requests: PgMetric[] = [...s.requests].map(([key, n]) => {
    const [handler, code, method] = key.split('\xff') as [string, string, string];
    return { labels: pairs({ code, handler, method }), data: { kind: 'counter', value: n } };
  });
  const sizes: PgMetric[] = [];
  const durations: PgMetric[] = [];
  for (const [method, series] of s.pushSizes) {
    const values = series.window.filter((o) => o.tMs > nowMs - WINDOW_MS).map((o) => o.bytes).sort((a, b) => a - b);
    const labels = pairs({ method });
    sizes.push({ labels, data: { kind: 'summary', count: series.count, sum: series.sum, quantiles: QUANTILES.map((q) => ({ quantile: q, value: rank(values, q) })) } });
    durations.push({ labels, data: { kind: 'summary', count: series.count, sum: 0, quantiles: QUANTILES.map((q) => ({ quantile: q, value: values.length === 0 ? NaN : 0 })) } });
  }
  const build_: PgMetric = {
    labels: pairs({ branch: build.branch, goarch: 'wasm', goos: 'js', goversion: build.goVersion, revision: build.revision, version: build.version }),
    data: { kind: 'gauge', value: 1 },
  };
  const fam = (name: string, type: PgFamily['type'], metrics: PgMetric[]): PgFamily => ({ name, type, help: SELF_HELP.get(name)!, metrics });
  return [fam(BUILD_INFO, 'gauge', [build_]), fam(PUSH_DURATION, 'summary', durations), fam(PUSH_SIZE, 'summary', sizes), fam(REQUESTS, 'counter', requests)];
}

/**
 * windowChangeAfter is the first time after `nowMs` at which selfFamilies
 * would render differently without any new request: when the oldest
 * observation in a summary's window leaves it (Infinity when none will).
 */
export function windowChangeAfter(s: SelfMetrics, nowMs: number): number {
  let until = Infinity;
  for (const series of s.pushSizes.values()) {
    for (const o of series.window) if (o.tMs > nowMs - WINDOW_MS) until = Math.min(until, o.tMs + WINDOW_MS);
  }
  return until;
}

/** rank is the exact q-quantile of sorted values (the client library estimates it; NaN when the window is empty, as there). */
function rank(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function pairs(rec: Record<string, string>): { name: string; value: string }[] {
  return Object.keys(rec)
    .sort()
    .map((name) => ({ name, value: rec[name]! }));
}
