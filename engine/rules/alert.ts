import type { Labels } from '../model/labels';
import type { AlertState } from './types';

/**
 * Alert is one alert of an alerting rule: one label set produced by the
 * rule's expression. Times are ms; undefined stands for Go's zero time.
 */
export interface Alert {
  /** Labels after templating: the series' labels without `__name__`, the rule's labels, `alertname`. */
  labels: Labels;
  annotations: Labels;
  /** The expression's value at the last evaluation that produced this alert. */
  value: number;
  state: AlertState;
  /** When the alert first became pending. */
  activeAtMs: number;
  firedAtMs?: number;
  resolvedAtMs?: number;
  lastSentAtMs?: number;
  /** endsAt announced to Alertmanager while the alert is firing. */
  validUntilMs?: number;
  /** Set while keep_firing_for holds the alert firing after its series vanished. */
  keepFiringSinceMs?: number;
}

/** RESOLVED_RETENTION_MS is how long Prometheus keeps (and resends) resolved alerts: 15 minutes. */
export const RESOLVED_RETENTION_MS = 15 * 60_000;

/**
 * needsSending is Prometheus's rule for (re)sending an alert: never while
 * pending; at once when resolved since the last send; otherwise when
 * `resendDelayMs` has passed since the last send.
 */
export function needsSending(a: Alert, tMs: number, resendDelayMs: number): 'firing' | 'resend' | 'resolved' | undefined {
  if (a.state === 'pending') return undefined;
  if (a.resolvedAtMs !== undefined && (a.lastSentAtMs === undefined || a.resolvedAtMs > a.lastSentAtMs)) return 'resolved';
  if (a.lastSentAtMs === undefined) return 'firing';
  return a.lastSentAtMs + resendDelayMs < tMs ? 'resend' : undefined;
}
