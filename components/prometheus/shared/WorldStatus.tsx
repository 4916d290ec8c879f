'use client';
import { useEffect, useState } from 'react';
import type { BuildProgress } from '../../system/engineClient';
import { useEngine, useWorld } from '../../system/useEngine';

/**
 * LoadingLine is what a view shows before its first answer: the progress of
 * the world's history simulation while it runs ("Simulating… 40%"), else
 * `what`.
 */
export function LoadingLine({ what = 'Loading…' }: { what?: string }) {
  const client = useEngine();
  const world = useWorld(client);
  const [build, setBuild] = useState<BuildProgress | null>(null);
  useEffect(() => {
    if (!client) return;
    setBuild(client.building());
    return client.onBuilding(setBuild);
  }, [client]);
  const simulating = !world || build !== null;
  const pct = build && build.totalMs > 0 ? Math.floor((100 * build.doneMs) / build.totalMs) : undefined;
  return (
    <p className="muted loading-line" role="status" data-state={simulating ? 'simulating' : 'loading'}>
      <span className="spinner" aria-hidden="true" />{' '}
      {simulating ? `Simulating the world’s history${pct === undefined ? '…' : `… ${pct}%`}` : what}
    </p>
  );
}

/** ErrorLine shows a failed request's message; nothing from it is rendered as HTML. */
export function ErrorLine({ message }: { message: string }) {
  return <div className="error" role="alert">{message}</div>;
}
