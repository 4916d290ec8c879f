import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG_YAML, formatDuration, parseConfig, parseDuration } from './index';

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig defaults', () => {
  it('fills in Prometheus defaults for an empty file', () => {
    const { config } = parseConfig('');
    expect(config.global.scrapeIntervalMs).toBe(60_000);
    expect(config.global.scrapeTimeoutMs).toBe(10_000);
    expect(config.global.evaluationIntervalMs).toBe(60_000);
    expect(config.global.externalLabels).toEqual([]);
    expect(config.scrapeConfigs).toEqual([]);
    expect(config.ruleFiles).toEqual([]);
  });

  it('gives a scrape config the global interval and timeout, metrics_path, scheme and honor_timestamps', () => {
    const { config } = parseConfig('global:\n  scrape_interval: 30s\nscrape_configs:\n  - job_name: node\n');
    const sc = config.scrapeConfigs[0]!;
    expect(sc).toMatchObject({
      jobName: 'node',
      scrapeIntervalMs: 30_000,
      scrapeTimeoutMs: 10_000,
      metricsPath: '/metrics',
      scheme: 'http',
      honorLabels: false,
      honorTimestamps: true,
      sampleLimit: 0,
      line: 4,
    });
  });

  it('caps an inherited timeout at a shorter job interval', () => {
    const { config } = parseConfig('scrape_configs:\n  - job_name: fast\n    scrape_interval: 5s\n');
    expect(config.scrapeConfigs[0]!.scrapeTimeoutMs).toBe(5000);
  });

  it('caps the default global timeout at a short global interval', () => {
    expect(parseConfig('global:\n  scrape_interval: 2s\n').config.global.scrapeTimeoutMs).toBe(2000);
  });

  it('inherits global limits when a job leaves them at 0', () => {
    const { config } = parseConfig('global:\n  sample_limit: 100\nscrape_configs:\n  - job_name: a\n  - job_name: b\n    sample_limit: 5\n');
    expect(config.scrapeConfigs.map((c) => c.sampleLimit)).toEqual([100, 5]);
  });

  it('reads static, file and kubernetes SD, params, relabel rules and alerting', () => {
    const { config } = parseConfig(`global:
  external_labels: {region: eu}
rule_files: [rules/*.yml]
alerting:
  alertmanagers:
    - static_configs:
        - targets: [alertmanager:9093]
scrape_configs:
  - job_name: k8s
    params:
      module: [http_2xx]
    kubernetes_sd_configs:
      - role: pod
        namespaces: {names: [default]}
    file_sd_configs:
      - files: [targets/*.json]
    static_configs:
      - targets: ['a:1', 'b:2']
        labels: {env: prod}
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
        action: keep
        regex: "true"
    metric_relabel_configs:
      - action: labeldrop
        regex: tmp_.*
`);
    expect(config.global.externalLabels).toEqual([{ name: 'region', value: 'eu' }]);
    expect(config.ruleFiles).toEqual(['rules/*.yml']);
    expect(config.alerting.alertmanagers[0]!.staticConfigs[0]!.targets).toEqual(['alertmanager:9093']);
    const sc = config.scrapeConfigs[0]!;
    expect(sc.params).toEqual({ module: ['http_2xx'] });
    expect(sc.kubernetesSDConfigs).toEqual([{ role: 'pod', namespaces: ['default'], selectors: [], attachNodeMetadata: false }]);
    expect(sc.fileSDConfigs).toEqual([{ files: ['targets/*.json'], refreshIntervalMs: 300_000 }]);
    expect(sc.staticConfigs[0]).toEqual({ targets: ['a:1', 'b:2'], labels: [{ name: 'env', value: 'prod' }] });
    expect(sc.relabelConfigs[0]).toMatchObject({ action: 'keep', regex: 'true' });
    expect(sc.metricRelabelConfigs[0]).toMatchObject({ action: 'labeldrop', regex: 'tmp_.*' });
  });

  it('accepts fields Prometheus knows but the world does not simulate, and lists them', () => {
    const { config } = parseConfig('remote_write:\n  - url: http://x\nscrape_configs:\n  - job_name: a\n    tls_config: {insecure_skip_verify: true}\n');
    expect(config.ignored).toEqual(['remote_write', 'scrape_configs[0].tls_config']);
  });

  it('parses the default world config', () => {
    const { config } = parseConfig(DEFAULT_CONFIG_YAML);
    expect(config.global.scrapeIntervalMs).toBe(15_000);
    expect(config.scrapeConfigs.map((c) => c.jobName)).toEqual(['node', 'api', 'ml', 'pushgateway']);
    expect(config.scrapeConfigs[2]!.relabelConfigs).toEqual(config.scrapeConfigs[1]!.relabelConfigs);
    expect(config.scrapeConfigs.find((c) => c.jobName === 'pushgateway')!.honorLabels).toBe(true);
  });
});

