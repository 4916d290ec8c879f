'use client';
import type { IncidentView } from '@/engine/index';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineClient } from '../system/engineClient';
import type { WorldInfo } from '../system/protocol';
import { listIncidents } from './incidentApi';

/** Incidents change state with virtual time: re-read the list at most this often, wall ms. */
const REFRESH_MS = 1000;

/**
 * useIncidents keeps the world's incident list fresh: it re-reads it as the
 * clock moves (at most once a second) and at once after `refresh()`.
 */
export function useIncidents(client: EngineClient | null, world: WorldInfo | null) {
  const [incidents, setIncidents] = useState<readonly IncidentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastRead = useRef(0);
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (!client || inFlight.current) return;
    inFlight.current = true;
    lastRead.current = performance.now();
    try {
      setIncidents(await listIncidents(client));
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      inFlight.current = false;
    }
  }, [client]);

  const nowMs = world?.nowMs;
  const seed = world?.seed;
  useEffect(() => {
    if (nowMs === undefined) return;
    const wait = REFRESH_MS - (performance.now() - lastRead.current);
    if (wait <= 0) {
      void refresh();
      return;
    }
    const t = setTimeout(() => void refresh(), wait);
    return () => clearTimeout(t);
  }, [nowMs, seed, refresh]);

  return { incidents, error, refresh };
}
