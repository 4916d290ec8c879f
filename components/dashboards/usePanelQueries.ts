'use client';
import { useEffect, useState } from 'react';
import type { Value } from '@/engine/index';
import { EngineRequestError, type EngineClient } from '../system/engineClient';
import type { TimeRange } from './panelData';

/** PanelResult is a panel's query state; `values` has one entry per query. */
export type PanelResult =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'done'; readonly values: readonly Value[]; readonly range: TimeRange };

/**
 * usePanelQueries runs a panel's (interpolated) queries in the engine worker:
 * range queries over `range`, or instant queries at its end when `instant`.
 * A new range or query set cancels the runs in flight. While a refresh runs,
 * the previous answer stays on screen.
 */
export function usePanelQueries(client: EngineClient | null, exprs: readonly string[], range: TimeRange | null, instant: boolean): PanelResult {
  const [result, setResult] = useState<PanelResult>({ kind: 'loading' });
  // One string key, so a new array with the same queries does not re-run them.
  const key = exprs.join('\u0000');
  useEffect(() => {
    if (!client || !range || key === '') return;
    const ctrl = new AbortController();
    const runs = key.split('\u0000').map((query) =>
      instant
        ? client.call('instantQuery', { query, timeMs: range.endMs }, ctrl.signal)
        : client.call('rangeQuery', { query, ...range }, ctrl.signal));
    Promise.all(runs).then(
      (replies) => { if (!ctrl.signal.aborted) setResult({ kind: 'done', values: replies.map((r) => r.value), range }); },
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        setResult({ kind: 'error', message: err instanceof EngineRequestError ? `${err.detail.type}: ${err.message}` : String(err) });
      },
    );
    return () => ctrl.abort();
  }, [client, key, range, instant]);
  return result;
}
