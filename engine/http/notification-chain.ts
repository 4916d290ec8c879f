/**
 * notificationChain answers "why did this notification arrive now?" with
 * both halves of the story: the Alertmanager's record of the notification
 * (alerts received, group_wait / group_interval, dedup, send) and, for each
 * alert in it, Prometheus's own timeline of that alert (pending, firing,
 * sends to the Alertmanager, resolution) up to the moment of the send.
 * The two are joined by the alert fingerprint, which the Alertmanager
 * computes from the labels Prometheus sent.
 */
import { fingerprintHex, type NotificationRecord } from '../alertmanager/index';
import type { TimelineEvent } from '../rules/index';

/** ChainAlertEvent is one rule-side event of an alert, without the send payload. */
export type ChainAlertEvent =
  | { readonly kind: 'transition'; readonly tMs: number; readonly group: string; readonly rule: string; readonly from: string; readonly to: string; readonly why: string }
  | { readonly kind: 'send'; readonly tMs: number; readonly group: string; readonly rule: string; readonly reason: 'firing' | 'resend' | 'resolved'; readonly why: string };

export interface ChainAlert {
  readonly fingerprint: string;
  /** The alert's label set as Prometheus prints it: `{alertname="X", …}`; '' when Prometheus's log no longer holds it. */
  readonly alert: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly events: readonly ChainAlertEvent[];
}

export interface NotificationChain {
  readonly notification: NotificationRecord;
  readonly alerts: readonly ChainAlert[];
}

/** The alert-received step names the fingerprint: `alert <name> <16 hex digits> received …`. */
const RECEIVED_FINGERPRINT = /\b([0-9a-f]{16})\b/;

/** notificationChain joins one notification record with the rule timeline (oldest first). */
export function notificationChain(n: NotificationRecord, ruleEvents: readonly TimelineEvent[]): NotificationChain {
  const byFingerprint = new Map<string, { alert: string; labels: Readonly<Record<string, string>> }>();
  for (const e of ruleEvents) {
    if (e.kind === 'send' && !byFingerprint.has(fingerprintHex(e.payload.labels))) byFingerprint.set(fingerprintHex(e.payload.labels), { alert: e.alert, labels: e.payload.labels });
  }
  const fingerprints: string[] = [];
  for (const s of n.steps) {
    const fp = s.kind === 'alert-received' ? RECEIVED_FINGERPRINT.exec(s.detail)?.[1] : undefined;
    if (fp !== undefined && !fingerprints.includes(fp)) fingerprints.push(fp);
  }
  const alerts = fingerprints.map((fingerprint): ChainAlert => {
    const known = byFingerprint.get(fingerprint);
    if (known === undefined) return { fingerprint, alert: '', labels: {}, events: [] };
    const events = ruleEvents.filter((e) => e.alert === known.alert && e.tMs <= n.atMs).map(withoutPayload);
    return { fingerprint, alert: known.alert, labels: known.labels, events };
  });
  return { notification: n, alerts };
}

function withoutPayload(e: TimelineEvent): ChainAlertEvent {
  return e.kind === 'transition'
    ? { kind: 'transition', tMs: e.tMs, group: e.group, rule: e.rule, from: e.from, to: e.to, why: e.why }
    : { kind: 'send', tMs: e.tMs, group: e.group, rule: e.rule, reason: e.reason, why: e.why };
}
