/**
 * ApiState is what the API handlers read from and write to: one
 * Alertmanager's alerts, groups, silences and configuration at a moment of
 * virtual time. The handlers never see the dispatcher's internals beyond it.
 */
import type { ReceiveResult } from './alerts';
import type { AlertmanagerConfig } from './config-types';
import type { AggrGroup } from './dispatcher';
import type { Route } from './route';
import type { Silences } from './silences';
import type { Alert, PostableAlert } from './types';

export interface ApiState {
  readonly config: AlertmanagerConfig;
  readonly route: Route;
  readonly silences: Silences;
  readonly startMs: number;
  /** alerts lists every stored alert, resolved ones included. */
  alerts(): readonly Alert[];
  groups(): readonly AggrGroup[];
  /** inhibitedBy names the alert muting these labels at `nowMs`, or null. */
  inhibitedBy(alert: Alert, nowMs: number): string | null;
  receiveAlerts(alerts: readonly PostableAlert[], nowMs: number): ReceiveResult;
  /** metricsText is Alertmanager's /metrics at `nowMs`. */
  metricsText(nowMs: number): string;
}

/** AlertStatus is the API's view of an alert's state. */
export interface AlertStatus {
  readonly inhibitedBy: string[];
  readonly silencedBy: string[];
  readonly state: 'active' | 'suppressed';
}

/** alertStatus computes the status at query time, as Alertmanager does when listing. */
export function alertStatus(state: ApiState, alert: Alert, nowMs: number): AlertStatus {
  const silencedBy = state.silences.silencedBy(alert.labels, nowMs);
  const by = state.inhibitedBy(alert, nowMs);
  const inhibitedBy = by === null ? [] : [by];
  return { inhibitedBy, silencedBy, state: silencedBy.length > 0 || inhibitedBy.length > 0 ? 'suppressed' : 'active' };
}
