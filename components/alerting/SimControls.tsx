'use client';
import { useState } from 'react';
import type { IncidentView } from '@/engine/index';
import type { WorldInfo } from '@/components/system/protocol';
import { AlertingNav } from './AlertingNav';
import { describeError, requestJson } from './http';
import { formatClock } from './time';
import { announceChange, useEngineResource } from './useEngineResource';

/** The seed scenario's incident: node-3 stops answering scrapes, so `up` becomes 0 there. */
const SEED_INCIDENT = { kind: 'instance-down', target: 'node-3' } as const;

const ADVANCE_STEPS = ['1m', '5m'] as const;

/**
 * SimControls is the alerting pages' header strip: the virtual clock, the
 * buttons that move it forward, and the seed scenario's incident to start
 * and stop — enough to watch an alert go pending, fire and notify without
 * waiting five real minutes.
 */
export function SimControls() {
  const incidents = useEngineResource<{ incidents: readonly IncidentView[] }>('/api/sim/incidents');
  const { client, world } = incidents;
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(label: string, method: string, url: string): Promise<void> {
    if (client === null) return;
    setBusy(label);
    setError(null);
    try {
      await requestJson(client, method, url);
      announceChange();
    } catch (e) {
      setError(`${label}: ${describeError(e)}`);
    } finally {
      setBusy(null);
    }
  }

  const active = (incidents.data?.incidents ?? []).filter((i) => i.state !== 'ended');
  const seedActive = active.find((i) => i.kind === SEED_INCIDENT.kind && i.target === SEED_INCIDENT.target);
  const disabled = client === null || world === null || busy !== null;
  return (
    <div className="al-sim card" data-testid="sim-controls">
      <AlertingNav />
      <ClockReadout world={world} />
      <div className="al-sim-actions">
        {ADVANCE_STEPS.map((by) => (
          <button key={by} type="button" className="button secondary small" disabled={disabled} onClick={() => void run(`Advance ${by}`, 'POST', `/api/sim/advance?by=${by}`)}>
            Advance {by}
          </button>
        ))}
        {seedActive === undefined ? (
          <button type="button" className="button small" disabled={disabled} onClick={() => void run('Start incident', 'POST', `/api/sim/incidents?kind=${SEED_INCIDENT.kind}&target=${SEED_INCIDENT.target}`)}>
            Simulate: take an instance down
          </button>
        ) : (
          <button type="button" className="button small" disabled={disabled} onClick={() => void run('Stop incident', 'DELETE', `/api/sim/incidents/${encodeURIComponent(seedActive.id)}`)}>
            Bring {seedActive.target} back up
          </button>
        )}
        {busy !== null && <span className="muted" role="status"><span className="spinner" aria-hidden="true" /> {busy}…</span>}
      </div>
      {active.length > 0 && (
        <p className="al-sim-incidents muted" data-testid="active-incidents">
          Active incidents: {active.map((i) => `${i.kind} on ${i.target || 'everything'} (since ${formatClock(i.startMs)})`).join('; ')}
        </p>
      )}
      {error !== null && <p className="error" role="alert">{error}</p>}
    </div>
  );
}

function ClockReadout({ world }: { world: WorldInfo | null }) {
  if (world === null) return <span className="muted">Virtual clock: starting…</span>;
  const { clock } = world;
  return (
    <span className="al-clock" title="The world's virtual time (UTC). It runs at the speed shown; Advance jumps ahead.">
      Virtual time <strong className="mono" data-testid="virtual-now">{formatClock(clock.nowMs)}</strong>
      <span className="muted"> · {clock.paused ? 'paused' : `${clock.speed}× speed`}</span>
    </span>
  );
}

