'use client';
import { useId, useState, type ReactNode } from 'react';
import type { Panel } from './model';

/** The state a panel's body is in; shown as `data-state` for tests and styles. */
export type PanelState = 'loading' | 'error' | 'nodata' | 'ok';

interface PanelShellProps {
  readonly panel: Panel;
  /** The queries as sent to the engine (variables substituted). */
  readonly exprs: readonly string[];
  readonly state: PanelState;
  readonly error?: string;
  /** The body's height in px (the panel's grid height minus its header). */
  readonly bodyHeight: number;
  readonly children?: ReactNode;
}

/**
 * PanelShell is the frame every panel type shares, like a Grafana panel: the
 * title, an ⓘ with the description for learners, a toggle showing the PromQL,
 * and the loading, error and no-data states around the body.
 */
export function PanelShell({ panel, exprs, state, error, bodyHeight, children }: PanelShellProps) {
  const [showQuery, setShowQuery] = useState(false);
  const descId = useId();
  return (
    <section className="dash-panel" data-panel={panel.id} data-type={panel.type} data-state={state} aria-labelledby={`${descId}-title`}
      style={{ '--span': panel.w } as React.CSSProperties}>
      <header className="dash-panel-header">
        <h3 id={`${descId}-title`} className="dash-panel-title">{panel.title}</h3>
        <span className="dash-info" tabIndex={0} aria-describedby={descId} aria-label="About this panel">
          i<span role="tooltip" id={descId} className="dash-info-text">{panel.description}</span>
        </span>
        <span className="dash-spacer" />
        {state === 'loading' && <span className="dash-loading" aria-label="Loading" />}
        <button type="button" className="dash-query-toggle" aria-expanded={showQuery} onClick={() => setShowQuery((s) => !s)}>PromQL</button>
      </header>
      {showQuery && (
        <pre className="dash-query">{exprs.map((e, i) => <code key={i}>{e}</code>)}</pre>
      )}
      <div className="dash-panel-body" style={{ height: bodyHeight }}>
        {state === 'error' && <div className="dash-error" role="alert">{error}</div>}
        {state === 'nodata' && <div className="dash-nodata">No data</div>}
        {state === 'ok' && children}
      </div>
    </section>
  );
}
