import type { RelabelConfig } from '../relabel';
import { join, type Reader } from './read';
import { readRelabelConfigs } from './relabel-rules';
import { readFileSDConfigs, readKubernetesSDConfigs, readStaticConfigs } from './sd-configs';
import type { FileSDConfig, GlobalConfig, KubernetesSDConfig, ScrapeConfig, StaticConfig } from './types';
import type { YNode } from './yaml-tree';

/** The scrape_config fields this world reads. */
const SIMULATED = [
  'job_name', 'scrape_interval', 'scrape_timeout', 'metrics_path', 'scheme', 'params', 'honor_labels', 'honor_timestamps',
  'static_configs', 'file_sd_configs', 'kubernetes_sd_configs', 'relabel_configs', 'metric_relabel_configs',
  'sample_limit', 'label_limit', 'label_name_length_limit', 'label_value_length_limit', 'target_limit',
];

/**
 * Fields Prometheus knows that have no effect here (HTTP client settings,
 * protocols, other service discoveries). They are accepted, so a real
 * prometheus.yml loads, and listed in PrometheusConfig.ignored.
 */
export const INERT_SCRAPE_FIELDS = [
  'scrape_protocols', 'fallback_scrape_protocol', 'scrape_failure_log_file', 'body_size_limit', 'keep_dropped_targets',
  'track_timestamps_staleness', 'enable_compression', 'scrape_classic_histograms', 'always_scrape_classic_histograms',
  'convert_classic_histograms_to_nhcb', 'native_histogram_bucket_limit', 'native_histogram_min_bucket_factor',
  'metric_name_validation_scheme', 'metric_name_escaping_scheme', 'scrape_native_histograms',
  'basic_auth', 'authorization', 'bearer_token', 'bearer_token_file', 'oauth2', 'tls_config', 'proxy_url', 'no_proxy',
  'proxy_from_environment', 'proxy_connect_header', 'follow_redirects', 'enable_http2', 'http_headers',
  'dns_sd_configs', 'consul_sd_configs', 'ec2_sd_configs', 'azure_sd_configs', 'gce_sd_configs', 'http_sd_configs',
  'docker_sd_configs', 'dockerswarm_sd_configs', 'openstack_sd_configs', 'digitalocean_sd_configs', 'eureka_sd_configs',
  'hetzner_sd_configs', 'kuma_sd_configs', 'linode_sd_configs', 'marathon_sd_configs', 'nomad_sd_configs',
  'serverset_sd_configs', 'triton_sd_configs', 'uyuni_sd_configs', 'vultr_sd_configs', 'scaleway_sd_configs',
  'puppetdb_sd_configs', 'ionos_sd_configs', 'lightsail_sd_configs', 'nerve_sd_configs', 'ovhcloud_sd_configs', 'stackit_sd_configs',
];

const KNOWN = [...SIMULATED, ...INERT_SCRAPE_FIELDS];

/**
 * readScrapeConfig reads one scrape config, inheriting the global interval,
 * timeout and limits like Prometheus: an unset scrape_timeout is the global
 * timeout capped at the job's interval; a set one above the interval is an
 * error. `ignored` collects the inert fields that were present.
 */
export function readScrapeConfig(r: Reader, node: YNode, path: string, global: GlobalConfig, ignored: string[]): ScrapeConfig {
  const f = r.fields(node, 'config.ScrapeConfig', KNOWN, path);
  for (const k of f.keys()) if (INERT_SCRAPE_FIELDS.includes(k)) ignored.push(join(path, k));
  const get = <T>(key: string, read: (e: NonNullable<ReturnType<typeof f.get>>, p: string) => T, dflt: T): T => {
    const e = f.get(key);
    return e === undefined ? dflt : read(e, join(path, key));
  };
  const jobEntry = f.get('job_name');
  const jobName = get('job_name', (e, p) => r.str(e, p), '');
  if (jobName === '') r.fail(jobEntry?.value.pos ?? node.pos, join(path, 'job_name'), 'job_name is empty');

  const interval = get('scrape_interval', (e, p) => r.duration(e, p), 0) || global.scrapeIntervalMs;
  let timeout = get('scrape_timeout', (e, p) => r.duration(e, p), 0);
  if (timeout > interval) {
    const at = f.get('scrape_timeout') ?? f.get('scrape_interval') ?? jobEntry;
    r.fail(at?.value.pos ?? node.pos, join(path, 'scrape_timeout'), `scrape timeout greater than scrape interval for scrape config with job name ${JSON.stringify(jobName)}`);
  }
  if (timeout === 0) timeout = Math.min(global.scrapeTimeoutMs, interval);

  const schemeEntry = f.get('scheme');
  const scheme = get('scheme', (e, p) => r.str(e, p), 'http') || 'http';
  if (scheme !== 'http' && scheme !== 'https') {
    r.fail(schemeEntry?.value.pos ?? node.pos, join(path, 'scheme'), `unknown scheme ${JSON.stringify(scheme)}: must be http or https`);
  }
  const params: Record<string, string[]> = {};
  const pe = f.get('params');
  if (pe !== undefined) {
    if (pe.value.kind === 'map') {
      for (const x of pe.value.entries) params[x.key] = r.strings(x, join(join(path, 'params'), x.key));
    } else if (!(pe.value.kind === 'scalar' && pe.value.value === null)) {
      r.fail(pe.value.pos, join(path, 'params'), 'cannot unmarshal !!' + (pe.value.kind === 'seq' ? 'seq' : 'str') + ' into url.Values');
    }
  }
  const limit = (key: string, inherited: number): number => get(key, (e, p) => r.uint(e, p), 0) || inherited;
  const relabels = (key: string): RelabelConfig[] => get(key, (e, p) => readRelabelConfigs(r, e, p), [] as RelabelConfig[]);
  return {
    jobName,
    scrapeIntervalMs: interval,
    scrapeTimeoutMs: timeout,
    metricsPath: get('metrics_path', (e, p) => r.str(e, p), '/metrics') || '/metrics',
    scheme,
    params,
    honorLabels: get('honor_labels', (e, p) => r.bool(e, p), false),
    honorTimestamps: get('honor_timestamps', (e, p) => r.bool(e, p), true),
    staticConfigs: get('static_configs', (e, p) => readStaticConfigs(r, e, p), [] as StaticConfig[]),
    fileSDConfigs: get('file_sd_configs', (e, p) => readFileSDConfigs(r, e, p), [] as FileSDConfig[]),
    kubernetesSDConfigs: get('kubernetes_sd_configs', (e, p) => readKubernetesSDConfigs(r, e, p), [] as KubernetesSDConfig[]),
    relabelConfigs: relabels('relabel_configs'),
    metricRelabelConfigs: relabels('metric_relabel_configs'),
    sampleLimit: limit('sample_limit', global.sampleLimit),
    labelLimit: limit('label_limit', global.labelLimit),
    labelNameLengthLimit: limit('label_name_length_limit', global.labelNameLengthLimit),
    labelValueLengthLimit: limit('label_value_length_limit', global.labelValueLengthLimit),
    targetLimit: limit('target_limit', global.targetLimit),
    line: (jobEntry?.keyPos ?? node.pos).line,
  };
}
