'use client';
import { useState } from 'react';
import { DEFAULT_RANGE_MS, newPanel, type PanelState, type PanelTab } from '../panels/panelState';
import { QueryPanelView } from '../panels/QueryPanelView';
import { parseDuration } from '../panels/timeFormat';
import { useTheme } from '../shell/useTheme';
import { useEngine, useWorld } from '../system/useEngine';

export interface QueryPanelProps {
  /** The PromQL expression the panel opens with (and runs at once). */
  readonly query: string;
  readonly view?: PanelTab;
  /** Graph range as a Prometheus duration, e.g. `15m` (default 1h). */
  readonly range?: string;
  /** false: the reader can run and explore the query but not change it. */
  readonly editable?: boolean;
}

/**
 * QueryPanel is a self-contained query panel for lessons and embeds: it
 * talks to the tab's engine itself and keeps its state to itself (nothing in
 * the URL). It shows the world's start-up until the engine can answer.
 */
export function QueryPanel({ query, view = 'graph', range, editable = true }: QueryPanelProps) {
  const engine = useEngine();
  const world = useWorld(engine);
  const theme = useTheme();
  // Read once: a page that swaps the query gives the panel a new key.
  const [panel, setPanel] = useState<PanelState>(() => newPanel(query, { tab: view, rangeMs: (range && parseDuration(range)) || DEFAULT_RANGE_MS }));
  if (!engine || !world) {
    return (
      <section className="card panel" aria-label="Query panel" aria-busy="true">
        <pre className="mono panel-query-preview">{query}</pre>
        <p className="muted loading-line" role="status"><span className="spinner" aria-hidden="true" /> Starting the engine…</p>
      </section>
    );
  }
  return <QueryPanelView engine={engine} world={world} panel={panel} theme={theme} editable={editable} onChange={(patch) => setPanel((p) => ({ ...p, ...patch }))} />;
}
