'use client';
import type { AmStatus } from './apiTypes';
import { formatAgo, formatClock, parseApiTime } from './time';
import { useEngineResource } from './useEngineResource';

/** AmStatusPanel shows /api/v2/receivers and /api/v2/status: receivers, cluster, uptime and the loaded configuration. */
export function AmStatusPanel() {
  const receivers = useEngineResource<readonly { name: string }[]>('/alertmanager/api/v2/receivers');
  const status = useEngineResource<AmStatus>('/alertmanager/api/v2/status');
  // `uptime` is the moment the Alertmanager started (a date-time), not a duration.
  const upSince = parseApiTime(status.data?.uptime);
  const nowMs = status.world?.nowMs ?? NaN;
  return (
    <section className="card" aria-label="Receivers and status">
      <h2>Receivers</h2>
      {receivers.error !== null && <p className="error" role="alert">Could not load receivers: {receivers.error}</p>}
      <ul className="al-receivers" data-testid="receivers">
        {(receivers.data ?? []).map((r) => <li key={r.name} className="mono">{r.name}</li>)}
      </ul>
      <h2>Status</h2>
      {status.error !== null && <p className="error" role="alert">Could not load status: {status.error}</p>}
      {status.data !== null && (
        <>
          <dl className="al-status">
            <dt>Up since</dt><dd>{Number.isNaN(upSince) ? status.data.uptime : `${formatClock(upSince)} (${formatAgo(upSince, nowMs)})`}</dd>
            <dt>Cluster</dt><dd>{status.data.cluster.status}{status.data.cluster.peers.length > 0 ? `, ${status.data.cluster.peers.length} peers` : ''}</dd>
            {status.data.versionInfo?.['version'] !== undefined && (<><dt>Version</dt><dd className="mono">{status.data.versionInfo['version']}</dd></>)}
          </dl>
          <details>
            <summary>Loaded configuration (secrets hidden, as Alertmanager shows it)</summary>
            <pre className="al-config">{status.data.config.original}</pre>
          </details>
        </>
      )}
    </section>
  );
}
