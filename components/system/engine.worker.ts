/// <reference lib="webworker" />
/**
 * The engine's home in the browser: owns the simulated world (exporters,
 * scraping, TSDB, rules, Alertmanager, PromQL) and answers the page's
 * requests. The main thread never evaluates or simulates anything.
 */
import { yieldToHost } from '@/engine/index';
import { createHandlers } from './handlers';
import type { MethodName, WorkerMessage, WorkerRequest } from './protocol';
import { toWorkerError } from './workerError';
import { readWorkerStart } from './workerStart';
import { DEFAULT_SETUP, WorldSession } from './worldSession';

declare const self: DedicatedWorkerGlobalScope;

/** How often the clock loop turns wall time into virtual time, wall ms. */
const TICK_MS = 250;

function post(msg: WorkerMessage): void {
  self.postMessage(msg);
}

// The page may name the world to build first (a reload restoring its kept world).
const start = readWorkerStart(self.name);
const session = new WorldSession(start?.setup ?? DEFAULT_SETUP, post, yieldToHost, start?.clock);
const handlers = createHandlers(session);
/** Evaluations in flight by request id, so a `cancel` can abort them. */
const running = new Map<number, AbortController>();

async function answer(req: Exclude<WorkerRequest, { method: 'cancel' }>): Promise<void> {
  const ctrl = new AbortController();
  running.set(req.id, ctrl);
  try {
    const handler = handlers[req.method] as (p: unknown, s: AbortSignal) => unknown;
    const result = await handler(req.params, ctrl.signal);
    post({ kind: 'reply', id: req.id, ok: true, result });
  } catch (err) {
    post({ kind: 'reply', id: req.id, ok: false, error: toWorkerError(err) });
  } finally {
    running.delete(req.id);
  }
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  if (req.method === 'cancel') running.get(req.target)?.abort();
  else void answer(req as Exclude<WorkerRequest, { method: 'cancel' }> & { method: MethodName });
};

// The clock loop: one tick at a time, never overlapping, so a slow tick delays the next instead of piling up.
let last = performance.now();
function loop(): void {
  const now = performance.now();
  const elapsed = now - last;
  last = now;
  session.tick(elapsed).then(
    () => setTimeout(loop, TICK_MS),
    (e: unknown) => {
      console.error('world tick failed:', e);
      setTimeout(loop, TICK_MS);
    },
  );
}
void session.current().then(() => {
  last = performance.now();
  setTimeout(loop, TICK_MS);
});
