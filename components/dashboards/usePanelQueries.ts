'use client';
import { useEffect, useState } from 'react';
import type { Vector } from '@/engine/index';
import { EngineRequestError, type EngineClient } from '../system/engineClient';
import type { GridSeries } from '../system/gridSeries';
import type { RangeAnswer, WorkerError } from '../system/protocol';
import { instantVector, type TimeRange } from './panelData';
import type { RangeBatcher } from './rangeBatcher';

/**
 * PanelResult is a panel's query state. When done, `grids` holds one list of
 * series per query on the range's step grid (range panels), or `samples`
 * the instant queries' samples (tables).
 */
export type PanelResult =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'done'; readonly range: TimeRange; readonly grids: readonly (readonly GridSeries[])[]; readonly samples: Vector };

/**
 * usePanelQueries runs a panel's (interpolated) queries in the engine worker:
 * range queries over `range` (through the dashboard's `batcher`, so a
 * refresh is one round trip, or as one batch of the panel's own), or instant
 * queries at its end when `instant`. A new range or query set cancels the
 * runs in flight. While a refresh runs, the previous answer stays on screen.
 */
export function usePanelQueries(client: EngineClient | null, batcher: RangeBatcher | null, exprs: readonly string[], range: TimeRange | null, instant: boolean): PanelResult {
  const [result, setResult] = useState<PanelResult>({ kind: 'loading' });
  // One string key, so a new array with the same queries does not re-run them.
  const key = exprs.join('\u0000');
  useEffect(() => {
    if (!client || !range || key === '') return;
    const ctrl = new AbortController();
    const queries = key.split('\u0000');
    const fail = (err: unknown) => {
      if (ctrl.signal.aborted) return;
      setResult({ kind: 'error', message: err instanceof EngineRequestError ? errorText(err.detail) : String(err) });
    };
    if (instant) {
      Promise.all(queries.map((query) => client.call('instantQuery', { query, timeMs: range.viewEndMs }, ctrl.signal))).then((replies) => {
        if (!ctrl.signal.aborted) setResult({ kind: 'done', range, grids: [], samples: replies.flatMap((r) => instantVector(r.value)) });
      }, fail);
    } else {
      const params = queries.map((query) => ({ query, startMs: range.startMs, endMs: range.endMs, stepMs: range.stepMs }));
      const answers = batcher
        ? Promise.all(params.map((p) => batcher.run(p, ctrl.signal)))
        : client.call('rangeQueries', { queries: params }, ctrl.signal);
      answers.then((list) => {
        if (ctrl.signal.aborted) return;
        const failed = list.find((a): a is Extract<RangeAnswer, { ok: false }> => !a.ok);
        if (failed) setResult({ kind: 'error', message: errorText(failed.error) });
        else setResult({ kind: 'done', range, grids: list.map((a) => (a.ok ? a.series : [])), samples: [] });
      }, fail);
    }
    return () => ctrl.abort();
  }, [client, batcher, key, range, instant]);
  return result;
}

function errorText(e: WorkerError): string {
  return `${e.type}: ${e.message}`;
}
