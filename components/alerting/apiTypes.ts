/**
 * The JSON the alerting pages read, one small type per endpoint, as the
 * engine's HTTP routes answer it (Prometheus's /api/v1, Alertmanager's
 * /api/v2 and the playground's /api/sim control API). Only the fields the
 * pages use are listed.
 */

export type Labels = Readonly<Record<string, string>>;

export type RuleHealth = 'ok' | 'err' | 'unknown';
export type AlertState = 'inactive' | 'pending' | 'firing';

/** ActiveAlert is one entry of /api/v1/alerts and of an alerting rule's `alerts`. */
export interface ActiveAlert {
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly state: AlertState;
  readonly activeAt?: string;
  readonly keepFiringSince?: string;
  readonly value: string;
}

interface RuleBase {
  readonly name: string;
  readonly query: string;
  readonly labels?: Labels;
  readonly health: RuleHealth;
  readonly lastError?: string;
  readonly evaluationTime: number;
  readonly lastEvaluation: string;
}

export interface AlertingRule extends RuleBase {
  readonly type: 'alerting';
  readonly state: AlertState;
  /** `for`, seconds. */
  readonly duration: number;
  /** `keep_firing_for`, seconds. */
  readonly keepFiringFor: number;
  readonly annotations: Labels;
  readonly alerts: readonly ActiveAlert[];
}

export interface RecordingRule extends RuleBase {
  readonly type: 'recording';
}

export type Rule = AlertingRule | RecordingRule;

export interface RuleGroup {
  readonly name: string;
  readonly file: string;
  readonly rules: readonly Rule[];
  /** Seconds. */
  readonly interval: number;
  readonly limit: number;
  /** Seconds. */
  readonly evaluationTime: number;
  readonly lastEvaluation: string;
}

/** RulesResponse is /api/v1/rules. */
export interface RulesResponse {
  readonly status: 'success';
  readonly data: { readonly groups: readonly RuleGroup[] };
}

/** AlertsResponse is /api/v1/alerts. */
export interface AlertsResponse {
  readonly status: 'success';
  readonly data: { readonly alerts: readonly ActiveAlert[] };
}

/** AmMatcher is a silence matcher in Alertmanager's API v2. */
export interface AmMatcher {
  readonly name: string;
  readonly value: string;
  readonly isRegex: boolean;
  readonly isEqual?: boolean;
}

/** AmAlert is a GettableAlert of /alertmanager/api/v2/alerts(/groups). */
export interface AmAlert {
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly updatedAt: string;
  readonly fingerprint: string;
  readonly generatorURL?: string;
  readonly receivers: readonly { readonly name: string }[];
  readonly status: { readonly state: 'active' | 'suppressed' | 'unprocessed'; readonly silencedBy: readonly string[]; readonly inhibitedBy: readonly string[] };
}

/** AmAlertGroup is one entry of /alertmanager/api/v2/alerts/groups. */
export interface AmAlertGroup {
  readonly labels: Labels;
  readonly receiver: { readonly name: string };
  readonly alerts: readonly AmAlert[];
}

export type SilenceState = 'active' | 'pending' | 'expired';

/** AmSilence is a GettableSilence of /alertmanager/api/v2/silences. */
export interface AmSilence {
  readonly id: string;
  readonly status: { readonly state: SilenceState };
  readonly updatedAt: string;
  readonly comment: string;
  readonly createdBy: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly matchers: readonly AmMatcher[];
}

/** PostableSilence is the body of POST /alertmanager/api/v2/silences. */
export interface PostableSilence {
  readonly id?: string;
  readonly matchers: readonly AmMatcher[];
  readonly startsAt: string;
  readonly endsAt: string;
  readonly createdBy: string;
  readonly comment: string;
}

/** AmStatus is /alertmanager/api/v2/status. */
export interface AmStatus {
  readonly cluster: { readonly status: string; readonly peers: readonly unknown[]; readonly name?: string };
  readonly config: { readonly original: string };
  readonly uptime: string;
  readonly versionInfo?: Readonly<Record<string, string>>;
}

// The inbox and notification records are the engine's own types, as /api/sim serves them.
import type { NotificationRecord } from '@/engine/index';
export type { EmailMessage, Inbox, NotificationRecord, SlackConversation, SlackMessage, StepKind, WebhookDelivery } from '@/engine/index';
export type { TimelineStep as NotificationStep } from '@/engine/index';
export type SlackAttachment = import('@/engine/index').SlackMessage['payload']['attachments'][number];

export type ChainAlertEvent =
  | { readonly kind: 'transition'; readonly tMs: number; readonly group: string; readonly rule: string; readonly from: string; readonly to: string; readonly why: string }
  | { readonly kind: 'send'; readonly tMs: number; readonly group: string; readonly rule: string; readonly reason: 'firing' | 'resend' | 'resolved'; readonly why: string };

/** NotificationChainResponse is /api/sim/notifications/<id>. */
export interface NotificationChainResponse {
  readonly notification: NotificationRecord;
  readonly alerts: readonly { readonly fingerprint: string; readonly alert: string; readonly labels: Labels; readonly events: readonly ChainAlertEvent[] }[];
}
