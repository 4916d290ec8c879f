import type { Inbox, NotificationRecord } from '../alertmanager/index';
import type { DeliverySummary, Destination } from './types';

type LabelSet = Readonly<Record<string, string>>;

/** ArrivedAlert is one firing alert as it first reached a destination. */
export interface ArrivedAlert {
  /** The alert's identity: its sorted label set. */
  readonly key: string;
  readonly labels: LabelSet;
  /** When the alert started firing, ms. */
  readonly startsAtMs: number;
  /** When its first notification reached the destination, ms. */
  readonly firstAtMs: number;
}

/**
 * DestinationLog is what one inbox received, reduced to what a delivery
 * check compares: the alerts (each with its first arrival), the groups the
 * notifications came from and the labels they were grouped by.
 */
export interface DestinationLog {
  readonly key: string;
  readonly destination: Destination;
  /** Alerts in order of first arrival. */
  readonly alerts: readonly ArrivedAlert[];
  /** Distinct aggregation groups (group keys) that notified here. */
  readonly groups: number;
  /** The group_by label names of those groups, sorted. */
  readonly groupedBy: readonly string[];
  /** Firing messages received. */
  readonly notifications: number;
}

/** Inboxes that got a notification at the same moment are listed chat first, as people read them. */
const KIND_ORDER: Readonly<Record<Destination['kind'], number>> = { 'slack-dm': 0, 'slack-channel': 1, email: 2, webhook: 3 };

interface Message {
  readonly destination: Destination;
  readonly notificationId: number;
  readonly status: 'firing' | 'resolved';
}

/**
 * deliveriesOf reads a world's inboxes: every firing message, joined with
 * its notification record for the alerts it listed, keeping only firing
 * alerts whose labels include `filter`. Destinations that got none of them
 * are left out; the rest are ordered by first arrival.
 */
export function deliveriesOf(inbox: Inbox, notifications: readonly NotificationRecord[], filter: LabelSet = {}): DestinationLog[] {
  const records = new Map(notifications.map((n) => [n.id, n]));
  const byDestination = new Map<string, { destination: Destination; alerts: Map<string, ArrivedAlert>; groups: Set<string>; groupedBy: Set<string>; notifications: number }>();
  for (const m of messagesOf(inbox)) {
    if (m.status !== 'firing') continue;
    const record = records.get(m.notificationId);
    if (record?.alerts === undefined) throw new Error(`internal error: notification ${m.notificationId} has no record of its alerts`);
    const alerts = record.alerts.filter((a) => a.status === 'firing' && matches(a.labels, filter));
    if (alerts.length === 0) continue;
    const key = destinationKey(m.destination);
    let log = byDestination.get(key);
    if (!log) byDestination.set(key, (log = { destination: m.destination, alerts: new Map(), groups: new Set(), groupedBy: new Set(), notifications: 0 }));
    log.notifications++;
    log.groups.add(record.groupKey);
    for (const name of Object.keys(record.groupLabels ?? {})) log.groupedBy.add(name);
    for (const a of alerts) {
      const k = labelKey(a.labels);
      if (!log.alerts.has(k)) log.alerts.set(k, { key: k, labels: a.labels, startsAtMs: a.startsAtMs, firstAtMs: record.atMs });
    }
  }
  return [...byDestination]
    .map(([key, l]): DestinationLog => ({
      key, destination: l.destination, alerts: [...l.alerts.values()].sort((a, b) => a.firstAtMs - b.firstAtMs),
      groups: l.groups.size, groupedBy: [...l.groupedBy].sort(), notifications: l.notifications,
    }))
    .sort((a, b) => a.alerts[0]!.firstAtMs - b.alerts[0]!.firstAtMs || KIND_ORDER[a.destination.kind] - KIND_ORDER[b.destination.kind] || (a.key < b.key ? -1 : 1));
}

/** summarize is a destination's log as the exercise view shows it; `startMs` is when the world began. */
export function summarize(log: DestinationLog, startMs: number): DeliverySummary {
  const counts = new Map<string, number>();
  for (const a of log.alerts) counts.set(alertName(a.labels), (counts.get(alertName(a.labels)) ?? 0) + 1);
  const first = log.alerts[0]!;
  return { alerts: [...counts].map(([name, count]) => ({ name, count })), notifications: log.notifications, sinceStartMs: first.firstAtMs - startMs, afterFiringMs: first.firstAtMs - first.startsAtMs };
}

/** destinationKey identifies an inbox across worlds. */
export function destinationKey(d: Destination): string {
  return `${d.kind}:${d.name}`;
}

/** labelKey identifies an alert across worlds by its sorted label set. */
export function labelKey(labels: LabelSet): string {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}

export function alertName(labels: LabelSet): string {
  return labels['alertname'] ?? '';
}

function matches(labels: LabelSet, filter: LabelSet): boolean {
  return Object.entries(filter).every(([k, v]) => (labels[k] ?? '') === v);
}

function messagesOf(inbox: Inbox): Message[] {
  const out: Message[] = [];
  for (const c of inbox.slack.channels) for (const m of c.messages) out.push({ destination: { kind: 'slack-channel', name: c.name }, notificationId: m.notificationId, status: m.status });
  for (const c of inbox.slack.directMessages) for (const m of c.messages) out.push({ destination: { kind: 'slack-dm', name: c.name }, notificationId: m.notificationId, status: m.status });
  for (const m of inbox.email.messages) out.push({ destination: { kind: 'email', name: m.to }, notificationId: m.notificationId, status: m.status });
  for (const d of inbox.webhook.deliveries) out.push({ destination: { kind: 'webhook', name: d.url }, notificationId: d.notificationId, status: d.status });
  return out;
}
