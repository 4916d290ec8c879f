/**
 * Alertmanager for the playground: configuration, routing, grouping,
 * inhibition, silences, deduplicated notifications into simulated inboxes,
 * timelines that explain each notification, and the v2 HTTP API.
 */
export { createAlertmanager, type Alertmanager, type AlertmanagerOptions } from './alertmanager';
export { loadConfig } from './config-parse';
export { ConfigError } from './config-error';
export type { AlertmanagerConfig, ReceiverConfig, RouteConfig } from './config-types';
export type { AmApiRequest, AmApiResponse } from './api-types';
export type { Inbox, SlackMessage, EmailMessage, WebhookDelivery, SlackConversation, SlackPayload } from './inbox';
export type { WebhookPayload, WebhookAlert } from './webhook';
export type { NotificationRecord, NotifiedAlert, FlushRecord, TimelineStep, StepKind } from './timeline';
export type { AggrGroup } from './dispatcher';
export type { PostableAlert, Alert, LabelSet } from './types';
export type { ReceiveResult } from './alerts';
export { fingerprintHex } from './fingerprint';
export { parseMatchers, parseMatcher } from './matchers';
export { buildRoute, matchRoutes, type Route, type RouteOpts } from './route';
