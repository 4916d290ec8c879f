/** LabelChips shows a label set as `name="value"` chips, in the given order. */
export function LabelChips({ labels, className = '' }: { labels: Readonly<Record<string, string>>; className?: string }) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return <span className="muted">no labels</span>;
  return (
    <span className={`label-chips ${className}`}>
      {entries.map(([name, value]) => (
        <span key={name} className="label-chip" title={`${name}="${value}"`}>
          <span className="label-chip-name">{name}</span>=&quot;{value}&quot;
        </span>
      ))}
    </span>
  );
}
