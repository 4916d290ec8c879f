'use client';
import { useCallback, useEffect, useState } from 'react';
import { PromQLEditor } from '../editor/PromQLEditor';
import { loadHistory, rememberQuery } from '../editor/queryHistory';
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

interface QueryPanelProps {
  readonly engine: EngineClient;
  readonly world: WorldInfo;
  readonly panel: PanelState;
  readonly theme: 'light' | 'dark';
  readonly onChange: (patch: Partial<PanelState>) => void;
  readonly onRemove?: () => void;
}

const TABS: readonly [PanelTab, string][] = [['table', 'Table'], ['graph', 'Graph']];

/**
 * QueryPanel is one expression with its Table and Graph views. The query runs
 * on Execute (or Enter) and again when the view's time parameters change; a
 * panel restored with an expression runs it straight away.
 */
export function QueryPanel({ engine, world, panel, theme, onChange, onRemove }: QueryPanelProps) {
  const runner = useQueryRunner();
  const [submitted, setSubmitted] = useState({ query: panel.expr, seq: 0 });
  const [history, setHistory] = useState<readonly string[]>([]);
  const [drawMs, setDrawMs] = useState<number | null>(null);
  const [formatError, setFormatError] = useState<string | null>(null);
  useEffect(() => setHistory(loadHistory()), []);

  const markName = `pp:submit:${panel.id}`;
  const execute = useCallback((query: string) => {
    performance.clearMarks(markName);
    performance.mark(markName);
    setDrawMs(null);
    setFormatError(null);
    setHistory(rememberQuery(query));
    if (query.trim() === '') runner.reset();
    setSubmitted((s) => ({ query, seq: s.seq + 1 }));
  }, [markName, runner]);

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
  const viewProps = { engine, world, panel, submitted, runner, onChange };
  return (
    <section className="card panel" data-panel={panel.id} aria-label="Query panel">
      <div className="panel-toolbar">
        <div className="editor-box">
          <PromQLEditor engine={engine} value={panel.expr} onChange={(expr) => onChange({ expr })} onRun={() => execute(panel.expr)} history={history} theme={theme} />
        </div>
        <div className="panel-actions">
          {state.kind === 'running'
            ? <button type="button" className="button secondary" onClick={runner.cancel}>Cancel</button>
            : <button type="button" className="button" onClick={() => execute(panel.expr)}>Execute</button>}
          <button type="button" className="button secondary" title="Pretty-print the expression" onClick={() => void format()}>Format</button>
          <HistoryMenu history={history} onPick={(q) => { onChange({ expr: q }); execute(q); }} />
          {onRemove && <button type="button" className="button secondary" aria-label="Remove panel" title="Remove panel" onClick={onRemove}>✕</button>}
        </div>
      </div>
      {formatError && <div className="error" role="alert">{formatError}</div>}
      <div className="tabs" role="tablist">
        {TABS.map(([tab, label]) => (
          <button key={tab} type="button" role="tab" aria-selected={panel.tab === tab} className={panel.tab === tab ? 'tab active' : 'tab'} onClick={() => switchTab(tab)}>
            {label}
          </button>
        ))}
        <RunStatus state={state} drawMs={panel.tab === 'graph' ? drawMs : null} />
      </div>
      {state.kind === 'error' && <QueryErrorBox error={state.error} query={state.query} />}
      {state.kind === 'done' && <AnnotationList warnings={state.reply.warnings} infos={state.reply.infos} query={state.query} />}
      {panel.tab === 'table'
        ? <TableTab {...viewProps} />
        : <GraphTab {...viewProps} onDrawn={onDrawn} />}
    </section>
  );
}
