'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEngine, useWorld } from '@/components/system/useEngine';
import type { EngineClient } from '@/components/system/engineClient';
import type { WorldInfo } from '@/components/system/protocol';
import { describeError, requestJson } from './http';

/** The least wall time between two refreshes driven by the clock, ms: the world ticks every 250 ms. */
const REFRESH_EVERY_MS = 1000;

const changeListeners = new Set<() => void>();

/** announceChange tells every resource on the page to refetch now (after a silence, an incident, an advance). */
export function announceChange(): void {
  for (const l of changeListeners) l();
}

export interface Resource<T> {
  readonly data: T | null;
  readonly error: string | null;
  /** True until the first answer (or error) arrives. */
  readonly loading: boolean;
  readonly client: EngineClient | null;
  readonly world: WorldInfo | null;
  readonly reload: () => void;
}

/**
 * useEngineResource GETs `url` from the engine and keeps it fresh as the
 * virtual clock moves (at most once a second) and whenever announceChange
 * is called. A failed refresh keeps the last data and reports the error.
 * `url` null pauses it.
 */
export function useEngineResource<T>(url: string | null): Resource<T> {
  const client = useEngine();
  const world = useWorld(client);
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const inFlight = useRef(false);
  const lastFetchMs = useRef(0);
  const [bump, setBump] = useState(0);

  const reload = useCallback(() => setBump((n) => n + 1), []);

  useEffect(() => {
    changeListeners.add(reload);
    return () => void changeListeners.delete(reload);
  }, [reload]);

  // A new URL starts from scratch.
  useEffect(() => {
    setData(null);
    setError(null);
    setLoading(true);
    lastFetchMs.current = 0;
  }, [url]);

  const fetchNow = useCallback(async () => {
    if (client === null || url === null || inFlight.current) return;
    inFlight.current = true;
    lastFetchMs.current = performance.now();
    try {
      setData(await requestJson<T>(client, 'GET', url));
      setError(null);
    } catch (e) {
      setError(describeError(e));
    } finally {
      inFlight.current = false;
      setLoading(false);
    }
  }, [client, url]);

  useEffect(() => {
    void fetchNow();
  }, [fetchNow, bump]);

  const nowMs = world?.nowMs;
  useEffect(() => {
    if (nowMs === undefined || performance.now() - lastFetchMs.current < REFRESH_EVERY_MS) return;
    void fetchNow();
  }, [nowMs, fetchNow]);

  return { data, error, loading, client, world, reload };
}
