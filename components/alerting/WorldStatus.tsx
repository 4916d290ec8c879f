'use client';
import { useEffect, useState } from 'react';
import type { EngineClient, BuildProgress } from '@/components/system/engineClient';
import type { WorldInfo } from '@/components/system/protocol';

/** useBuildProgress follows the history simulation of a world being built (null when none is). */
export function useBuildProgress(client: EngineClient | null): BuildProgress | null {
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  useEffect(() => {
    if (client === null) return;
    setProgress(client.building());
    const off = client.onBuilding(setProgress);
    const offWorld = client.subscribe(() => setProgress(null));
    return () => {
      off();
      offWorld();
    };
  }, [client]);
  return progress;
}

/**
 * WorldStatus stands in for a page's content until the world exists: the
 * worker first simulates an hour of history, and nothing can be shown before.
 */
export function WorldStatus({ client, world }: { client: EngineClient | null; world: WorldInfo | null }) {
  const progress = useBuildProgress(client);
  if (world !== null) return null;
  const pct = progress === null || progress.totalMs === 0 ? null : Math.round((100 * progress.doneMs) / progress.totalMs);
  return (
    <p className="loading-line muted" role="status" data-testid="world-status">
      <span className="spinner" aria-hidden="true" /> Simulating the world’s first hour of history{pct === null ? '…' : ` … ${pct}%`}
    </p>
  );
}
