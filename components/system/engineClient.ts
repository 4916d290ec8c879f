import { workerName, type WorkerStart } from './workerStart';
import type { MethodName, Params, Result, WorkerError, WorkerMessage, WorkerRequest, WorldInfo } from './protocol';

/** EngineRequestError is a failed request, carrying the engine's error type and position. */
export class EngineRequestError extends Error {
  constructor(readonly detail: WorkerError) {
    super(detail.message);
    this.name = 'EngineRequestError';
  }
}

/** BuildProgress is how much of a new world's history has been simulated. */
export interface BuildProgress {
  readonly doneMs: number;
  readonly totalMs: number;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * EngineClient is the one typed bridge from React to the engine worker.
 * `call` returns a promise per request; passing an AbortSignal cancels the
 * evaluation in the worker (the promise then rejects with the engine's
 * "query was canceled" error). World events are delivered to subscribers.
 */
export class EngineClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(info: WorldInfo) => void>();
  private readonly buildListeners = new Set<(p: BuildProgress) => void>();
  private world: WorldInfo | null = null;
  private build: BuildProgress | null = null;
  private nextId = 1;

  /** `start` names the world the worker builds first (default: the default world). */
  constructor(start?: WorkerStart) {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: workerName(start) });
    this.worker.onmessage = (ev: MessageEvent<WorkerMessage>) => this.receive(ev.data);
    this.worker.onerror = (ev: ErrorEvent) => this.fail(`internal error: the engine worker failed: ${ev.message || 'it could not start'}`);
  }

  /** fail rejects every pending request: the worker died (a bug, not a user mistake). */
  private fail(message: string): void {
    for (const p of this.pending.values()) p.reject(new EngineRequestError({ type: 'internal', message }));
    this.pending.clear();
  }

  private receive(msg: WorkerMessage): void {
    if (msg.kind === 'building') {
      this.build = { doneMs: msg.doneMs, totalMs: msg.totalMs };
      for (const l of this.buildListeners) l(this.build);
      return;
    }
    if (msg.kind === 'world') {
      this.build = null;
      this.world = msg.info;
      for (const l of this.listeners) l(msg.info);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new EngineRequestError(msg.error));
  }

  /** call sends one request; the promise settles with the worker's reply. */
  call<M extends MethodName>(method: M, params: Params<M>, signal?: AbortSignal): Promise<Result<M>> {
    const id = this.nextId++;
    return new Promise<Result<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      if (signal) {
        if (signal.aborted) this.cancel(id);
        else signal.addEventListener('abort', () => this.cancel(id), { once: true });
      }
      this.worker.postMessage({ id, method, params } as WorkerRequest);
    });
  }

  private cancel(target: number): void {
    if (this.pending.has(target)) this.worker.postMessage({ id: this.nextId++, method: 'cancel', target } satisfies WorkerRequest);
  }

  /** worldInfo is the latest world event, or null before the worker has loaded its data. */
  worldInfo(): WorldInfo | null {
    return this.world;
  }

  /** building is the progress of a world being simulated (null when none is). */
  building(): BuildProgress | null {
    return this.build;
  }

  /** onBuilding calls `listener` on every build progress event; returns the unsubscribe function. */
  onBuilding(listener: (p: BuildProgress) => void): () => void {
    this.buildListeners.add(listener);
    return () => this.buildListeners.delete(listener);
  }

  /** subscribe calls `listener` on every world event; returns the unsubscribe function. */
  subscribe(listener: (info: WorldInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
