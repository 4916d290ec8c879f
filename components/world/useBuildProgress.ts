'use client';
import { useSyncExternalStore } from 'react';
import type { BuildProgress, EngineClient } from '../system/engineClient';

const noop = () => () => {};

/**
 * useBuildProgress is the progress of the world being simulated (history
 * before it is shown, or a reset), null when none is being built. It updates
 * on build events and clears on the world event that ends the build.
 */
export function useBuildProgress(client: EngineClient | null): BuildProgress | null {
  return useSyncExternalStore(
    client
      ? (cb) => {
        const offBuild = client.onBuilding(cb);
        const offWorld = client.subscribe(cb);
        return () => {
          offBuild();
          offWorld();
        };
      }
      : noop,
    () => client?.building() ?? null,
    () => null,
  );
}
