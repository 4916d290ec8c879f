/// <reference lib="webworker" />
/**
 * The engine's home in the browser: owns the world (TSDB + PromQL engine) and
 * answers the page's requests. The main thread never evaluates anything.
 */
import { ParseError, QueryError } from '@/engine/index';
import { createDemoWorld } from './demoWorld';
import { createHandlers } from './handlers';
import type { MethodName, WorkerError, WorkerMessage, WorkerRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const world = createDemoWorld();
const handlers = createHandlers(world);
/** Evaluations in flight by request id, so a `cancel` can abort them. */
const running = new Map<number, AbortController>();

function post(msg: WorkerMessage): void {
  self.postMessage(msg);
}

function toError(err: unknown): WorkerError {
  if (err instanceof ParseError) return { type: 'bad_data', message: err.message, pos: err.pos };
  if (err instanceof QueryError) return { type: err.type, message: err.message, pos: err.pos };
  return { type: 'internal', message: `internal error: ${err instanceof Error ? err.message : String(err)}` };
}

async function answer(req: Exclude<WorkerRequest, { method: 'cancel' }>): Promise<void> {
  const ctrl = new AbortController();
  running.set(req.id, ctrl);
  try {
    const handler = handlers[req.method] as (p: unknown, s: AbortSignal) => unknown;
    const result = await handler(req.params, ctrl.signal);
    post({ kind: 'reply', id: req.id, ok: true, result });
  } catch (err) {
    post({ kind: 'reply', id: req.id, ok: false, error: toError(err) });
  } finally {
    running.delete(req.id);
  }
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  if (req.method === 'cancel') running.get(req.target)?.abort();
  else void answer(req as Exclude<WorkerRequest, { method: 'cancel' }> & { method: MethodName });
};

post({ kind: 'world', info: world.info() });
