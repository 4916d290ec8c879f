/** LabelList shows a label set one `name="value"` per line, as Prometheus's service-discovery page does. */
export function LabelList({ labels }: { labels: Readonly<Record<string, string>> }) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return <span className="muted">no labels</span>;
  return (
    <ul className="label-list">
      {entries.map(([k, v]) => <li key={k}><span className="label-chip"><span className="label-chip-name">{k}</span>=&quot;{v}&quot;</span></li>)}
    </ul>
  );
}
