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
  /** Node only: whether the port keeps the process alive. */
  ref?(): void;
  unref?(): void;
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

/** The channel yields go through, made once: constructing one per yield showed in worker profiles. */
let channel: { port1: HostPort; port2: HostPort } | undefined;
/** Yields waiting for their message, oldest first (a channel delivers in order). */
const waiting: (() => void)[] = [];

/** yieldToHost lets pending messages (a cancel, a timer) run before work continues. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    // A message round trip is a full task like setTimeout(0) but is not clamped
    // to 1-4 ms once timers nest, which long evaluations that yield often would pay.
    const MC = host.MessageChannel;
    if (MC) {
      if (channel === undefined) {
        const ch = new MC();
        ch.port1.onmessage = () => {
          const next = waiting.shift();
          // In Node a port with a listener keeps the process alive: only while a yield waits.
          if (waiting.length === 0) ch.port1.unref?.();
          next?.();
        };
        channel = ch;
      }
      if (waiting.length === 0) channel.port1.ref?.();
      waiting.push(resolve);
      channel.port2.postMessage(null);
    } else if (host.setTimeout) host.setTimeout(resolve, 0);
    else resolve();
  });
}
