'use client';
import { useEffect, useRef } from 'react';
import type { QueryReply } from '../system/protocol';
import type { useQueryRunner } from './useQueryRunner';

/** What a tab asks the worker: the parameters (echoed back with the reply) and how to ask. */
export interface AutoRunRequest {
  readonly query: string;
  readonly request: unknown;
  readonly exec: (signal: AbortSignal) => Promise<QueryReply>;
}

/**
 * useAutoRun runs a tab's query when the user asks (a new submission or new
 * view parameters: `userKey`) and refreshes it when the clock moves
 * (`liveKey`). A user request cancels whatever runs; a clock refresh never
 * does: it waits until the current run is done, and after an error it
 * waits for the user, so a failing query is not retried on every tick.
 */
export function useAutoRun(runner: ReturnType<typeof useQueryRunner>, userKey: string, liveKey: string, make: () => AutoRunRequest | null): void {
  const last = useRef<{ user: string; live: string } | null>(null);
  const makeRef = useRef(make);
  makeRef.current = make;
  const { run, state } = runner;
  const settled = state.kind !== 'running';
  const failed = state.kind === 'error';
  useEffect(() => {
    const prev = last.current;
    const userChanged = prev === null || prev.user !== userKey;
    if (!userChanged && (prev.live === liveKey || !settled || failed)) return;
    const req = makeRef.current();
    if (!req) return;
    last.current = { user: userKey, live: liveKey };
    void run(req.query, req.request, req.exec, !userChanged);
  }, [userKey, liveKey, settled, failed, run]);
}
