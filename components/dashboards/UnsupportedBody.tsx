/** UnsupportedBody stands in for an imported panel type this app does not draw, naming it. */
export function UnsupportedBody({ type, queries }: { readonly type: string; readonly queries: number }) {
  return (
    <div className="dash-unsupported" data-testid="unsupported-panel">
      <strong>Unsupported panel type “{type}”</strong>
      <span className="dash-muted">
        This playground draws time series, stat, gauge, bar gauge, table, heatmap and text panels.
        {queries > 0 ? ` Its ${queries === 1 ? 'query is' : `${queries} queries are`} kept and exported unchanged.` : ''}
      </span>
    </div>
  );
}
