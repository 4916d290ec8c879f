/**
 * The few host facilities the engine needs, typed here because the engine's
 * tsconfig has no DOM or Node libs. Present in Node and in Web Workers alike.
 */

/** AbortSignalLike is the part of AbortSignal the engine reads. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

interface HostPort {
  onmessage: ((ev: unknown) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

interface HostGlobals {
  setTimeout?: (fn: () => void, ms: number) => unknown;
  performance?: { now(): number };
  MessageChannel?: new () => { port1: HostPort; port2: HostPort };
}

const host = globalThis as unknown as HostGlobals;

/** wallClockMs measures elapsed real time for timeouts and timings (never for data). */
export function wallClockMs(): number {
  return host.performance ? host.performance.now() : Date.now();
}

/** yieldToHost lets pending messages (a cancel, a timer) run before work continues. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    // A message round trip is a full task like setTimeout(0) but is not clamped
    // to 1-4 ms once timers nest, which long evaluations that yield often would pay.
    if (host.MessageChannel) {
      const ch = new host.MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        ch.port2.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else if (host.setTimeout) host.setTimeout(resolve, 0);
    else resolve();
  });
}
