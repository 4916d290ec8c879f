import { formatDuration, parseDuration, type ScrapeConfig } from '../config';
import { formatGoFloat } from '../exposition';
import { labelsFromPairs, type Label, type Labels } from '../model/labels';
import { relabel, type RelabelStep } from '../relabel';

/**
 * Turning a discovered target into a scrape target, as Prometheus's
 * PopulateLabels does: merge the group's labels under the target's, add the
 * scrape defaults (`job`, `__scheme__`, `__metrics_path__`,
 * `__scrape_interval__`, `__scrape_timeout__`, `__param_*`) where unset,
 * run relabel_configs, check the address and the interval/timeout labels,
 * drop `__meta_*` labels and default `instance` to the address.
 */

/** PopulatedTarget is the outcome for one discovered target. */
export interface PopulatedTarget {
  /** The labels before relabeling, defaults included (the API's discoveredLabels). */
  readonly discovered: Labels;
  /** The labels after relabeling, `__address__` etc. included; null when relabeling dropped the target or it failed. */
  readonly labels: Labels | null;
  /** One step per relabel rule that ran, for views that explain the result. */
  readonly steps: readonly RelabelStep[];
  /** Why a kept target could not be built (`no address`), in Prometheus's words. */
  readonly error?: string;
}

export const ADDRESS = '__address__';
export const SCHEME = '__scheme__';
export const METRICS_PATH = '__metrics_path__';
export const SCRAPE_INTERVAL = '__scrape_interval__';
export const SCRAPE_TIMEOUT = '__scrape_timeout__';
export const PARAM_PREFIX = '__param_';
const META_PREFIX = '__meta_';

/** populateTarget builds one target from a group's labels and a target's own labels. */
export function populateTarget(groupLabels: Labels, targetLabels: Labels, cfg: ScrapeConfig): PopulatedTarget {
  const map = new Map<string, string>();
  for (const l of groupLabels) map.set(l.name, l.value);
  for (const l of targetLabels) map.set(l.name, l.value);
  const setDefault = (name: string, value: string): void => {
    if ((map.get(name) ?? '') === '') map.set(name, value);
  };
  setDefault('job', cfg.jobName);
  setDefault(SCRAPE_INTERVAL, formatDuration(cfg.scrapeIntervalMs));
  setDefault(SCRAPE_TIMEOUT, formatDuration(cfg.scrapeTimeoutMs));
  setDefault(METRICS_PATH, cfg.metricsPath);
  setDefault(SCHEME, cfg.scheme);
  for (const [k, v] of Object.entries(cfg.params)) if (v.length > 0) setDefault(PARAM_PREFIX + k, v[0]!);
  const discovered = labelsFromPairs(map);

  const { labels: relabeled, steps } = relabel(discovered, cfg.relabelConfigs);
  if (relabeled === null) return { discovered, labels: null, steps };
  const fail = (error: string): PopulatedTarget => ({ discovered, labels: null, steps, error });

  const get = (name: string): string => relabeled.find((l) => l.name === name)?.value ?? '';
  const addr = get(ADDRESS);
  if (addr === '') return fail('no address');
  if (addr.includes('/')) return fail(`${JSON.stringify(addr)} is not a valid hostname`);
  const check = checkIntervals(get(SCRAPE_INTERVAL), get(SCRAPE_TIMEOUT));
  if (check !== undefined) return fail(check);

  const out: Label[] = relabeled.filter((l) => !l.name.startsWith(META_PREFIX));
  const result = get('instance') === '' ? labelsFromPairs([...out.map((l) => [l.name, l.value] as const), ['instance', addr]]) : out;
  return { discovered, labels: result, steps };
}

/** checkIntervals validates the interval/timeout labels a relabeling may have rewritten. */
function checkIntervals(intervalText: string, timeoutText: string): string | undefined {
  let interval: number;
  let timeout: number;
  try {
    interval = parseDuration(intervalText);
  } catch (e) {
    return `error parsing scrape interval: ${(e as Error).message}`;
  }
  try {
    timeout = parseDuration(timeoutText);
  } catch (e) {
    return `error parsing scrape timeout: ${(e as Error).message}`;
  }
  if (interval === 0) return 'scrape interval cannot be 0';
  if (timeout === 0) return 'scrape timeout cannot be 0';
  if (timeout > interval) return `scrape timeout cannot be greater than scrape interval (${JSON.stringify(timeoutText)} > ${JSON.stringify(intervalText)})`;
  return undefined;
}

/** publicLabels drops every label whose name starts with `__`, as Target.Labels() does. */
export function publicLabels(labels: Labels): Labels {
  return labels.filter((l) => !l.name.startsWith('__'));
}

/** ScrapeRequest is where and how a target is scraped, read from its labels. */
export interface ScrapeRequestInfo {
  readonly hostPort: string;
  readonly scheme: string;
  readonly path: string;
  readonly query: Readonly<Record<string, readonly string[]>>;
  readonly url: string;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** The request headers of every scrape: Accept, User-Agent, X-Prometheus-Scrape-Timeout-Seconds. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The Accept header of Prometheus 3 with its default scrape_protocols
 * (OpenMetrics preferred, then the text format).
 */
export const SCRAPE_ACCEPT_HEADER =
  'application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.6,application/openmetrics-text;version=0.0.1;q=0.5,text/plain;version=1.0.0;escaping=allow-utf-8;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2';
export const USER_AGENT = 'Prometheus/3.5.0';

/**
 * requestInfo reads a target's scrape URL from its labels; `__param_<name>`
 * labels override the config's params of that name (first value only).
 */
export function requestInfo(labels: Labels, cfg: ScrapeConfig): ScrapeRequestInfo {
  const get = (name: string): string => labels.find((l) => l.name === name)?.value ?? '';
  const query: Record<string, readonly string[]> = {};
  for (const [k, v] of Object.entries(cfg.params)) query[k] = v;
  for (const l of labels) if (l.name.startsWith(PARAM_PREFIX)) query[l.name.slice(PARAM_PREFIX.length)] = [l.value];
  const keys = Object.keys(query).sort();
  const parts: string[] = [];
  for (const k of keys) for (const v of query[k]!) parts.push(`${encode(k)}=${encode(v)}`);
  const scheme = get(SCHEME) || 'http';
  const path = get(METRICS_PATH) || '/metrics';
  const hostPort = get(ADDRESS);
  const timeoutMs = parseDuration(get(SCRAPE_TIMEOUT));
  return {
    hostPort,
    scheme,
    path,
    query,
    url: `${scheme}://${hostPort}${path}${parts.length > 0 ? '?' + parts.join('&') : ''}`,
    intervalMs: parseDuration(get(SCRAPE_INTERVAL)),
    timeoutMs,
    headers: { Accept: SCRAPE_ACCEPT_HEADER, 'User-Agent': USER_AGENT, 'X-Prometheus-Scrape-Timeout-Seconds': formatGoFloat(timeoutMs / 1000) },
  };
}

function encode(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}
