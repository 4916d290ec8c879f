import type { Labels } from './apiTypes';

/** LabelBadges shows a label set as `name="value"` chips, in name order; `skip` hides names shown elsewhere. */
export function LabelBadges({ labels, skip = [] }: { labels: Labels; skip?: readonly string[] }) {
  const entries = Object.entries(labels).filter(([k]) => !skip.includes(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return <span className="muted">no labels</span>;
  return (
    <span className="al-labels">
      {entries.map(([k, v]) => (
        <span key={k} className="al-label mono">{k}=&quot;{v}&quot;</span>
      ))}
    </span>
  );
}

/** StateBadge colours an alert, rule or silence state the way Prometheus and Alertmanager do. */
export function StateBadge({ state, count }: { state: string; count?: number }) {
  return (
    <span className={`al-badge al-state-${state}`} data-state={state}>
      {state}{count !== undefined ? ` (${count})` : ''}
    </span>
  );
}
