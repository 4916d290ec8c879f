import { goQuote, labelsFromPairs } from '../model/labels';
import type { RelabelConfig } from '../relabel';
import { join, Reader } from './read';
import { readRelabelConfigs } from './relabel-rules';
import { readScrapeConfig } from './scrape-config';
import { readStaticConfigs } from './sd-configs';
import type { AlertingConfig, AlertmanagerConfig, GlobalConfig, PrometheusConfig, ScrapeConfig, StaticConfig } from './types';
import { parseYamlTree, type YNode } from './yaml-tree';

const TOP_FIELDS = ['global', 'rule_files', 'scrape_configs', 'alerting'];
const TOP_INERT = ['runtime', 'scrape_config_files', 'remote_write', 'remote_read', 'storage', 'tracing', 'otlp'];
const GLOBAL_FIELDS = [
  'scrape_interval', 'scrape_timeout', 'evaluation_interval', 'external_labels',
  'sample_limit', 'target_limit', 'label_limit', 'label_name_length_limit', 'label_value_length_limit',
];
const GLOBAL_INERT = [
  'query_log_file', 'scrape_failure_log_file', 'rule_query_offset', 'body_size_limit', 'keep_dropped_targets',
  'metric_name_validation_scheme', 'metric_name_escaping_scheme', 'scrape_protocols', 'always_scrape_classic_histograms',
  'convert_classic_histograms_to_nhcb', 'scrape_native_histograms', 'native_histogram_bucket_limit', 'native_histogram_min_bucket_factor',
];
const ALERTING_FIELDS = ['alertmanagers', 'alert_relabel_configs'];
const AM_FIELDS = ['static_configs', 'relabel_configs', 'scheme', 'path_prefix', 'timeout', 'api_version'];
const AM_INERT = [
  'alert_relabel_configs', 'basic_auth', 'authorization', 'bearer_token', 'bearer_token_file', 'oauth2', 'tls_config', 'proxy_url',
  'follow_redirects', 'enable_http2', 'http_headers', 'file_sd_configs', 'kubernetes_sd_configs', 'dns_sd_configs', 'sigv4',
];

/** Prometheus's defaults for the global section. */
export const DEFAULT_GLOBAL: GlobalConfig = Object.freeze({
  scrapeIntervalMs: 60_000,
  scrapeTimeoutMs: 10_000,
  evaluationIntervalMs: 60_000,
  externalLabels: [],
  sampleLimit: 0,
  targetLimit: 0,
  labelLimit: 0,
  labelNameLengthLimit: 0,
  labelValueLengthLimit: 0,
});

/**
 * parseConfig reads a prometheus.yml with Prometheus's field names, defaults
 * and checks. Returns the validated config or throws ConfigError naming the
 * line, column and field; `file` only labels the messages.
 */
export function parseConfig(text: string, file = 'prometheus.yml'): { config: PrometheusConfig } {
  const r = new Reader(file);
  const root = parseYamlTree(text, file);
  const top = r.fields(root, 'config.plain', [...TOP_FIELDS, ...TOP_INERT], '');
  const ignored: string[] = [];
  for (const k of top.keys()) if (TOP_INERT.includes(k)) ignored.push(k);

  const ge = top.get('global');
  const global = ge === undefined ? DEFAULT_GLOBAL : readGlobal(r, ge.value, ignored);

  const scrapeConfigs: ScrapeConfig[] = [];
  const se = top.get('scrape_configs');
  const seen = new Set<string>();
  if (se !== undefined) {
    r.list(se, 'scrape_configs', '[]*config.ScrapeConfig').forEach((node, i) => {
      const path = `scrape_configs[${i}]`;
      if (node.kind === 'scalar' && node.value === null) r.fail(node.pos, path, 'empty or null scrape config section');
      const sc = readScrapeConfig(r, node, path, global, ignored);
      if (seen.has(sc.jobName)) r.fail({ line: sc.line, column: 1 }, join(path, 'job_name'), `found multiple scrape configs with job name ${goQuote(sc.jobName)}`);
      seen.add(sc.jobName);
      scrapeConfigs.push(sc);
    });
  }
  const re = top.get('rule_files');
  const ruleFiles = re === undefined ? [] : r.strings(re, 'rule_files');
  const ae = top.get('alerting');
  const alerting = ae === undefined ? { alertRelabelConfigs: [], alertmanagers: [] } : readAlerting(r, ae.value, ignored);
  return { config: { global, ruleFiles, scrapeConfigs, alerting, ignored } };
}

