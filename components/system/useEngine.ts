'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { EngineClient } from './engineClient';
import type { WorldInfo } from './protocol';
import type { WorkerStart } from './workerStart';

let shared: EngineClient | null = null;

/**
 * engineClient returns the tab's one engine worker client, starting the
 * worker on first use. The worker lives as long as the tab, so moving between
 * pages keeps its loaded data. `start` (the world to build first) counts only
 * on that first use.
 */
export function engineClient(start?: WorkerStart): EngineClient {
  shared ??= new EngineClient(start);
  return shared;
}

/** useEngine returns the shared client once mounted in the browser (null during SSR and the first render). */
export function useEngine(): EngineClient | null {
  const [client, setClient] = useState<EngineClient | null>(null);
  useEffect(() => setClient(engineClient()), []);
  return client;
}

const noop = () => () => {};

/** useWorld returns the world's latest info (its time span and "now"), null until the worker is ready. */
export function useWorld(client: EngineClient | null): WorldInfo | null {
  return useSyncExternalStore(
    client ? (cb) => client.subscribe(cb) : noop,
    () => client?.worldInfo() ?? null,
    () => null,
  );
}
