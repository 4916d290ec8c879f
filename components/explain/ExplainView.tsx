'use client';
import { useEffect, useMemo, useState } from 'react';
import { useEngine, useWorld } from '../system/useEngine';
import { useBuildProgress } from '../world/useBuildProgress';
import type { ExplainNode, ExplainOk } from '../system/explainReply';
import { ExplainTree } from './ExplainTree';
import { MatchingFailure } from './MatchingFailure';
import { NodeDetail } from './NodeDetail';
import { formatClock, formatMs } from './format';
import { useExplain } from './useExplain';
import './explain.css';

export interface ExplainViewProps {
  readonly query: string;
  /** The evaluation time; defaults to the world's now when the query is first shown. */
  readonly timeMs?: number;
  /** Sends a sub-expression to the Table/Graph tabs. */
  readonly onRunSubquery?: (query: string) => void;
  /** Replaces the query being edited (used by the one-click fixes); without it a fix is explained here. */
  readonly onReplaceQuery?: (query: string) => void;
}

/**
 * ExplainView shows how the engine evaluated a query: a tree with one node
 * per sub-expression (type, series, samples read, time) and, for the chosen
 * node, what it saw and did: raw samples in selector windows, rate's
 * extrapolation arithmetic, binary matching, aggregation groups. It renders
 * the engine's own trace and computes nothing itself.
 */
export function ExplainView({ query, timeMs, onRunSubquery, onReplaceQuery }: ExplainViewProps) {
  const client = useEngine();
  const world = useWorld(client);
  const build = useBuildProgress(client);
  const [fixed, setFixed] = useState<string | null>(null);
  const shown = fixed ?? query;
  // Pin "now" per query, so clock ticks do not re-run the explanation.
  const [pin, setPin] = useState<{ readonly query: string; readonly nowMs: number } | null>(null);
  const worldNow = world?.nowMs;
  useEffect(() => setFixed(null), [query]);
  useEffect(() => {
    if (timeMs === undefined && worldNow !== undefined && pin?.query !== shown) setPin({ query: shown, nowMs: worldNow });
  }, [timeMs, worldNow, shown, pin]);
  const at = timeMs ?? (pin?.query === shown ? pin.nowMs : undefined);
  const refresh = timeMs === undefined && worldNow !== undefined ? () => setPin({ query: shown, nowMs: worldNow }) : undefined;
  const state = useExplain(client, shown, at);

  if (query.trim() === '') return <p className="muted">Enter a query to see how it is evaluated.</p>;
  if (world === null || build !== null) {
    const pct = build ? Math.round((100 * build.doneMs) / Math.max(1, build.totalMs)) : null;
    return <p className="muted explain-status" role="status">Simulating the world{pct !== null ? ` (${pct}%)` : ''}… the explanation follows.</p>;
  }
  return (
    <div className="explain" data-testid="explain-view">
      {fixed !== null && (
        <p className="explain-fixed" role="status">
          Explaining the fixed query <code>{fixed}</code>{' '}
          <button type="button" className="button secondary small" onClick={() => setFixed(null)}>Back to the original</button>
        </p>
      )}
      {state.status === 'idle' || state.status === 'loading' ? (
        <p className="muted explain-status" role="status">Evaluating with tracing on…</p>
      ) : state.status === 'error' ? (
        <div className="error" role="alert">{state.error.message}</div>
      ) : state.reply.ok ? (
        <Explained key={`${state.reply.query}@${state.reply.timeMs}`} reply={state.reply} onRunSubquery={onRunSubquery} onRefresh={refresh} />
      ) : (
        <MatchingFailure failure={state.reply} onApply={onReplaceQuery ?? setFixed} applyLabel={onReplaceQuery ? 'Use this query' : 'Explain this query'} />
      )}
    </div>
  );
}

interface ExplainedProps {
  readonly reply: ExplainOk;
  readonly onRunSubquery?: (q: string) => void;
  /** Explains again at the world's current now (only when no time was given). */
  readonly onRefresh?: () => void;
}

function Explained({ reply, onRunSubquery, onRefresh }: ExplainedProps) {
  const [selectedId, setSelectedId] = useState<string>(reply.root.id);
  const byId = useMemo(() => {
    const m = new Map<string, ExplainNode>();
    const walk = (n: ExplainNode) => {
      m.set(n.id, n);
      n.children.forEach(walk);
    };
    walk(reply.root);
    return m;
  }, [reply]);
  const selected = byId.get(selectedId) ?? reply.root;
  return (
    <>
      <p className="muted explain-summary">
        Evaluated at {formatClock(reply.timeMs)} (instant query) in {formatMs(reply.evalMs)}. Click a node to see what it did.
        {onRefresh && (
          <>
            {' '}
            <button type="button" className="button secondary small" onClick={onRefresh}>Explain at now</button>
          </>
        )}
      </p>
      <div className="explain-layout">
        <ExplainTree root={reply.root} selectedId={selected.id} onSelect={setSelectedId} />
        <NodeDetail node={selected} evalMs={reply.timeMs} onRunSubquery={onRunSubquery} />
      </div>
    </>
  );
}