describe('parseConfig errors', () => {
  const cases: { name: string; text: string; line: number; message: string; field?: string }[] = [
    {
      name: 'scrape_timeout above scrape_interval',
      text: 'scrape_configs:\n  - job_name: node\n    scrape_interval: 15s\n    scrape_timeout: 20s\n',
      line: 4,
      message: 'prometheus.yml:4: scrape timeout greater than scrape interval for scrape config with job name "node"',
      field: 'scrape_configs[0].scrape_timeout',
    },
    {
      name: 'an unknown scrape config field',
      text: 'scrape_configs:\n  - job_name: node\n    metric_path: /m\n',
      line: 3,
      message: 'prometheus.yml:3: field metric_path not found in type config.ScrapeConfig',
      field: 'scrape_configs[0].metric_path',
    },
    {
      name: 'an unknown top-level field',
      text: 'scrape_configs: []\nscrape_config: []\n',
      line: 2,
      message: 'prometheus.yml:2: field scrape_config not found in type config.plain',
    },
    {
      name: 'an unknown global field',
      text: 'global:\n  scrape_intervall: 1m\n',
      line: 2,
      message: 'prometheus.yml:2: field scrape_intervall not found in type config.plain',
    },
    {
      name: 'a duplicate job name',
      text: 'scrape_configs:\n  - job_name: a\n  - job_name: a\n',
      line: 3,
      message: 'prometheus.yml:3: found multiple scrape configs with job name "a"',
    },
    { name: 'a missing job name', text: 'scrape_configs:\n  - scrape_interval: 5s\n', line: 2, message: 'prometheus.yml:2: job_name is empty' },
    {
      name: 'a malformed duration',
      text: 'global:\n  scrape_interval: 15 s\n',
      line: 2,
      message: 'prometheus.yml:2: not a valid duration string: "15 s"',
      field: 'global.scrape_interval',
    },
    {
      name: 'a global timeout above the global interval',
      text: 'global:\n  scrape_interval: 5s\n  scrape_timeout: 6s\n',
      line: 3,
      message: 'prometheus.yml:3: global scrape timeout greater than scrape interval',
    },
    {
      name: 'a relabel rule without target_label',
      text: 'scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - source_labels: [x]\n        action: replace\n',
      line: 4,
      message: "prometheus.yml:4: relabel configuration for replace action requires 'target_label' value",
    },
    {
      name: 'an unknown relabel action',
      text: 'scrape_configs:\n  - job_name: a\n    relabel_configs:\n      - source_labels: [x]\n        action: rewrite\n',
      line: 5,
      message: 'prometheus.yml:5: unknown relabel action "rewrite"',
    },
    {
      name: 'a URL where a host:port belongs',
      text: 'scrape_configs:\n  - job_name: a\n    static_configs:\n      - targets:\n          - http://a:9100/metrics\n',
      line: 5,
      message: 'prometheus.yml:5: "http://a:9100/metrics" is not a valid hostname',
    },
    {
      name: 'an unknown Kubernetes role',
      text: 'scrape_configs:\n  - job_name: a\n    kubernetes_sd_configs:\n      - role: deployment\n',
      line: 4,
      message: 'prometheus.yml:4: unknown Kubernetes SD role "deployment"',
    },
    {
      name: 'a file SD path with a bad extension',
      text: 'scrape_configs:\n  - job_name: a\n    file_sd_configs:\n      - files: [targets.txt]\n',
      line: 4,
      message: 'prometheus.yml:4: path name "targets.txt" is not valid for file discovery',
    },
    {
      name: 'a list where a string belongs',
      text: 'scrape_configs:\n  - job_name: [a]\n',
      line: 2,
      message: 'prometheus.yml:2: cannot unmarshal !!seq into string',
    },
    {
      name: 'a word where a bool belongs',
      text: 'scrape_configs:\n  - job_name: a\n    honor_labels: maybe\n',
      line: 3,
      message: 'prometheus.yml:3: cannot unmarshal !!str `maybe` into bool',
    },
    {
      name: 'broken YAML',
      text: 'scrape_configs:\n  - job_name: a\n   foo: b\n',
      line: 3,
      message: 'prometheus.yml:3: yaml: Sequence item without - indicator',
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.name} at line ${c.line}`, () => {
      const e = errorOf(c.text);
      expect(e.line).toBe(c.line);
      expect(e.message.startsWith(c.message)).toBe(true);
      if (c.field !== undefined) expect(e.field).toBe(c.field);
    });
  }

  it('points the column at the offending key', () => {
    const e = errorOf('scrape_configs:\n  - job_name: a\n    foo: 1\n');
    expect([e.line, e.column]).toEqual([3, 5]);
  });
});

describe('durations', () => {
  it('reads Prometheus duration syntax', () => {
    expect(parseDuration('15s')).toBe(15_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1d')).toBe(86_400_000);
    expect(parseDuration('100ms')).toBe(100);
    expect(parseDuration('0')).toBe(0);
    expect(() => parseDuration('1.5s')).toThrow('not a valid duration string: "1.5s"');
    expect(() => parseDuration('')).toThrow('not a valid duration string: ""');
  });

  it('prints durations as Prometheus does', () => {
    expect(formatDuration(15_000)).toBe('15s');
    expect(formatDuration(60_000)).toBe('1m');
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(90 * 86_400_000)).toBe('90d');
    expect(formatDuration(14 * 86_400_000)).toBe('2w');
    expect(formatDuration(0)).toBe('0s');
  });
});
