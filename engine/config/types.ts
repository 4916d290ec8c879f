import type { Labels } from '../model/labels';
import type { RelabelConfig } from '../relabel';

/**
 * The validated prometheus.yml, with Prometheus's defaults filled in.
 * Field names are camelCase versions of the YAML names; durations are
 * integer milliseconds (`scrapeIntervalMs` is `scrape_interval`).
 */
export interface PrometheusConfig {
  readonly global: GlobalConfig;
  readonly ruleFiles: readonly string[];
  readonly scrapeConfigs: readonly ScrapeConfig[];
  readonly alerting: AlertingConfig;
  /** Fields Prometheus knows that this world accepts but does not simulate (e.g. `remote_write`), by path. */
  readonly ignored: readonly string[];
}

export interface GlobalConfig {
  /** scrape_interval, default 1m. */
  readonly scrapeIntervalMs: number;
  /** scrape_timeout, default 10s. */
  readonly scrapeTimeoutMs: number;
  /** evaluation_interval, default 1m. */
  readonly evaluationIntervalMs: number;
  readonly externalLabels: Labels;
  /** Limits inherited by scrape configs that leave theirs at 0 (0 = no limit). */
  readonly sampleLimit: number;
  readonly targetLimit: number;
  readonly labelLimit: number;
  readonly labelNameLengthLimit: number;
  readonly labelValueLengthLimit: number;
}

/** StaticConfig is one `static_configs` entry: a target group written in the file. */
export interface StaticConfig {
  readonly targets: readonly string[];
  readonly labels: Labels;
}

/** FileSDConfig is one `file_sd_configs` entry; `files` may use `*` globs in the last path element. */
export interface FileSDConfig {
  readonly files: readonly string[];
  /** refresh_interval, default 5m. */
  readonly refreshIntervalMs: number;
}

export type KubernetesRole = 'node' | 'pod' | 'service' | 'endpoints';

/** KubernetesSDConfig is one `kubernetes_sd_configs` entry. */
export interface KubernetesSDConfig {
  readonly role: KubernetesRole;
  /** namespaces.names; empty means all namespaces. */
  readonly namespaces: readonly string[];
  /** selectors: label selectors per role (`app=api,tier!=db`), field selectors are accepted but not applied. */
  readonly selectors: readonly { readonly role: KubernetesRole; readonly label: string; readonly field: string }[];
  /** attach_metadata.node: add node labels to pod targets. */
  readonly attachNodeMetadata: boolean;
}

export interface ScrapeConfig {
  readonly jobName: string;
  readonly scrapeIntervalMs: number;
  readonly scrapeTimeoutMs: number;
  readonly metricsPath: string;
  readonly scheme: 'http' | 'https';
  /** params: URL query parameters, each possibly repeated. */
  readonly params: Readonly<Record<string, readonly string[]>>;
  readonly honorLabels: boolean;
  readonly honorTimestamps: boolean;
  readonly staticConfigs: readonly StaticConfig[];
  readonly fileSDConfigs: readonly FileSDConfig[];
  readonly kubernetesSDConfigs: readonly KubernetesSDConfig[];
  readonly relabelConfigs: readonly RelabelConfig[];
  readonly metricRelabelConfigs: readonly RelabelConfig[];
  /** Limits; 0 means no limit. */
  readonly sampleLimit: number;
  readonly labelLimit: number;
  readonly labelNameLengthLimit: number;
  readonly labelValueLengthLimit: number;
  readonly targetLimit: number;
  /** The line of the `job_name` key, for editors that jump to a job. */
  readonly line: number;
}

export interface AlertmanagerConfig {
  readonly scheme: 'http' | 'https';
  readonly pathPrefix: string;
  readonly timeoutMs: number;
  readonly apiVersion: 'v2';
  readonly staticConfigs: readonly StaticConfig[];
  readonly relabelConfigs: readonly RelabelConfig[];
}

export interface AlertingConfig {
  readonly alertRelabelConfigs: readonly RelabelConfig[];
  readonly alertmanagers: readonly AlertmanagerConfig[];
}
