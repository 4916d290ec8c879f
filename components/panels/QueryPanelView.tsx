'use client';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { RUN_ALL_EVENT } from '../shell/shortcutEvents';
import { HISTORY_EVENT, loadHistory, rememberQuery } from '../editor/queryHistory';
import type { EngineClient } from '../system/engineClient';
import { EngineRequestError } from '../system/engineClient';
import type { WorldInfo } from '../system/protocol';
import { AnnotationList } from './AnnotationList';
import { GraphTab } from './GraphTab';
import { HistoryMenu } from './HistoryMenu';
import type { PanelState, PanelTab } from './panelState';
import { QueryErrorBox } from './QueryErrorBox';
import { RunStatus } from './RunStatus';
import { TableTab } from './TableTab';
import { useQueryRunner } from './useQueryRunner';

/**
 * The editor (CodeMirror with PromQL support, about half of this page's
 * script) loads right after the page instead of with it; until then the
 * query shows as text in the same place.
 */
const PromQLEditor = dynamic(() => import('../editor/PromQLEditor').then((m) => m.PromQLEditor), {
  ssr: false,
  loading: () => <div className="editor-placeholder mono" aria-busy="true">Loading the editor…</div>,
});

export interface QueryPanelViewProps {
  readonly engine: EngineClient;
  readonly world: WorldInfo;
  readonly panel: PanelState;
  readonly theme: 'light' | 'dark';
  readonly onChange: (patch: Partial<PanelState>) => void;
  /** Extra toolbar buttons (the playground's move, duplicate and remove). */
  readonly actions?: ReactNode;
  /** false shows the query read-only, without Format and history (lessons, embeds). */
  readonly editable?: boolean;
}

// Loaded when first opened: the explain views are big and most visits never open them.
const ExplainTab = dynamic(() => import('./ExplainTab').then((m) => m.ExplainTab), {
  ssr: false,
  loading: () => <p className="muted" role="status"><span className="spinner" aria-hidden="true" /> Loading the explain view…</p>,
});

const TABS: readonly [PanelTab, string][] = [['table', 'Table'], ['graph', 'Graph'], ['explain', 'Explain']];

/**
 * QueryPanelView is one expression with its Table, Graph and Explain views.
 * The query runs on Execute (or Enter), again when the view's parameters
 * change, and follows the world's clock while its time is "now (live)"; a
 * panel restored with an expression runs it straight away.
 */
export function QueryPanelView({ engine, world, panel, theme, onChange, actions, editable = true }: QueryPanelViewProps) {
  const runner = useQueryRunner();
  const [submitted, setSubmitted] = useState({ query: panel.expr, seq: 0 });
  const [history, setHistory] = useState<readonly string[]>([]);
  const [drawMs, setDrawMs] = useState<number | null>(null);
  const [formatError, setFormatError] = useState<string | null>(null);
  useEffect(() => {
    const reload = () => setHistory(loadHistory());
    reload();
    addEventListener(HISTORY_EVENT, reload);
    return () => removeEventListener(HISTORY_EVENT, reload);
  }, []);

  const markName = `pp:submit:${panel.id}`;
  const execute = useCallback((query: string) => {
    performance.clearMarks(markName);
    performance.mark(markName);
    setDrawMs(null);
    setFormatError(null);
    if (editable) setHistory(rememberQuery(query));
    if (query.trim() === '') runner.reset();
    setSubmitted((s) => ({ query, seq: s.seq + 1 }));
  }, [markName, runner, editable]);

  // Ctrl+Enter anywhere runs every panel (see components/shell/Shortcuts).
  const expr = panel.expr;
  useEffect(() => {
    const runMine = () => execute(expr);
    addEventListener(RUN_ALL_EVENT, runMine);
    return () => removeEventListener(RUN_ALL_EVENT, runMine);
  }, [execute, expr]);

  const onDrawn = useCallback(() => {
    if (performance.getEntriesByName(markName, 'mark').length === 0) return;
    const m = performance.measure('pp:enter-to-graph', markName);
    performance.clearMarks(markName);
    setDrawMs(m.duration);
  }, [markName]);

  const format = async () => {
    try {
      onChange({ expr: await engine.call('formatQuery', { query: panel.expr }) });
      setFormatError(null);
    } catch (err) {
      setFormatError(err instanceof EngineRequestError ? err.message : String(err));
    }
  };

  // Each tab asks its own question (instant vs range): drop the other tab's answer.
  const switchTab = (tab: PanelTab) => {
    if (tab === panel.tab) return;
    runner.reset();
    onChange({ tab });
  };

  const { state } = runner;
  const running = state.kind === 'running' && !state.background;
  const viewProps = { engine, world, panel, submitted, runner, onChange };
  return (
    <section className="card panel" data-panel={panel.id} aria-label="Query panel">
      <div className="panel-toolbar">
        <div className="editor-box">
          <PromQLEditor engine={engine} value={panel.expr} onChange={(expr) => onChange({ expr })} onRun={() => execute(panel.expr)} history={history} theme={theme} readOnly={!editable} />
        </div>
        <div className="panel-actions">
          {running
            ? <button type="button" className="button secondary" onClick={runner.cancel}>Cancel</button>
            : <button type="button" className="button" onClick={() => execute(panel.expr)}>Execute</button>}
          {editable && <button type="button" className="button secondary" title="Pretty-print the expression" onClick={() => void format()}>Format</button>}
          {editable && <HistoryMenu history={history} onPick={(q) => { onChange({ expr: q }); execute(q); }} />}
          {actions}
        </div>
      </div>
      {formatError && <div className="error" role="alert">{formatError}</div>}
      <div className="tabs" role="tablist">
        {TABS.map(([tab, label]) => (
          <button key={tab} type="button" role="tab" aria-selected={panel.tab === tab} className={panel.tab === tab ? 'tab active' : 'tab'} onClick={() => switchTab(tab)}>
            {label}
          </button>
        ))}
        {panel.tab !== 'explain' && <RunStatus state={state} drawMs={panel.tab === 'graph' ? drawMs : null} />}
      </div>
      {panel.tab !== 'explain' && state.kind === 'error' && <QueryErrorBox error={state.error} query={state.query} />}
      {panel.tab !== 'explain' && state.kind === 'done' && <AnnotationList warnings={state.reply.warnings} infos={state.reply.infos} query={state.query} />}
      {panel.tab === 'table' && <TableTab {...viewProps} />}
      {panel.tab === 'graph' && <GraphTab {...viewProps} onDrawn={onDrawn} />}
      {panel.tab === 'explain' && <ExplainTab panel={panel} submitted={submitted} onRun={(q, tab) => {
        if (tab !== panel.tab) runner.reset();
        onChange({ expr: q, tab });
        execute(q);
      }} />}
    </section>
  );
}