function readGlobal(r: Reader, node: YNode, ignored: string[]): GlobalConfig {
  const f = r.fields(node, 'config.plain', [...GLOBAL_FIELDS, ...GLOBAL_INERT], 'global');
  for (const k of f.keys()) if (GLOBAL_INERT.includes(k)) ignored.push(join('global', k));
  const dur = (key: string): number => {
    const e = f.get(key);
    return e === undefined ? 0 : r.duration(e, join('global', key));
  };
  const interval = dur('scrape_interval') || DEFAULT_GLOBAL.scrapeIntervalMs;
  let timeout = dur('scrape_timeout');
  if (timeout > interval) r.fail(f.get('scrape_timeout')!.value.pos, 'global.scrape_timeout', 'global scrape timeout greater than scrape interval');
  // An unset timeout is the default 10s, capped at the interval.
  if (timeout === 0) timeout = Math.min(DEFAULT_GLOBAL.scrapeTimeoutMs, interval);
  const el = f.get('external_labels');
  const pairs = el === undefined ? [] : r.stringMap(el, 'global.external_labels', 'labels.Labels');
  const uint = (key: string): number => {
    const e = f.get(key);
    return e === undefined ? 0 : r.uint(e, join('global', key));
  };
  return {
    scrapeIntervalMs: interval,
    scrapeTimeoutMs: timeout,
    evaluationIntervalMs: dur('evaluation_interval') || DEFAULT_GLOBAL.evaluationIntervalMs,
    externalLabels: labelsFromPairs(pairs.map(([n, v]) => [n, v] as const)),
    sampleLimit: uint('sample_limit'),
    targetLimit: uint('target_limit'),
    labelLimit: uint('label_limit'),
    labelNameLengthLimit: uint('label_name_length_limit'),
    labelValueLengthLimit: uint('label_value_length_limit'),
  };
}

function readAlerting(r: Reader, node: YNode, ignored: string[]): AlertingConfig {
  const f = r.fields(node, 'config.AlertingConfig', ALERTING_FIELDS, 'alerting');
  const arc = f.get('alert_relabel_configs');
  const alertRelabelConfigs: RelabelConfig[] = arc === undefined ? [] : readRelabelConfigs(r, arc, 'alerting.alert_relabel_configs');
  const ams = f.get('alertmanagers');
  const alertmanagers = ams === undefined ? [] : r.list(ams, 'alerting.alertmanagers', '[]*config.AlertmanagerConfig').map((n, i) => readAlertmanager(r, n, `alerting.alertmanagers[${i}]`, ignored));
  return { alertRelabelConfigs, alertmanagers };
}

function readAlertmanager(r: Reader, node: YNode, path: string, ignored: string[]): AlertmanagerConfig {
  const f = r.fields(node, 'config.AlertmanagerConfig', [...AM_FIELDS, ...AM_INERT], path);
  for (const k of f.keys()) if (AM_INERT.includes(k)) ignored.push(join(path, k));
  const scheme = f.get('scheme') === undefined ? 'http' : r.str(f.get('scheme')!, join(path, 'scheme')) || 'http';
  if (scheme !== 'http' && scheme !== 'https') r.fail(f.get('scheme')!.value.pos, join(path, 'scheme'), `unknown scheme ${JSON.stringify(scheme)}: must be http or https`);
  const api = f.get('api_version');
  const apiVersion = api === undefined ? 'v2' : r.str(api, join(path, 'api_version'));
  if (apiVersion !== 'v2') r.fail(api!.value.pos, join(path, 'api_version'), `expected Alertmanager api version to be one of [v2] but got ${apiVersion}`);
  const sc = f.get('static_configs');
  const rc = f.get('relabel_configs');
  const to = f.get('timeout');
  const pp = f.get('path_prefix');
  return {
    scheme,
    pathPrefix: pp === undefined ? '/' : r.str(pp, join(path, 'path_prefix')) || '/',
    timeoutMs: to === undefined ? 10_000 : r.duration(to, join(path, 'timeout')),
    apiVersion: 'v2',
    staticConfigs: sc === undefined ? ([] as StaticConfig[]) : readStaticConfigs(r, sc, join(path, 'static_configs')),
    relabelConfigs: rc === undefined ? [] : readRelabelConfigs(r, rc, join(path, 'relabel_configs')),
  };
}
