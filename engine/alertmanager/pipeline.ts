/**
 * The notification pipeline one flush runs, stage by stage as in
 * Alertmanager: drop inhibited alerts, stop outside active time intervals or
 * inside mute time intervals, drop silenced alerts; then for each integration
 * of the receiver: dedup against the notification log, leave out resolved
 * alerts unless send_resolved, send, and log what was notified.
 */
import type { AlertmanagerConfig, IntegrationConfig } from './config-types';
import type { AggrGroup } from './dispatcher';
import type { InboxStore } from './inbox';
import { sortAlerts } from './label-sets';
import { inhibitedBy } from './inhibit';
import { needsUpdate, nflogKey, type DedupDecision, type Nflog } from './nflog';
import { deliver } from './notifiers';
import type { Silences } from './silences';
import { buildData, type NotificationAlert } from './template-data';
import { intervalsContain } from './time-interval';
import { formatOffset, type Timeline, type TimelineStep } from './timeline';
import { formatApiTime } from './time';
import { isResolvedAt, type Alert } from './types';

export interface PipelineDeps {
  readonly config: AlertmanagerConfig;
  readonly externalURL: string;
  readonly silences: Silences;
  readonly nflog: Nflog;
  readonly inbox: InboxStore;
  readonly timeline: Timeline;
  /** allAlerts is every stored alert, the inhibitor's view of possible sources. */
  allAlerts(): readonly Alert[];
  nextNotificationId(): number;
  /** countNotification feeds alertmanager_notifications_total / _failed_total. */
  countNotification(integration: string, failed: boolean): void;
}

/** runPipeline is the dispatcher's flush callback. It always succeeds in the simulation. */
export function runPipeline(deps: PipelineDeps, g: AggrGroup, nowMs: number, trigger: TimelineStep): boolean {
  const receiver = deps.config.receivers.find((r) => r.name === g.route.opts.receiver);
  if (receiver === undefined) return true;
  const steps: TimelineStep[] = [...g.history, ...receivedSteps(g), trigger];
  const integrations: [IntegrationConfig, number][] = [
    ...receiver.webhookConfigs.map((c, i): [IntegrationConfig, number] => [c, i]),
    ...receiver.emailConfigs.map((c, i): [IntegrationConfig, number] => [c, i]),
    ...receiver.slackConfigs.map((c, i): [IntegrationConfig, number] => [c, i]),
  ];
  const quiet = (detail: string): boolean => {
    for (const [cfg] of integrations) {
      deps.timeline.addFlush({ atMs: nowMs, groupKey: g.key, receiver: receiver.name, integration: cfg.kind, sent: false, notificationId: null, steps: [...steps, { atMs: nowMs, kind: 'muted', detail }] });
    }
    return true;
  };

  // Flush view: firing alerts carry a zero endsAt so that nothing "resolves in the future".
  let alerts: NotificationAlert[] = sortAlerts([...g.alerts.values()]).map((a) => ({
    status: isResolvedAt(a, nowMs) ? 'resolved' : 'firing',
    labels: a.labels, annotations: a.annotations, startsAtMs: a.startsAtMs,
    endsAtMs: isResolvedAt(a, nowMs) ? a.endsAtMs : null, generatorURL: a.generatorURL, fingerprint: a.fingerprint,
  }));

  const all = deps.allAlerts();
  alerts = alerts.filter((a) => {
    const by = inhibitedBy(deps.config.inhibitRules, all, a.labels, nowMs);
    if (by !== null) steps.push({ atMs: nowMs, kind: 'muted', detail: `alert ${a.fingerprint} is inhibited by alert ${by}` });
    return by === null;
  });
  if (alerts.length === 0) return quiet('every alert in the group is inhibited');
  const active = g.route.opts.activeTimeIntervals;
  if (active.length > 0 && !active.some((n) => intervalsContain(deps.config.timeIntervals.get(n) ?? [], nowMs))) {
    return quiet(`outside the route's active_time_intervals (${active.join(', ')})`);
  }
  const mute = g.route.opts.muteTimeIntervals.find((n) => intervalsContain(deps.config.timeIntervals.get(n) ?? [], nowMs));
  if (mute !== undefined) return quiet(`inside the route's mute time interval "${mute}"`);
  alerts = alerts.filter((a) => {
    const ids = deps.silences.silencedBy(a.labels, nowMs);
    if (ids.length > 0) steps.push({ atMs: nowMs, kind: 'muted', detail: `alert ${a.fingerprint} is silenced by ${ids.join(', ')}` });
    return ids.length === 0;
  });
  if (alerts.length === 0) return quiet('every remaining alert is silenced');

  const firing = new Set(alerts.filter((a) => a.status === 'firing').map((a) => a.fingerprint));
  const resolved = new Set(alerts.filter((a) => a.status === 'resolved').map((a) => a.fingerprint));
  let failed = false;
  for (const [cfg, index] of integrations) {
    const key = nflogKey(g.key, receiver.name, cfg.kind, index);
    const decision = needsUpdate(deps.nflog.get(key), firing, resolved, cfg.sendResolved, g.route.opts.repeatIntervalMs, nowMs);
    const own: TimelineStep[] = [...steps, { atMs: nowMs, kind: 'dedup', detail: explain(decision, g.route.opts.repeatIntervalMs, cfg.sendResolved) }];
    if (!decision.send) {
      deps.timeline.addFlush({ atMs: nowMs, groupKey: g.key, receiver: receiver.name, integration: cfg.kind, sent: false, notificationId: null, steps: own });
      continue;
    }
    const toSend = cfg.sendResolved ? alerts : alerts.filter((a) => a.status === 'firing');
    let notificationId: number | null = null;
    if (toSend.length > 0) {
      const data = buildData(receiver.name, g.labels, toSend, deps.externalURL);
      const id = deps.nextNotificationId();
      let summary: string;
      try {
        summary = deliver(cfg, { id, atMs: nowMs, receiver: receiver.name, groupKey: g.key, data }, deps.inbox);
      } catch (e) {
        // A template that fails to render fails the notification: nothing is logged, the next flush retries.
        own.push({ atMs: nowMs, kind: 'send', detail: `notify failed: ${(e as Error).message}` });
        deps.timeline.addFlush({ atMs: nowMs, groupKey: g.key, receiver: receiver.name, integration: cfg.kind, sent: false, notificationId: null, steps: own });
        failed = true;
        deps.countNotification(cfg.kind, true);
        continue;
      }
      notificationId = id;
      own.push({ atMs: nowMs, kind: 'send', detail: summary });
      deps.timeline.addNotification({
        id: notificationId, atMs: nowMs, receiver: receiver.name, integration: cfg.kind, integrationIndex: index,
        groupKey: g.key, status: data.status, steps: own,
        groupLabels: g.labels, alerts: toSend.map((a) => ({ labels: a.labels, status: a.status, startsAtMs: a.startsAtMs })),
      });
    } else {
      own.push({ atMs: nowMs, kind: 'send', detail: 'nothing sent: only resolved alerts and send_resolved is false; the notification log still records them' });
    }
    deps.countNotification(cfg.kind, false);
    deps.timeline.addFlush({ atMs: nowMs, groupKey: g.key, receiver: receiver.name, integration: cfg.kind, sent: notificationId !== null, notificationId, steps: own });
    deps.nflog.log(key, { firing, resolved, atMs: nowMs });
  }
  return !failed;
}

