'use client';
import { useCallback, useRef, useState } from 'react';
import { useEngine, useWorld } from '../system/useEngine';
import { EngineRequestError } from '../system/engineClient';
import type { QueryReply } from '../system/protocol';
import { ResultTable } from '../panels/ResultTable';

const EXAMPLES = [
  'sum by (handler) (rate(http_requests_total[5m]))',
  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))',
  'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))',
  '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))',
];

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly reply: QueryReply; readonly query: string }
  | { readonly kind: 'error'; readonly message: string; readonly query: string; readonly pos?: { start: number; end: number } };

/**
 * QueryConsole runs PromQL instant queries against the demo dataset, in the
 * engine worker. Enter runs; Shift+Enter inserts a newline.
 */
export function QueryConsole() {
  const client = useEngine();
  const info = useWorld(client);
  const [query, setQuery] = useState(EXAMPLES[0]!);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const run = useCallback(async (q: string) => {
    if (!client || !info) return;
    abortRef.current?.abort();
    const ctrl = new AbortController();
    abortRef.current = ctrl;
    setState({ kind: 'running' });
    try {
      const reply = await client.call('instantQuery', { query: q, timeMs: info.nowMs }, ctrl.signal);
      setState({ kind: 'done', reply, query: q });
    } catch (err) {
      const detail = err instanceof EngineRequestError ? err.detail : { message: String(err) };
      setState({ kind: 'error', message: detail.message, query: q, pos: 'pos' in detail ? detail.pos : undefined });
    }
  }, [client, info]);

  return (
    <div className="card" data-testid="query-console">
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <textarea
          className="mono"
          aria-label="PromQL expression"
          value={query}
          rows={Math.min(6, query.split('\n').length + 1)}
          style={{ flex: 1, padding: 8, fontSize: 14, border: '1px solid var(--border)', borderRadius: 6, resize: 'vertical' }}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void run(query);
            }
          }}
        />
        {state.kind === 'running' ? (
          <button className="button secondary" onClick={() => abortRef.current?.abort()}>Cancel</button>
        ) : (
          <button className="button" disabled={!info} onClick={() => void run(query)}>Execute</button>
        )}
      </div>
      <div className="muted" style={{ fontSize: 13, margin: '8px 0' }}>
        {info
          ? <>Demo data: {info.numSeries} series, {info.metricNames.length} metrics, evaluated at {new Date(info.nowMs).toISOString()}. Try:{' '}
            {EXAMPLES.slice(1).map((ex) => <button key={ex} className="button secondary" style={{ fontSize: 12, padding: '2px 6px', margin: 2 }} onClick={() => { setQuery(ex); void run(ex); }}>{ex.slice(0, 40)}…</button>)}</>
          : 'Starting the engine…'}
      </div>
      {state.kind === 'error' && (
        <div className="error" role="alert">{state.message}{state.pos && <>{'\n'}{state.query}{'\n'}{' '.repeat(state.pos.start)}^</>}</div>
      )}
      {state.kind === 'done' && (
        <>
          {[...state.reply.warnings, ...state.reply.infos].map((w) => <div key={w.text} className="warning">{w.text}</div>)}
          <p className="muted" style={{ fontSize: 12 }}>Evaluated in {state.reply.evalMs.toFixed(1)} ms</p>
          <ResultTable value={state.reply.value} />
        </>
      )}
    </div>
  );
}
