/**
 * The parsed alertmanager.yml: the subset the playground simulates, with
 * Alertmanager's defaults already applied. Durations are ms.
 */
import type { CompiledMatcher } from '../model/matchers';
import type { Pos } from './config-error';
import type { TimeIntervalSpec } from './time-interval';

export interface GlobalConfig {
  /** resolve_timeout: how long an alert without endsAt stays firing after its last update (default 5m). */
  readonly resolveTimeoutMs: number;
  readonly smtpFrom: string;
  readonly smtpSmarthost: string;
  readonly smtpHello: string;
  readonly smtpRequireTls: boolean;
  readonly slackApiUrl: string;
}

export interface RouteConfig {
  readonly pos: Pos;
  readonly receiver: string | undefined;
  /** Where `receiver` is written (the route's own position when it is not). */
  readonly receiverPos: Pos;
  /** group_by as written; undefined means "inherit from the parent". */
  readonly groupBy: readonly string[] | undefined;
  readonly matchers: readonly CompiledMatcher[];
  readonly continue: boolean;
  readonly groupWaitMs: number | undefined;
  readonly groupIntervalMs: number | undefined;
  readonly repeatIntervalMs: number | undefined;
  readonly muteTimeIntervals: readonly string[];
  readonly activeTimeIntervals: readonly string[];
  readonly routes: readonly RouteConfig[];
}

export interface SlackConfig {
  readonly kind: 'slack';
  readonly sendResolved: boolean;
  readonly apiUrl: string;
  readonly channel: string;
  readonly username: string;
  readonly color: string;
  readonly title: string;
  readonly titleLink: string;
  readonly pretext: string;
  readonly text: string;
  readonly fallback: string;
  readonly footer: string;
  readonly iconEmoji: string;
  readonly iconUrl: string;
  readonly linkNames: boolean;
  readonly mrkdwnIn: readonly string[];
}

export interface EmailConfig {
  readonly kind: 'email';
  readonly sendResolved: boolean;
  readonly to: string;
  readonly from: string;
  readonly smarthost: string;
  readonly hello: string;
  readonly requireTls: boolean;
  /** Headers with names in Go's canonical form (`Subject`, `To`, `From`). */
  readonly headers: ReadonlyMap<string, string>;
  readonly html: string;
  readonly text: string;
}

export interface WebhookConfig {
  readonly kind: 'webhook';
  readonly sendResolved: boolean;
  readonly url: string;
  /** max_alerts: 0 means no limit. */
  readonly maxAlerts: number;
}

export type IntegrationConfig = SlackConfig | EmailConfig | WebhookConfig;

export interface ReceiverConfig {
  readonly pos: Pos;
  readonly name: string;
  readonly slackConfigs: readonly SlackConfig[];
  readonly emailConfigs: readonly EmailConfig[];
  readonly webhookConfigs: readonly WebhookConfig[];
}

export interface InhibitRuleConfig {
  readonly sourceMatchers: readonly CompiledMatcher[];
  readonly targetMatchers: readonly CompiledMatcher[];
  readonly equal: readonly string[];
}

export interface AlertmanagerConfig {
  readonly global: GlobalConfig;
  readonly route: RouteConfig;
  readonly receivers: readonly ReceiverConfig[];
  readonly inhibitRules: readonly InhibitRuleConfig[];
  /** Named time intervals from `time_intervals` and the older `mute_time_intervals`. */
  readonly timeIntervals: ReadonlyMap<string, readonly TimeIntervalSpec[]>;
  /** templates: file globs; the playground has no files and ignores them (see warnings). */
  readonly templates: readonly string[];
  /** Things the simulation accepted but does not act on, for the UI to show. */
  readonly warnings: readonly string[];
  /** The YAML text as loaded. */
  readonly original: string;
}