function receivedSteps(g: AggrGroup): TimelineStep[] {
  return sortAlerts([...g.alerts.values()]).map((a) => ({
    atMs: g.receivedMs.get(a.fingerprint) ?? g.createdMs,
    kind: 'alert-received' as const,
    detail: `alert ${a.labels['alertname'] ?? ''} ${a.fingerprint} received (startsAt ${formatApiTime(a.startsAtMs)})`,
  })).sort((x, y) => x.atMs - y.atMs);
}

function explain(d: DedupDecision, repeatMs: number, sendResolved: boolean): string {
  switch (d.reason) {
    case 'first-notification': return 'dedup: nothing notified for this group yet and alerts are firing → send';
    case 'nothing-notified-yet': return 'dedup: nothing notified yet and no alert is firing → stay quiet';
    case 'new-firing-alerts': return 'dedup: a firing alert was not in the last notification → send';
    case 'all-resolved': return `dedup: every alert has resolved since the last notification → send${sendResolved ? '' : ' (send_resolved is false, so only the log is updated)'}`;
    case 'fired-and-resolved-between-flushes': return 'dedup: alerts fired and resolved between flushes, never notified → stay quiet';
    case 'resolved-changed': return 'dedup: newly resolved alerts and send_resolved is true → send';
    case 'repeat-interval-elapsed': return `dedup: unchanged, but more than repeat_interval (${formatOffset(repeatMs)}) passed since the last notification → send again`;
    case 'unchanged': return `dedup: unchanged since the last notification; a repeat is due only after ${formatApiTime(d.repeatAfterMs ?? 0)} (repeat_interval ${formatOffset(repeatMs)}), at the first flush after that → stay quiet`;
  }
}
