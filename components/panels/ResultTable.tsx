import type { Value } from '@/engine/index';
import { formatSampleValue, formatSeriesName } from './formatValue';

const MAX_ROWS = 500;

/** ResultTable shows an instant query result the way Prometheus's Table tab does. */
export function ResultTable({ value }: { value: Value }) {
  switch (value.type) {
    case 'scalar':
      return <table className="result"><tbody><tr><td>scalar</td><td className="value">{formatSampleValue(value.v)}</td></tr></tbody></table>;
    case 'string':
      return <table className="result"><tbody><tr><td>string</td><td className="value">{value.v}</td></tr></tbody></table>;
    case 'vector':
      if (value.samples.length === 0) return <p className="muted">Empty query result</p>;
      return (
        <table className="result">
          <tbody>
            {value.samples.slice(0, MAX_ROWS).map((s, i) => (
              <tr key={i}>
                <td className="labels">{formatSeriesName(s.labels)}</td>
                <td className="value">{formatSampleValue(s.v)}</td>
              </tr>
            ))}
          </tbody>
          {value.samples.length > MAX_ROWS && <caption className="muted">Showing {MAX_ROWS} of {value.samples.length} series</caption>}
        </table>
      );
    case 'matrix':
      if (value.series.length === 0) return <p className="muted">Empty query result</p>;
      return (
        <table className="result">
          <tbody>
            {value.series.slice(0, MAX_ROWS).map((s, i) => (
              <tr key={i}>
                <td className="labels">{formatSeriesName(s.labels)}</td>
                <td className="value">{s.floats.slice(-5).map((p) => `${formatSampleValue(p.v)} @${p.t / 1000}`).join('\n')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
