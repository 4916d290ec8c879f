/**
 * Prometheus relabeling: rule validation with Prometheus's error texts, and
 * application with or without a per-rule trace.
 */
export type { NameValidation, RelabelAction, RelabelConfig } from './config';
export { DEFAULT_RELABEL_CONFIG, RELABEL_ACTIONS } from './config';
export { RelabelConfigError } from './errors';
export { parseRelabelConfig, parseRelabelConfigs } from './parse';
export type { LabelChange, RelabelResult, RelabelStep } from './relabel';
export { relabel, relabelLabels } from './relabel';
export { hashMod } from './hashmod';
