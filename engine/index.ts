/**
 * The engine's public face: the only module the app and components import.
 */
export * from './model/index';
export * from './storage/index';
export { createHead, backfillOpenMetrics, type Head, type HeadOptions, type TsdbStats } from './tsdb/index';
export * from './promql/index';
export { generateDataset, datasetToOpenMetrics, type Dataset, type DatasetSeries } from './demo/dataset';
export { createApiHandler, type ApiHandler, type ApiRequest, type ApiResponse, type ApiDeps } from './api/index';
export * from './exposition/index';
export {
  createSystem,
  SystemConfigError,
  DEFAULT_RULES_FILE,
  DEFAULT_RULES_YAML,
  DEFAULT_ALERTMANAGER_YAML,
  DEFAULT_CONFIG_YAML,
  INCIDENT_KINDS,
  type System,
  type SystemOptions,
  type SystemEvent,
  type ClockState,
  type ConfigKind,
  type ConfigIssue,
  type ExposedTarget,
  type ExpositionRequest,
  type ExpositionResult,
  type HostFacts,
  type IncidentKind,
  type IncidentOptions,
  type IncidentView,
} from './system/index';
export { createWorldHandler, simTargetUrl, TARGETS_PREFIX } from './http/index';
export { yieldToHost, wallClockMs } from './platform';
export { parseDuration, formatDuration } from './util/duration';
export * from './exercise/index';
export type { EmailMessage, Inbox, NotificationRecord, SlackConversation, SlackMessage, StepKind, TimelineStep, WebhookDelivery } from './alertmanager/index';
