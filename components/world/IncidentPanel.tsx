'use client';
import type { IncidentKind, IncidentView } from '@/engine/index';
// The table itself comes from its leaf module: engine/index would pull the whole engine into the page's bundle.
import { INCIDENT_KINDS } from '@/engine/world/incident-kinds';
import { useState } from 'react';
import { formatDuration, formatUtc } from '../panels/timeFormat';
import { useEngine, useWorld } from '../system/useEngine';
import { INCIDENT_DURATIONS, INCIDENT_TARGETS } from './clockOptions';
import { startIncident, stopIncident } from './incidentApi';
import { useIncidents } from './useIncidents';

const KINDS = Object.keys(INCIDENT_KINDS) as IncidentKind[];

function IncidentRow({ inc, nowMs, onStop }: { inc: IncidentView; nowMs: number; onStop: () => void }) {
  const info = INCIDENT_KINDS[inc.kind];
  const left = inc.endMs !== undefined ? inc.endMs - nowMs : undefined;
  return (
    <li className={`incident-row ${inc.state}`} data-incident={inc.id}>
      <span className={`badge ${inc.state}`}>{inc.state}</span>
      <strong>{info.title}</strong>
      <span className="mono muted">{inc.target === '' ? 'everything' : inc.target}</span>
      <span className="muted">
        since {formatUtc(inc.startMs).slice(11, 19)}
        {left !== undefined && inc.state !== 'ended' && left > 0 && <>, {formatDuration(left - (left % 1000))} left</>}
      </span>
      {inc.state !== 'ended' && <button type="button" className="button secondary small" onClick={onStop}>Stop</button>}
    </li>
  );
}

/**
 * IncidentPanel stages trouble in the world: pick a kind (each says what
 * will change in the metrics), a target and a duration, start it, and follow
 * or stop the incidents under way. Everything goes through /api/sim/incidents.
 */
export function IncidentPanel() {
  const client = useEngine();
  const world = useWorld(client);
  const { incidents, error: listError, refresh } = useIncidents(client, world);
  const [kind, setKind] = useState<IncidentKind>('instance-down');
  const [target, setTarget] = useState<string | null>(null);
  const [durationIdx, setDurationIdx] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const info = INCIDENT_KINDS[kind];
  const chosenTarget = target ?? info.defaultTarget;

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      void refresh();
    }
  };
  const start = () => act(async () => {
    if (!client) return;
    const durationMs = INCIDENT_DURATIONS[durationIdx]![1];
    await startIncident(client, { kind, target: chosenTarget, ...(durationMs !== null ? { durationMs } : {}) });
  });

  const current = (incidents ?? []).filter((i) => i.state !== 'ended');
  const ended = (incidents ?? []).filter((i) => i.state === 'ended').slice(-5).reverse();
  return (
    <section className="incident-panel" aria-label="Incidents">
      <form className="incident-form" onSubmit={(e) => { e.preventDefault(); void start(); }}>
        <label className="control">
          <span className="muted">Incident</span>
          <select aria-label="Incident kind" value={kind} onChange={(e) => { setKind(e.target.value as IncidentKind); setTarget(null); }}>
            {KINDS.map((k) => <option key={k} value={k}>{INCIDENT_KINDS[k].title}</option>)}
          </select>
        </label>
        <label className="control">
          <span className="muted">Target</span>
          <input className="mono" aria-label="Incident target" list="incident-targets" value={chosenTarget} placeholder="everything" size={12}
            onChange={(e) => setTarget(e.target.value)} />
          <datalist id="incident-targets">{INCIDENT_TARGETS.map((t) => <option key={t} value={t} />)}</datalist>
        </label>
        <label className="control">
          <span className="muted">For</span>
          <select aria-label="Incident duration" value={durationIdx} onChange={(e) => setDurationIdx(Number(e.target.value))}>
            {INCIDENT_DURATIONS.map(([label], i) => <option key={label} value={i}>{label}</option>)}
          </select>
        </label>
        <button type="submit" className="button danger" disabled={!world || busy}>Start incident</button>
      </form>
      <p className="muted incident-effect">{info.effect.replace(/`/g, '')}</p>
      {error && <div className="error" role="alert">{error}</div>}
      {listError && <div className="error" role="alert">Could not list the incidents: {listError}</div>}
      {world && current.length === 0 && <p className="muted">No incident under way: the world is healthy.</p>}
      {world && current.length > 0 && (
        <ul className="incident-list" aria-label="Active incidents">
          {current.map((i) => <IncidentRow key={i.id} inc={i} nowMs={world.nowMs} onStop={() => void act(() => stopIncident(client!, i.id))} />)}
        </ul>
      )}
      {world && ended.length > 0 && (
        <details className="incident-ended">
          <summary className="muted">Recently ended ({ended.length})</summary>
          <ul className="incident-list">{ended.map((i) => <IncidentRow key={i.id} inc={i} nowMs={world.nowMs} onStop={() => {}} />)}</ul>
        </details>
      )}
    </section>
  );
}
