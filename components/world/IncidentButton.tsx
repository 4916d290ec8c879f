'use client';
import type { IncidentKind } from '@/engine/index';
// The table itself comes from its leaf module: engine/index would pull the whole engine into the page's bundle.
import { INCIDENT_KINDS } from '@/engine/world/incident-kinds';
import { useState } from 'react';
import { useEngine, useWorld } from '../system/useEngine';
import { startIncident } from './incidentApi';

type Status = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'started'; readonly id: string } | { readonly kind: 'error'; readonly message: string };

/**
 * IncidentButton starts one incident with a click (lessons use it: "now
 * break something"). `target` defaults to the kind's own default target;
 * the label defaults to the kind's title.
 */
export function IncidentButton({ kind, target, label }: { kind: IncidentKind; target?: string; label?: string }) {
  const client = useEngine();
  const world = useWorld(client);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const info = INCIDENT_KINDS[kind];
  const start = async () => {
    if (!client) return;
    setStatus({ kind: 'busy' });
    try {
      const inc = await startIncident(client, { kind, ...(target !== undefined ? { target } : {}) });
      setStatus({ kind: 'started', id: inc.id });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <span className="incident-button">
      <button type="button" className="button danger" disabled={!world || status.kind === 'busy'} title={info.effect} onClick={() => void start()}>
        ⚡ {label ?? `Start: ${info.title}`}
      </button>
      {status.kind === 'started' && <span className="muted" role="status"> Started ({status.id}). Watch the metrics change.</span>}
      {status.kind === 'error' && <span className="error inline" role="alert">{status.message}</span>}
    </span>
  );
}
