import type { RangeAnswer, RangeQueryParams } from '../system/protocol';

/** RangeBatcher runs range queries for a dashboard's panels, many per worker round trip. */
export interface RangeBatcher {
  /** run settles with the query's answer; after `signal` aborts its answer is of no use (it may still arrive). */
  run(query: RangeQueryParams, signal: AbortSignal): Promise<RangeAnswer>;
}

/** SendBatch sends queries in one request (`rangeQueries`), cancelled by `signal`. */
export type SendBatch = (queries: readonly RangeQueryParams[], signal: AbortSignal) => Promise<RangeAnswer[]>;

interface Waiting {
  readonly query: RangeQueryParams;
  readonly signal: AbortSignal;
  readonly resolve: (a: RangeAnswer) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * createRangeBatcher collects the queries asked for in one task (a refresh
 * runs every panel's effect in one commit) and sends them after it as one
 * batch. All answers arrive together, so React renders every panel in one
 * pass and they are drawn in the same frame. The batch is cancelled in the
 * worker once every panel waiting on it has given up.
 */
export function createRangeBatcher(send: SendBatch): RangeBatcher {
  let queued: Waiting[] = [];

  function flush(): void {
    const batch = queued.filter((w) => !w.signal.aborted);
    queued = [];
    if (batch.length === 0) return;
    const ctrl = new AbortController();
    let waiting = batch.length;
    for (const w of batch) w.signal.addEventListener('abort', () => { if (--waiting === 0) ctrl.abort(); }, { once: true });
    send(batch.map((w) => w.query), ctrl.signal).then(
      (answers) => batch.forEach((w, i) => w.resolve(answers[i]!)),
      (err: unknown) => batch.forEach((w) => w.reject(err)),
    );
  }

  return {
    run: (query, signal) => new Promise<RangeAnswer>((resolve, reject) => {
      queued.push({ query, signal, resolve, reject });
      if (queued.length === 1) queueMicrotask(flush);
    }),
  };
}
