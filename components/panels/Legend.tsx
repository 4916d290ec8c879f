import type { ChartSeries } from '../charts/types';

interface LegendProps {
  readonly series: readonly ChartSeries[];
  readonly hidden: ReadonlySet<string>;
  readonly onToggle: (key: string) => void;
  readonly onShowAll: () => void;
}

const MAX_ENTRIES = 200;

/** Legend lists the series with their colours; clicking one switches it off or on. */
export function Legend({ series, hidden, onToggle, onShowAll }: LegendProps) {
  if (series.length === 0) return null;
  return (
    <div className="legend">
      {hidden.size > 0 && <button type="button" className="button secondary small" onClick={onShowAll}>Show all</button>}
      <ul>
        {series.slice(0, MAX_ENTRIES).map((s) => (
          <li key={s.key}>
            <button type="button" className={hidden.has(s.key) ? 'legend-item off' : 'legend-item'} aria-pressed={!hidden.has(s.key)} onClick={() => onToggle(s.key)}>
              <span className="swatch" style={{ background: s.color }} />
              <span className="mono">{s.key}</span>
            </button>
          </li>
        ))}
      </ul>
      {series.length > MAX_ENTRIES && <p className="muted">{series.length - MAX_ENTRIES} more series not listed</p>}
    </div>
  );
}
