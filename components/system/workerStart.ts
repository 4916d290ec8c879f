import type { WorldSetup } from './protocol';

/** WorkerStart is the world a new worker builds first and its clock, instead of the default. */
export interface WorkerStart {
  readonly setup: WorldSetup;
  readonly clock?: { readonly speed?: number; readonly paused?: boolean };
}

const PREFIX = 'engine:';

/**
 * workerName carries the start in the Worker's `name`, which the worker can
 * read before its first message: so a tab that restores a kept world builds
 * that world once, instead of building the default and then rebuilding.
 */
export function workerName(start?: WorkerStart): string {
  return start ? PREFIX + JSON.stringify(start) : 'engine';
}

/** readWorkerStart is the inverse; anything malformed gives undefined (the default world is built). */
export function readWorkerStart(name: string): WorkerStart | undefined {
  if (!name.startsWith(PREFIX)) return undefined;
  try {
    const v = JSON.parse(name.slice(PREFIX.length)) as Partial<WorkerStart> | null;
    if (!v || typeof v !== 'object' || !v.setup || typeof v.setup.seed !== 'number') return undefined;
    const clock = v.clock && typeof v.clock === 'object' ? v.clock : undefined;
    return {
      setup: v.setup,
      ...(clock
        ? {
            clock: {
              ...(typeof clock.speed === 'number' ? { speed: clock.speed } : {}),
              ...(typeof clock.paused === 'boolean' ? { paused: clock.paused } : {}),
            },
          }
        : {}),
    };
  } catch {
    return undefined;
  }
}
