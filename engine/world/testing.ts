import { parseOpenMetrics, parseText, type MetricFamily } from '../exposition/index';
import { isNetworkError, type NetworkError } from '../sim/index';
import type { World } from './create-world';

/** Helpers for tests that look at a world the way Prometheus would. */

export const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);

/** scrapeAt sends one scrape to `hostPort` at the world's current time, as a 10 s-timeout scrape would. */
export function scrapeWorld(w: World, hostPort: string, accept = 'text/plain;version=0.0.4'): MetricFamily[] | NetworkError {
  const r = w.network.request(hostPort, { method: 'GET', path: '/metrics', query: {}, headers: { Accept: accept }, body: '', tMs: w.clock.nowMs }, 10_000);
  if (isNetworkError(r)) return r;
  return r.headers['Content-Type']?.startsWith('application/openmetrics-text') ? parseOpenMetrics(r.body) : parseText(r.body);
}

/** scrapeOk scrapes and throws if the scrape failed. */
export function scrapeOk(w: World, hostPort: string): MetricFamily[] {
  const r = scrapeWorld(w, hostPort);
  if (!Array.isArray(r)) throw new Error(`scrape of ${hostPort} failed: ${r.error}`);
  return r;
}

/** hostPortsOf lists the addresses of a kind of target. */
export function hostPortsOf(w: World, kind: 'node' | 'api' | 'ml'): string[] {
  return w.targets().filter((t) => t.kind === kind).map((t) => t.hostPort);
}
