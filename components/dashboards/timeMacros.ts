/**
 * Grafana's time macros for the Prometheus data source, with Grafana's own
 * definitions (public/app/plugins/datasource/prometheus/datasource.ts):
 * - `$__interval`: range ÷ max data points (the panel's width in px), rounded
 *   to a "nice" interval, never below the scrape interval (the data source's
 *   min interval); it is also the query's step.
 * - `$__rate_interval`: max($__interval + scrape interval, 4 × scrape interval),
 *   so a rate() window always holds at least four scrapes.
 * - `$__range` / `$__range_s` / `$__range_ms`: the dashboard's range.
 */

/** The world's scrape interval (engine/config's default prometheus.yml: `scrape_interval: 15s`). */
export const SCRAPE_INTERVAL_MS = 15_000;

/** Grafana's roundInterval table: upper bound of the raw interval → the nice interval, in ms. */
const NICE: readonly (readonly [number, number])[] = [
  [10, 1], [15, 10], [35, 20], [75, 50], [150, 100], [350, 200], [750, 500], [1_500, 1_000], [3_500, 2_000],
  [7_500, 5_000], [12_500, 10_000], [17_500, 15_000], [25_000, 20_000], [45_000, 30_000], [90_000, 60_000],
  [210_000, 120_000], [450_000, 300_000], [1_050_000, 600_000], [2_100_000, 1_200_000], [2_700_000, 1_800_000],
  [5_400_000, 3_600_000], [9_000_000, 7_200_000], [16_200_000, 10_800_000], [32_400_000, 21_600_000],
  [86_400_000, 43_200_000],
];

/** roundInterval rounds a raw interval (ms) to Grafana's nice intervals: 15 s, 20 s, 30 s, 1 m, 2 m, 5 m … */
export function roundInterval(ms: number): number {
  for (const [upTo, nice] of NICE) if (ms <= upTo) return nice;
  return 86_400_000;
}

/** Prometheus refuses more than 11,000 points per series; Grafana widens the step to stay below. */
const MAX_POINTS = 11_000;

/** intervalMs is `$__interval` in ms: the nice interval for `maxDataPoints` points, at least the scrape interval. */
export function intervalMs(rangeMs: number, maxDataPoints: number, minIntervalMs = SCRAPE_INTERVAL_MS): number {
  const raw = rangeMs / Math.max(1, maxDataPoints);
  const safe = Math.ceil(rangeMs / MAX_POINTS / 1000) * 1000;
  return Math.max(roundInterval(raw), minIntervalMs, safe);
}

/** rateIntervalMs is `$__rate_interval` in ms: max($__interval + scrape, 4 × scrape). */
export function rateIntervalMs(interval: number, scrapeMs = SCRAPE_INTERVAL_MS): number {
  return Math.max(interval + scrapeMs, 4 * scrapeMs);
}

/** TimeMacros are the values the macros print as, in Grafana's Prometheus data source format. */
export interface TimeMacros {
  readonly __interval: string;
  readonly __interval_ms: string;
  readonly __rate_interval: string;
  readonly __range: string;
  readonly __range_s: string;
  readonly __range_ms: string;
}

/** timeMacros computes the macro texts: durations in whole seconds with an `s` (`60s`), as Grafana sends them. */
export function timeMacros(rangeMs: number, interval: number, scrapeMs = SCRAPE_INTERVAL_MS): TimeMacros {
  const rangeS = Math.round(rangeMs / 1000);
  const secs = (ms: number) => `${Math.max(1, Math.round(ms / 1000))}s`;
  return {
    __interval: secs(interval),
    __interval_ms: String(interval),
    __rate_interval: secs(rateIntervalMs(interval, scrapeMs)),
    __range: `${rangeS}s`,
    __range_s: String(rangeS),
    __range_ms: String(rangeMs),
  };
}
