/**
 * prometheus.yml: parsing with Prometheus's field names, defaults and error
 * texts (with line and column), Prometheus durations, and the default
 * world's configuration.
 */
export type {
  AlertingConfig,
  AlertmanagerConfig,
  FileSDConfig,
  GlobalConfig,
  KubernetesRole,
  KubernetesSDConfig,
  PrometheusConfig,
  ScrapeConfig,
  StaticConfig,
} from './types';
export { ConfigError } from './error';
export { parseConfig, DEFAULT_GLOBAL } from './parse';
export { parseDuration, formatDuration } from '../util/duration';
export { DEFAULT_CONFIG_YAML } from './default-config';
