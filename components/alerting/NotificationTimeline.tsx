'use client';
import type { NotificationChainResponse, NotificationRecord } from './apiTypes';
import { buildChain, type ChainStep } from './notificationChain';
import { selectNotification, TIMELINE_ID, useSelectedNotification } from './selectedNotification';
import { formatClock, formatDuration, formatTimeOfDay } from './time';
import { useEngineResource } from './useEngineResource';
import { WorldStatus } from './WorldStatus';

const INTEGRATION: Readonly<Record<NotificationRecord['integration'], string>> = { slack: 'Slack', email: 'E-mail', webhook: 'Webhook' };

/**
 * NotificationTimeline answers "why did this notification arrive now?":
 * pick a notification and see the chain from the rule evaluation that made
 * its alert pending, through `for`, the Alertmanager's group_wait,
 * group_interval and repeat_interval, to the send, with virtual times and
 * the time between each step.
 */
export function NotificationTimeline() {
  const list = useEngineResource<{ notifications: readonly NotificationRecord[] }>('/api/sim/notifications');
  const selected = useSelectedNotification();
  const notifications = list.data?.notifications ?? [];
  const current = selected ?? notifications.at(-1)?.id ?? null;
  if (list.world === null) return <WorldStatus client={list.client} world={list.world} />;
  return (
    <section id={TIMELINE_ID} className="card al-timeline-card" aria-label="Notification timeline" data-testid="notification-timeline">
      <h2>Why did this notification arrive now?</h2>
      {list.error !== null && <p className="error" role="alert">Could not load notifications: {list.error}</p>}
      {!list.loading && notifications.length === 0 && <p className="muted">No notification has been sent yet. When one is, its story appears here.</p>}
      {notifications.length > 0 && (
        <label className="control">
          Notification
          <select value={current ?? ''} onChange={(e) => selectNotification(Number(e.target.value))} data-testid="notification-select">
            {[...notifications].reverse().map((n) => (
              <option key={n.id} value={n.id}>#{n.id} · {formatTimeOfDay(n.atMs)} · {n.status} · {INTEGRATION[n.integration]} to {n.receiver}</option>
            ))}
          </select>
        </label>
      )}
      {current !== null && <ChainView id={current} />}
    </section>
  );
}

function ChainView({ id }: { id: number }) {
  const res = useEngineResource<NotificationChainResponse>(`/api/sim/notifications/${id}`);
  if (res.error !== null) return <p className="error" role="alert">Could not load notification #{id}: {res.error}</p>;
  if (res.data === null) return <p className="muted" role="status"><span className="spinner" aria-hidden="true" /> Loading…</p>;
  const chain = buildChain(res.data);
  const n = res.data.notification;
  return (
    <div className="al-chain" data-testid="chain" data-notification={n.id}>
      <p className="al-chain-summary">
        {INTEGRATION[n.integration]} notification <strong>#{n.id}</strong> ({n.status}) to <code>{n.receiver}</code> at {formatClock(n.atMs)} —{' '}
        {formatDuration(chain.totalMs)} after the first step below.
        {chain.resends > 0 && <span className="muted"> Prometheus also re-sent the alert {chain.resends}× meanwhile (resend_delay); those changed nothing.</span>}
      </p>
      <ol className="al-chain-steps">
        {chain.steps.map((s, i) => <StepView key={i} step={s} />)}
      </ol>
      <p className="muted al-help">Group <code>{n.groupKey}</code></p>
    </div>
  );
}

function StepView({ step }: { step: ChainStep }) {
  return (
    <li className={`al-step al-step-${step.side} al-step-${step.kind}`} data-kind={step.kind}>
      {step.sinceMs !== null && step.sinceMs > 0 && <div className="al-step-gap" data-testid="step-gap">+{formatDuration(step.sinceMs)}</div>}
      <div className="al-step-dot" aria-hidden="true" />
      <div className="al-step-body">
        <div className="al-step-head">
          <span className="mono al-step-time">{formatTimeOfDay(step.atMs)}</span>
          <span className="al-step-side">{step.side === 'prometheus' ? 'Prometheus' : 'Alertmanager'}</span>
          <strong>{step.title}</strong>
          {step.alert !== undefined && <span className="al-label mono">{step.alert}</span>}
        </div>
        <p className="al-step-detail muted">{step.detail}</p>
      </div>
    </li>
  );
}
