import type { QueryReply, WorkerError, WorkerRequest, WorkerResponse, WorldInfo } from './protocol';

/** EngineRequestError is a failed request, carrying the engine's error type and position. */
export class EngineRequestError extends Error {
  constructor(readonly detail: WorkerError) {
    super(detail.message);
    this.name = 'EngineRequestError';
  }
}

type Pending = { resolve: (r: WorkerResponse) => void };
type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * EngineClient is the one typed bridge from React to the engine worker.
 * Every call returns a promise; queries can be cancelled with an AbortSignal.
 */
export class EngineClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const p = this.pending.get(ev.data.id);
      if (!p) return;
      this.pending.delete(ev.data.id);
      p.resolve(ev.data);
    };
  }

  private send(body: RequestBody, signal?: AbortSignal): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      signal?.addEventListener('abort', () => this.worker.postMessage({ id: this.nextId++, kind: 'cancel', target: id } satisfies WorkerRequest), { once: true });
      this.worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  async info(): Promise<WorldInfo> {
    const res = await this.send({ kind: 'info' });
    if (!res.ok) throw new EngineRequestError(res.error);
    if (res.kind !== 'info') throw new Error('internal error: unexpected reply');
    return res.info;
  }

  async instantQuery(query: string, timeMs: number, signal?: AbortSignal): Promise<QueryReply> {
    return this.queryReply(await this.send({ kind: 'instant', query, timeMs }, signal));
  }

  async rangeQuery(query: string, startMs: number, endMs: number, stepMs: number, signal?: AbortSignal): Promise<QueryReply> {
    return this.queryReply(await this.send({ kind: 'range', query, startMs, endMs, stepMs }, signal));
  }

  private queryReply(res: WorkerResponse): QueryReply {
    if (!res.ok) throw new EngineRequestError(res.error);
    if (res.kind !== 'query') throw new Error('internal error: unexpected reply');
    return res.reply;
  }

  dispose(): void {
    this.worker.terminate();
  }
}
