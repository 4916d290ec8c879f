/**
 * The composition root: one Prometheus world (simulated production system,
 * scraping, TSDB, PromQL, rules, Alertmanager, Pushgateway, HTTP API) on one
 * virtual clock, with the default configuration files learners start from.
 */
export { createSystem } from './create-system';
export type { ClockState, ConfigKind, ExposedTarget, ExpositionRequest, ExpositionResult, HostFacts, System, SystemOptions } from './types';
export { SystemConfigError, type ConfigIssue } from './config-error';
export type { SystemEvent } from './events';
export { DEFAULT_RULES_FILE, DEFAULT_RULES_YAML } from './defaults/rules';
export { DEFAULT_ALERTMANAGER_YAML } from './defaults/alertmanager';
export { DEFAULT_CONFIG_YAML } from '../config/index';
export { INCIDENT_KINDS, type IncidentKind, type IncidentOptions, type IncidentView } from '../world/index';
