import type { Vector } from '@/engine/index';
import { formatUnitText, type Unit } from './units';

/**
 * TableBody lists an instant vector like Grafana's table panel: one row per
 * series, its labels as columns (sorted by name, `__name__` first) and the
 * unit-formatted value last.
 */
export function TableBody({ samples, unit, decimals, height }: { readonly samples: Vector; readonly unit: Unit; readonly decimals?: number; readonly height: number }) {
  const names = [...new Set(samples.flatMap((s) => s.labels.map((l) => l.name)))]
    .sort((a, b) => (a === '__name__' ? -1 : b === '__name__' ? 1 : a.localeCompare(b)));
  return (
    <div className="dash-table-wrap" style={{ maxHeight: height }}>
      <table className="dash-table">
        <thead>
          <tr>{names.map((n) => <th key={n}>{n}</th>)}<th className="num">Value</th></tr>
        </thead>
        <tbody>
          {samples.map((s, i) => (
            <tr key={i}>
              {names.map((n) => <td key={n}>{s.labels.find((l) => l.name === n)?.value ?? ''}</td>)}
              <td className="num">{formatUnitText(s.v, unit, decimals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
