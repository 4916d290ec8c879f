'use client';
import { useEffect, useState } from 'react';
import { useEngine, useWorld } from '../system/useEngine';
import { jobHealth, vectorLength, type ArchitectureCounts } from './architectureData';

/** How often the diagram refreshes its numbers, in virtual ms of the world's clock. */
const REFRESH_VIRTUAL_MS = 15_000;

/** useArchitectureCounts queries the world for the diagram's live numbers, refreshed as virtual time passes. */
export function useArchitectureCounts(): { counts: ArchitectureCounts | null; error: string | null } {
  const client = useEngine();
  const world = useWorld(client);
  const [counts, setCounts] = useState<ArchitectureCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bucket = world ? Math.floor(world.nowMs / REFRESH_VIRTUAL_MS) : null;
  const series = world?.numSeries;
  const nowMs = world?.nowMs;

  useEffect(() => {
    if (!client || bucket === null || nowMs === undefined) return;
    const ctrl = new AbortController();
    const q = (query: string) => client.call('instantQuery', { query, timeMs: nowMs }, ctrl.signal).then((r) => r.value);
    Promise.all([q('up'), q('push_time_seconds'), q('ALERTS{alertstate="firing"}')]).then(
      ([up, pushes, alerts]) => {
        setCounts({ jobs: jobHealth(up), pushGroups: vectorLength(pushes), firingAlerts: vectorLength(alerts), ...(series !== undefined ? { series } : {}) });
        setError(null);
      },
      (e: unknown) => {
        if (!ctrl.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => ctrl.abort();
    // Keyed by the 15 s bucket, not by nowMs itself: one refresh per scrape interval, not per clock tick.
  }, [client, bucket, series]);

  return { counts, error };
}
