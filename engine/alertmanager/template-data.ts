/**
 * The data of one notification, as Alertmanager's template.Data: receiver,
 * overall status, the alerts (firing ones with a zero endsAt), group labels,
 * the labels and annotations common to every alert, and the external URL.
 * `toView` dresses it for templates.
 */
import type { LabelSet } from './types';
import { AlertList, GoTime, KV, type TemplateView } from './template-values';

export interface NotificationAlert {
  readonly status: 'firing' | 'resolved';
  readonly labels: LabelSet;
  readonly annotations: LabelSet;
  readonly startsAtMs: number;
  /** null (Go's zero time) while firing: the flush clears it so alerts never "resolve in the future". */
  readonly endsAtMs: number | null;
  readonly generatorURL: string;
  readonly fingerprint: string;
}

export interface NotificationData {
  readonly receiver: string;
  readonly status: 'firing' | 'resolved';
  readonly alerts: readonly NotificationAlert[];
  readonly groupLabels: LabelSet;
  readonly commonLabels: LabelSet;
  readonly commonAnnotations: LabelSet;
  readonly externalURL: string;
}

/** buildData assembles template data for a group's alerts. */
export function buildData(receiver: string, groupLabels: LabelSet, alerts: readonly NotificationAlert[], externalURL: string): NotificationData {
  return {
    // Alertmanager regex-quotes the receiver name here; the quoted form reaches webhooks and templates.
    receiver: quoteMeta(receiver),
    status: alerts.some((a) => a.status === 'firing') ? 'firing' : 'resolved',
    alerts,
    groupLabels,
    commonLabels: common(alerts.map((a) => a.labels)),
    commonAnnotations: common(alerts.map((a) => a.annotations)),
    externalURL,
  };
}

/** toView is the data as templates see it. */
export function toView(d: NotificationData): TemplateView {
  const alerts = new AlertList();
  for (const a of d.alerts) {
    alerts.push({
      Status: a.status, Labels: new KV(a.labels), Annotations: new KV(a.annotations),
      StartsAt: new GoTime(a.startsAtMs), EndsAt: new GoTime(a.endsAtMs), GeneratorURL: a.generatorURL, Fingerprint: a.fingerprint,
    });
  }
  return {
    Receiver: d.receiver, Status: d.status, Alerts: alerts, GroupLabels: new KV(d.groupLabels),
    CommonLabels: new KV(d.commonLabels), CommonAnnotations: new KV(d.commonAnnotations), ExternalURL: d.externalURL,
  };
}

function common(sets: readonly LabelSet[]): LabelSet {
  const first = sets[0];
  if (first === undefined) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(first)) if (sets.every((s) => s[k] === v)) out[k] = v;
  return out;
}

/** quoteMeta escapes regex metacharacters as Go's regexp.QuoteMeta does. */
function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
