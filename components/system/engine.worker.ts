/// <reference lib="webworker" />
/**
 * The engine's home in the browser: owns the TSDB and the PromQL engine and
 * answers the page's requests. The main thread never evaluates anything.
 */
import { createEngine, createHead, formatAnnotation, generateDataset, ParseError, QueryError, type QueryResult } from '@/engine/index';
import type { QueryReply, WorkerError, WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const head = createHead();
const dataset = generateDataset(1);
{
  const app = head.appender();
  for (let i = 0; i < dataset.points; i++) {
    const t = dataset.startMs + i * dataset.intervalMs;
    for (const s of dataset.series) app.append(s.labels, t, s.values[i]!);
  }
}
const engine = createEngine({});
const running = new Map<number, AbortController>();

function toReply(res: QueryResult, query: string): QueryReply {
  const texts = (sev: 'warning' | 'info') => res.annotations.filter((a) => a.severity === sev).map((a) => formatAnnotation(a, query));
  return { value: res.value, warnings: texts('warning'), infos: texts('info'), evalMs: res.stats.evalTotalTimeMs };
}

function toError(err: unknown): WorkerError {
  if (err instanceof ParseError) return { type: 'bad_data', message: err.message, pos: err.pos };
  if (err instanceof QueryError) return { type: err.type, message: err.message, pos: err.pos };
  return { type: 'internal', message: err instanceof Error ? err.message : String(err) };
}

async function handle(req: WorkerRequest): Promise<WorkerResponse | undefined> {
  switch (req.kind) {
    case 'cancel':
      running.get(req.target)?.abort();
      return undefined;
    case 'info': {
      const names = head.querier(head.minTime, head.maxTime).labelValues('__name__');
      return { id: req.id, ok: true, kind: 'info', info: { minTimeMs: head.minTime, maxTimeMs: head.maxTime, numSeries: head.numSeries, metricNames: names } };
    }
    case 'instant':
    case 'range': {
      const ctrl = new AbortController();
      running.set(req.id, ctrl);
      try {
        const res = req.kind === 'instant'
          ? await engine.instantQuery(head, req.query, req.timeMs, { signal: ctrl.signal })
          : await engine.rangeQuery(head, req.query, req.startMs, req.endMs, req.stepMs, { signal: ctrl.signal });
        return { id: req.id, ok: true, kind: 'query', reply: toReply(res, req.query) };
      } finally {
        running.delete(req.id);
      }
    }
  }
}

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const req = ev.data;
  handle(req).then(
    (res) => res && self.postMessage(res),
    (err: unknown) => self.postMessage({ id: req.id, ok: false, error: toError(err) } satisfies WorkerResponse),
  );
};
