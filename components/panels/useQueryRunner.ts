'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { EngineRequestError } from '../system/engineClient';
import type { QueryReply, WorkerError } from '../system/protocol';

export interface DoneState {
  readonly kind: 'done';
  readonly query: string;
  readonly reply: QueryReply;
  readonly elapsedMs: number;
  /** The parameters that produced the reply, echoed back to the view. */
  readonly request: unknown;
}

/** RunState: while a query runs, the previous answer stays available so views can keep showing it. */
export type RunState =
  | { readonly kind: 'idle' }
  /** `background`: a refresh because the clock moved, not something the user asked for. */
  | { readonly kind: 'running'; readonly query: string; readonly previous: DoneState | null; readonly background: boolean }
  | DoneState
  | { readonly kind: 'error'; readonly query: string; readonly error: WorkerError };

/** shownResult is the answer a view should display: the current one, or the previous one while running. */
export function shownResult(state: RunState): DoneState | null {
  return state.kind === 'done' ? state : state.kind === 'running' ? state.previous : null;
}

/**
 * useQueryRunner runs one query at a time for a panel: starting a new run or
 * unmounting cancels the previous one in the worker. `request` is echoed in
 * the done state so the view can tell which parameters produced the reply.
 */
export function useQueryRunner() {
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const ctrl = useRef<AbortController | null>(null);

  const run = useCallback(async (query: string, request: unknown, exec: (signal: AbortSignal) => Promise<QueryReply>, background = false) => {
    ctrl.current?.abort();
    const mine = new AbortController();
    ctrl.current = mine;
    setState((prev) => ({ kind: 'running', query, previous: shownResult(prev), background }));
    const started = performance.now();
    try {
      const reply = await exec(mine.signal);
      if (ctrl.current === mine) setState({ kind: 'done', query, reply, elapsedMs: performance.now() - started, request });
    } catch (err) {
      if (ctrl.current !== mine) return;
      const error = err instanceof EngineRequestError ? err.detail : { type: 'internal', message: String(err) };
      setState({ kind: 'error', query, error });
    }
  }, []);

  const cancel = useCallback(() => ctrl.current?.abort(), []);
  const reset = useCallback(() => {
    ctrl.current?.abort();
    ctrl.current = null;
    setState({ kind: 'idle' });
  }, []);

  useEffect(() => () => ctrl.current?.abort(), []);
  return { state, run, cancel, reset };
}
