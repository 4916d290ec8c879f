'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineClient } from '../../system/engineClient';
import { useEngine } from '../../system/useEngine';

/** The least wall time between two refreshes driven by world ticks (ticks come every 250 ms). */
export const REFRESH_MS = 1000;

export interface Polled<T> {
  readonly data: T | undefined;
  readonly error: string | undefined;
  /** True until the first answer (or error) arrives. */
  readonly loading: boolean;
  /** refresh loads again now (after a command changed the world). */
  readonly refresh: () => void;
}

/**
 * usePolled loads `load(client)` once the engine is up and again on world
 * ticks, at most once per `refreshMs` of wall time (null: load once), never
 * two loads at once. The last
 * good data stays while a refresh fails; `key` changes start over.
 */
export function usePolled<T>(key: string, load: (client: EngineClient, signal: AbortSignal) => Promise<T>, refreshMs: number | null = REFRESH_MS): Polled<T> & { client: EngineClient | null } {
  const client = useEngine();
  const [state, setState] = useState<{ key: string; data?: T; error?: string; loaded: boolean }>({ key, loaded: false });
  const loadRef = useRef(load);
  loadRef.current = load;
  const [nonce, setNonce] = useState(0);
  const refresh = useCallback(() => setNonce((n) => n + 1), []);

  useEffect(() => {
    if (!client) return;
    const ctrl = new AbortController();
    let running = false;
    let lastMs = 0;
    const run = () => {
      if (running || ctrl.signal.aborted) return;
      running = true;
      lastMs = Date.now();
      loadRef.current(client, ctrl.signal).then(
        (data) => { if (!ctrl.signal.aborted) setState({ key, data, loaded: true }); },
        (e: unknown) => { if (!ctrl.signal.aborted) setState((s) => ({ key, ...(s.key === key && s.data !== undefined ? { data: s.data } : {}), error: e instanceof Error ? e.message : String(e), loaded: true })); },
      ).finally(() => { running = false; });
    };
    run();
    const unsubscribe = refreshMs !== null ? client.subscribe(() => { if (Date.now() - lastMs >= refreshMs) run(); }) : () => {};
    return () => {
      ctrl.abort();
      unsubscribe();
    };
  }, [client, key, refreshMs, nonce]);

  const current = state.key === key;
  return { client, data: current ? state.data : undefined, error: current ? state.error : undefined, loading: !current || !state.loaded, refresh };
}
