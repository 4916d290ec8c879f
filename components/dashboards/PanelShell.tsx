'use client';
import { useId, useState, type ReactNode } from 'react';
import type { Panel } from './model';

/** The state a panel's body is in; shown as `data-state` for tests and styles. */
export type PanelState = 'loading' | 'error' | 'nodata' | 'ok';

interface PanelShellProps {
  readonly panel: Panel;
  /** The queries as sent to the engine (variables and macros substituted). */
  readonly exprs: readonly string[];
  readonly state: PanelState;
  readonly error?: string;
  /** The body's height in px (the panel's grid height minus its header). */
  readonly bodyHeight: number;
  readonly onEdit?: () => void;
  readonly onInspect?: () => void;
  /** The end (ms) of the range the body shows, as `data-end`, so tests and benchmarks see a refresh land. */
  readonly drawnEndMs?: number;
  readonly children?: ReactNode;
}

/**
 * PanelShell is the frame every panel type shares, like a Grafana panel: the
 * title, an ⓘ with the description, an Explain (or PromQL) toggle showing the
 * queries and what they measure, Edit and Inspect, and the loading, error
 * and no-data states around the body.
 */
export function PanelShell({ panel, exprs, state, error, bodyHeight, onEdit, onInspect, drawnEndMs, children }: PanelShellProps) {
  const [showQuery, setShowQuery] = useState(false);
  const descId = useId();
  const hasQueries = exprs.length > 0;
  return (
    <section className="dash-panel" data-panel={panel.id} data-type={panel.unsupported ? 'unsupported' : panel.type} data-state={state} data-end={drawnEndMs} aria-labelledby={`${descId}-title`}
      style={{ '--span': panel.w } as React.CSSProperties}>
      <header className="dash-panel-header">
        <h3 id={`${descId}-title`} className="dash-panel-title" title={panel.title}>{panel.title}</h3>
        {panel.description && (
          <span className="dash-info" tabIndex={0} aria-describedby={descId} aria-label="About this panel">
            i<span role="tooltip" id={descId} className="dash-info-text">{panel.description}</span>
          </span>
        )}
        <span className="dash-spacer" />
        {state === 'loading' && <span className="dash-loading" aria-label="Loading" />}
        {/* Shown on hover and keyboard focus, like Grafana's panel menu, so titles keep their room. */}
        <span className="dash-panel-actions">
        {hasQueries && (
          <button type="button" className="dash-query-toggle" aria-expanded={showQuery} onClick={() => setShowQuery((s) => !s)}>
            {panel.explain ? 'Explain' : 'PromQL'}
          </button>
        )}
        {onInspect && hasQueries && <button type="button" className="dash-query-toggle" onClick={onInspect} aria-label={`Inspect ${panel.title}`}>Inspect</button>}
        {onEdit && <button type="button" className="dash-query-toggle" onClick={onEdit} aria-label={`Edit ${panel.title}`}>Edit</button>}
        </span>
      </header>
      {showQuery && (
        <div className="dash-explain">
          <pre className="dash-query">{exprs.map((e, i) => <code key={i}>{e}</code>)}</pre>
          {panel.explain && <p className="dash-explain-text">{panel.explain}</p>}
        </div>
      )}
      <div className="dash-panel-body" style={{ height: bodyHeight }}>
        {state === 'error' && <div className="dash-error" role="alert">{error}</div>}
        {state === 'nodata' && <div className="dash-nodata">No data</div>}
        {state === 'ok' && children}
      </div>
    </section>
  );
}
