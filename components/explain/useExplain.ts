'use client';
import { useEffect, useState } from 'react';
import { EngineRequestError } from '../system/engineClient';
import type { EngineClient } from '../system/engineClient';
import type { ExplainReply } from '../system/explainReply';
import type { WorkerError } from '../system/protocol';

export type ExplainState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly reply: ExplainReply }
  | { readonly status: 'error'; readonly error: WorkerError };

/**
 * useExplain asks the worker to explain `query` at `timeMs` whenever either
 * changes, cancelling the previous evaluation. Nothing runs until both the
 * client and a time are known.
 */
export function useExplain(client: EngineClient | null, query: string, timeMs: number | undefined): ExplainState {
  const [state, setState] = useState<ExplainState>({ status: 'idle' });
  useEffect(() => {
    if (client === null || timeMs === undefined || query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    const ctrl = new AbortController();
    setState({ status: 'loading' });
    client.call('explain', { query, timeMs }, ctrl.signal).then(
      (reply) => {
        if (!ctrl.signal.aborted) setState({ status: 'done', reply });
      },
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        const error: WorkerError =
          err instanceof EngineRequestError ? err.detail : { type: 'internal', message: err instanceof Error ? err.message : String(err) };
        setState({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [client, query, timeMs]);
  return state;
}
