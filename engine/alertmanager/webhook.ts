/**
 * The webhook body Alertmanager POSTs (version "4"), field for field and in
 * the same key order: receiver, status, alerts, groupLabels, commonLabels,
 * commonAnnotations, externalURL, version, groupKey, truncatedAlerts.
 */
import { sortedNames } from './fingerprint';
import type { NotificationData } from './template-data';
import { formatGoTime } from './time';
import type { LabelSet } from './types';

export interface WebhookAlert {
  readonly status: 'firing' | 'resolved';
  readonly labels: LabelSet;
  readonly annotations: LabelSet;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly generatorURL: string;
  readonly fingerprint: string;
}

export interface WebhookPayload {
  readonly receiver: string;
  readonly status: 'firing' | 'resolved';
  readonly alerts: readonly WebhookAlert[];
  readonly groupLabels: LabelSet;
  readonly commonLabels: LabelSet;
  readonly commonAnnotations: LabelSet;
  readonly externalURL: string;
  readonly version: '4';
  readonly groupKey: string;
  readonly truncatedAlerts: number;
}

/** webhookPayload builds the body; `maxAlerts` > 0 truncates the alert list and counts the rest. */
export function webhookPayload(data: NotificationData, groupKey: string, maxAlerts: number): WebhookPayload {
  const all = data.alerts;
  const kept = maxAlerts > 0 && all.length > maxAlerts ? all.slice(0, maxAlerts) : all;
  return {
    receiver: data.receiver,
    status: data.status,
    alerts: kept.map((a) => ({
      status: a.status,
      labels: sorted(a.labels),
      annotations: sorted(a.annotations),
      startsAt: formatGoTime(a.startsAtMs),
      endsAt: formatGoTime(a.endsAtMs),
      generatorURL: a.generatorURL,
      fingerprint: a.fingerprint,
    })),
    groupLabels: sorted(data.groupLabels),
    commonLabels: sorted(data.commonLabels),
    commonAnnotations: sorted(data.commonAnnotations),
    externalURL: data.externalURL,
    version: '4',
    groupKey,
    truncatedAlerts: all.length - kept.length,
  };
}

/** sorted rebuilds a label map with keys in Go's order, as encoding/json writes maps. */
export function sorted(set: LabelSet): LabelSet {
  const out: Record<string, string> = {};
  for (const k of sortedNames(set)) out[k] = set[k]!;
  return out;
}
