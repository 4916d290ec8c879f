/**
 * createAlertmanager builds one simulated Alertmanager: the alert store,
 * dispatcher, silences, notification log, inboxes and timelines, driven by
 * virtual time. The system composer hands it alerts from the rule manager
 * (`receiveAlerts`), advances it (`tick`, scheduling by `nextWakeup`),
 * serves its HTTP API (`handleApi`) and shows `inbox()` and `timeline()`.
 */
import { mergeAlert, overlaps, toAlerts, type ReceiveResult } from './alerts';
import { handleAmApi } from './api';
import type { ApiState } from './api-state';
import type { AmApiRequest, AmApiResponse } from './api-types';
import { loadConfig } from './config-parse';
import type { AlertmanagerConfig } from './config-types';
import { Dispatcher, type AggrGroup } from './dispatcher';
import { InboxStore, type Inbox } from './inbox';
import { inhibitedBy } from './inhibit';
import { MetricCounters, renderMetrics } from './metrics';
import { Nflog } from './nflog';
import { runPipeline } from './pipeline';
import { buildRoute, type Route } from './route';
import { silenceState, Silences } from './silences';
import { Timeline, type FlushRecord, type NotificationRecord } from './timeline';
import { isResolvedAt, type Alert, type PostableAlert } from './types';
import type { RandomSource } from './uuid';

export interface AlertmanagerOptions {
  /** alertmanager.yml text; throws ConfigError when invalid. */
  readonly config: string;
  /** Virtual start time (ms): uptime, and the phase of the 30s maintenance ticks. */
  readonly startMs: number;
  /** Seeded randomness for silence ids (e.g. `createRandom(seed).fork('alertmanager')`). */
  readonly random: RandomSource;
  /** --web.external-url, used in links and webhook bodies. */
  readonly externalURL?: string;
}

export interface Alertmanager {
  /**
   * receiveAlerts takes alerts shaped as Prometheus POSTs them (the rule
   * manager's AlertForSend). Time first advances to `nowMs`, running the
   * flushes due before it. An alert sent at a time the Alertmanager has
   * already passed counts as received at its current time, so the composer
   * should deliver a rule evaluation's alerts before ticking past it:
   * `clock.advance(ms); await rules.idle(); am.tick(clock.nowMs)`.
   */
  receiveAlerts(alerts: readonly PostableAlert[], nowMs: number): ReceiveResult;
  /** tick advances virtual time to `nowMs`, running due flushes in order. Earlier times are ignored. */
  tick(nowMs: number): void;
  /** nextWakeup is when something can next happen without new input, or null. */
  nextWakeup(): number | null;
  /** handleApi serves /api/v2/… and /-/healthy, /-/ready at `nowMs`. */
  handleApi(req: AmApiRequest, nowMs: number): AmApiResponse;
  /** applyConfig reloads alertmanager.yml: groups restart, alerts, silences and the notification log stay. */
  applyConfig(text: string, nowMs: number): void;
  inbox(): Inbox;
  /** timeline lists every notification with the steps that led to it. */
  timeline(): readonly NotificationRecord[];
  notificationTimeline(id: number): NotificationRecord | undefined;
  /** metrics is Alertmanager's own /metrics text at `nowMs` (also served by handleApi). */
  metrics(nowMs: number): string;
  /** flushLog lists every flush outcome, including the ones that sent nothing. */
  flushLog(groupKey?: string): readonly FlushRecord[];
  groups(): readonly AggrGroup[];
  config(): AlertmanagerConfig;
}

