'use client';
import Link from 'next/link';
import type { AmAlert, AmAlertGroup } from './apiTypes';
import { LabelBadges, StateBadge } from './LabelBadges';
import { rowsFromLabels, type MatcherRow } from './silenceForm';
import { formatAgo, parseApiTime } from './time';
import { useEngineResource } from './useEngineResource';

/** AlertGroups lists /alertmanager/api/v2/alerts/groups: receiver, group labels and the alerts with their status. */
export function AlertGroups({ onSilence }: { onSilence: (rows: MatcherRow[]) => void }) {
  const groups = useEngineResource<readonly AmAlertGroup[]>('/alertmanager/api/v2/alerts/groups');
  const nowMs = groups.world?.nowMs ?? NaN;
  const list = groups.data ?? [];
  return (
    <section className="card" aria-label="Alert groups">
      <h2>Alert groups</h2>
      <p className="muted al-help">Alerts Prometheus has sent, grouped by the route’s <code>group_by</code> labels. Each group becomes one notification per receiver.</p>
      {groups.error !== null && <p className="error" role="alert">Could not load alert groups: {groups.error}</p>}
      {groups.loading && <p className="muted" role="status"><span className="spinner" aria-hidden="true" /> Loading…</p>}
      {!groups.loading && groups.data !== null && list.length === 0 && <p className="muted" data-testid="no-alert-groups">No alerts. Take an instance down and advance the clock to see one arrive.</p>}
      {list.map((g) => (
        <div key={`${g.receiver.name}/${JSON.stringify(g.labels)}`} className="al-am-group" data-testid="alert-group">
          <div className="al-am-group-head">
            <LabelBadges labels={g.labels} />
            <span className="muted">→ receiver <strong className="mono">{g.receiver.name}</strong></span>
          </div>
          <ul className="al-am-alerts">
            {g.alerts.map((a) => <AmAlertRow key={a.fingerprint} alert={a} nowMs={nowMs} onSilence={onSilence} />)}
          </ul>
        </div>
      ))}
    </section>
  );
}

function AmAlertRow({ alert, nowMs, onSilence }: { alert: AmAlert; nowMs: number; onSilence: (rows: MatcherRow[]) => void }) {
  const started = parseApiTime(alert.startsAt);
  const { state, silencedBy, inhibitedBy } = alert.status;
  const alertname = alert.labels['alertname'] ?? '';
  return (
    <li className="al-am-alert" data-fingerprint={alert.fingerprint} data-state={state}>
      <div className="al-am-alert-line">
        <StateBadge state={state} />
        <span title={alert.startsAt}>started {Number.isNaN(started) ? '—' : formatAgo(started, nowMs)}</span>
        <span className="al-spacer" />
        <Link href={`/alerts?rule=${encodeURIComponent(alertname)}`} prefetch={false}>rule</Link>
        <button type="button" className="button secondary small" onClick={() => onSilence(rowsFromLabels(alert.labels))}>Silence</button>
      </div>
      <LabelBadges labels={alert.labels} />
      {alert.annotations['summary'] !== undefined && <p className="al-summary">{alert.annotations['summary']}</p>}
      {silencedBy.length > 0 && <p className="muted">Silenced by {silencedBy.map((id) => <code key={id}>{id.slice(0, 8)}</code>)}</p>}
      {inhibitedBy.length > 0 && <p className="muted">Inhibited by alert {inhibitedBy.map((fp) => <code key={fp}>{fp}</code>)}</p>}
    </li>
  );
}
