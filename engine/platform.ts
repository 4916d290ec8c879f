/**
 * The few host facilities the engine needs, typed here because the engine's
 * tsconfig has no DOM or Node libs. Present in Node and in Web Workers alike.
 */

/** AbortSignalLike is the part of AbortSignal the engine reads. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

interface HostGlobals {
  setTimeout?: (fn: () => void, ms: number) => unknown;
  performance?: { now(): number };
}

const host = globalThis as unknown as HostGlobals;

/** wallClockMs measures elapsed real time for timeouts and timings (never for data). */
export function wallClockMs(): number {
  return host.performance ? host.performance.now() : Date.now();
}

/** yieldToHost lets pending messages (a cancel, a timer) run before work continues. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    if (host.setTimeout) host.setTimeout(resolve, 0);
    else resolve();
  });
}