export function createAlertmanager(opts: AlertmanagerOptions): Alertmanager {
  const externalURL = opts.externalURL ?? 'http://alertmanager.local:9093';
  let config = loadConfig(opts.config);
  let route: Route = buildRoute(config.route);
  let now = opts.startMs;
  let notificationSeq = 0;
  const alerts = new Map<string, Alert>();
  const silences = new Silences(opts.random);
  const nflog = new Nflog();
  const inbox = new InboxStore();
  const timeline = new Timeline();
  const counters = new MetricCounters();
  let lastReloadMs = opts.startMs;

  const newDispatcher = (startMs: number): Dispatcher =>
    new Dispatcher(route, startMs, (g, t, trigger) =>
      runPipeline({
        config, externalURL, silences, nflog, inbox, timeline,
        allAlerts: () => [...alerts.values()],
        nextNotificationId: () => ++notificationSeq,
        countNotification: (integration, failed) => counters.countNotification(integration, failed),
      }, g, t, trigger));
  let dispatcher = newDispatcher(opts.startMs);

  const tick = (nowMs: number): void => {
    if (nowMs < now) return;
    dispatcher.advance(nowMs);
    now = nowMs;
  };

  const receiveAlerts = (posted: readonly PostableAlert[], nowMs: number): ReceiveResult => {
    tick(nowMs);
    const result = toAlerts(posted, now, config.global.resolveTimeoutMs);
    counters.received.firing += result.firing;
    counters.received.resolved += result.resolved;
    counters.invalid += result.errors.length;
    for (const a of result.accepted) {
      const old = alerts.get(a.fingerprint);
      const merged = old !== undefined && overlaps(old, a) ? mergeAlert(old, a) : a;
      alerts.set(a.fingerprint, merged);
      dispatcher.insert(merged, now);
    }
    // A group whose alert is already older than group_wait (or group_wait: 0) flushes right now.
    dispatcher.advance(now);
    return result;
  };

  const metricsText = (nowMs: number): string => {
    const alertsNow = [...alerts.values()].filter((a) => !isResolvedAt(a, nowMs));
    const suppressed = alertsNow.filter((a) => silences.silencedBy(a.labels, nowMs).length > 0 || inhibitedBy(config.inhibitRules, [...alerts.values()], a.labels, nowMs) !== null).length;
    const silenceStates = silences.list().map((s) => silenceState(s, nowMs));
    return renderMetrics(counters, {
      alerts: { active: alertsNow.length - suppressed, suppressed },
      silences: {
        active: silenceStates.filter((s) => s === 'active').length,
        expired: silenceStates.filter((s) => s === 'expired').length,
        pending: silenceStates.filter((s) => s === 'pending').length,
      },
      aggregationGroups: dispatcher.list().length,
      receivers: config.receivers.length,
      integrations: config.receivers.reduce((n, r) => n + r.slackConfigs.length + r.emailConfigs.length + r.webhookConfigs.length, 0),
      lastReloadMs,
      version: '0.25.0',
    });
  };

  const state: ApiState = {
    get config() { return config; },
    get route() { return route; },
    silences,
    startMs: opts.startMs,
    alerts: () => [...alerts.values()],
    groups: () => dispatcher.list(),
    inhibitedBy: (a, t) => inhibitedBy(config.inhibitRules, [...alerts.values()], a.labels, t),
    receiveAlerts,
    metricsText,
  };

  return {
    receiveAlerts,
    tick,
    nextWakeup: () => dispatcher.nextWakeup(),
    handleApi: (req, nowMs) => {
      tick(nowMs);
      return handleAmApi(state, req, now);
    },
    applyConfig: (text, nowMs) => {
      const next = loadConfig(text);
      tick(nowMs);
      config = next;
      lastReloadMs = now;
      route = buildRoute(config.route);
      // Like a reload: a new dispatcher receives every stored alert again.
      dispatcher = newDispatcher(now);
      for (const a of alerts.values()) dispatcher.insert(a, now);
      dispatcher.advance(now);
    },
    inbox: () => inbox.snapshot(),
    metrics: (nowMs) => {
      tick(nowMs);
      return metricsText(now);
    },
    timeline: () => timeline.allNotifications(),
    notificationTimeline: (id) => timeline.notification(id),
    flushLog: (groupKey) => timeline.flushLog(groupKey),
    groups: () => dispatcher.list(),
    config: () => config,
  };
}
