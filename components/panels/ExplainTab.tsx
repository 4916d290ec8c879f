'use client';
import { ExplainView } from '../explain';
import type { PanelState } from './panelState';

interface ExplainTabProps {
  readonly panel: PanelState;
  readonly submitted: { readonly query: string; readonly seq: number };
  /** Runs another query in this panel (a sub-expression, or a suggested fix) on the given tab. */
  readonly onRun: (query: string, tab: PanelState['tab']) => void;
}

/**
 * ExplainTab shows how the engine evaluates the submitted query, node by node,
 * at the panel's picked time, else at the world's now when it was asked
 * (ExplainView pins it, so clock ticks do not re-run the trace).
 */
export function ExplainTab({ panel, submitted, onRun }: ExplainTabProps) {
  return (
    <div className="tab-body">
      <ExplainView
        key={submitted.seq}
        query={submitted.query}
        {...(panel.timeMs !== null ? { timeMs: panel.timeMs } : {})}
        onRunSubquery={(q) => onRun(q, 'table')}
        onReplaceQuery={(q) => onRun(q, 'explain')}
      />
    </div>
  );
}
