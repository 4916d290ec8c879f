import { labelsToRecord, type Labels } from '../model/labels';
import { tableLink } from './template/index';

/**
 * AlertForSend is one alert exactly as Prometheus POSTs it to
 * Alertmanager's `/api/v2/alerts` (a PostableAlert): label and annotation
 * maps and RFC 3339 times with milliseconds (`2026-11-25T17:05:00.000Z`). `startsAt` is when the alert started
 * firing; `endsAt` is its resolution time once resolved, and until then a
 * time in the future after which Alertmanager may consider it resolved
 * unless Prometheus resends it.
 */
export interface AlertForSend {
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly generatorURL: string;
}

/**
 * NotifyFunc receives each rule's batch of alerts to send, after every
 * evaluation that has any. The Alertmanager side (or a notifier queue)
 * takes it from there. `sentAtMs` is the virtual time of the send (the
 * evaluation time): evaluations finish asynchronously, possibly after the
 * clock has moved on, so the clock's current reading is not the send time.
 */
export type NotifyFunc = (alerts: readonly AlertForSend[], sentAtMs: number) => void;

/**
 * generatorURL is the link Prometheus puts in each alert: the external URL
 * followed by the table view of the rule's expression.
 */
export function generatorURL(externalURL: string, expr: string): string {
  return externalURL + tableLink(expr);
}

/**
 * withExternalLabels adds the external labels an alert does not already
 * carry, as Prometheus's notifier does before sending. The result is the
 * label map in label-name order.
 */
export function withExternalLabels(labels: Labels, external: Readonly<Record<string, string>>): Record<string, string> {
  const out = labelsToRecord(labels);
  for (const [k, v] of Object.entries(external)) if (!(k in out) && v !== '') out[k] = v;
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}
