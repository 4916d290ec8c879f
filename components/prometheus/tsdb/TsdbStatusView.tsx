'use client';
import { formatUtc } from '../../panels/timeFormat';
import { getJson } from '../shared/http';
import { formatBytes, formatCount } from '../shared/format';
import { usePolled } from '../shared/usePolled';
import { ErrorLine, LoadingLine } from '../shared/WorldStatus';

interface Stat {
  readonly name: string;
  readonly value: number;
}

/** TsdbStatus is the `data` of /api/v1/status/tsdb. */
interface TsdbStatus {
  readonly headStats: { readonly numSeries: number; readonly numLabelPairs: number; readonly chunkCount: number; readonly minTime: number; readonly maxTime: number };
  readonly seriesCountByMetricName: readonly Stat[];
  readonly labelValueCountByLabelName: readonly Stat[];
  readonly memoryInBytesByLabelName: readonly Stat[];
  readonly seriesCountByLabelValuePair: readonly Stat[];
}

/** TSDB stats are costly to compute on every tick, and change slowly: every 5 s of wall time is enough. */
const TSDB_REFRESH_MS = 5000;

/**
 * TsdbStatusView is Prometheus's TSDB status page: the head block's series,
 * chunks and time span, and the top-10 cardinality tables that show where
 * the series come from.
 */
export function TsdbStatusView() {
  const { data, error, loading } = usePolled('tsdb', (c, s) => getJson<TsdbStatus>(c, '/api/v1/status/tsdb', s), TSDB_REFRESH_MS);
  if (loading) return <LoadingLine what="Loading TSDB status…" />;
  if (!data) return <ErrorLine message={error ?? 'no answer'} />;
  const h = data.headStats;
  return (
    <div className="tsdb-view" data-testid="tsdb-view">
      {error && <ErrorLine message={`Refresh failed: ${error}`} />}
      <section className="card">
        <h2 className="section-title">Head block stats</h2>
        <table className="stat-table">
          <thead><tr><th>Number of series</th><th>Number of chunks</th><th>Number of label pairs</th><th>Current min time</th><th>Current max time</th></tr></thead>
          <tbody>
            <tr>
              <td data-testid="head-series">{formatCount(h.numSeries)}</td>
              <td>{formatCount(h.chunkCount)}</td>
              <td>{formatCount(h.numLabelPairs)}</td>
              <td>{formatUtc(h.minTime)} <span className="muted">({h.minTime})</span></td>
              <td>{formatUtc(h.maxTime)} <span className="muted">({h.maxTime})</span></td>
            </tr>
          </tbody>
        </table>
      </section>
      <div className="tsdb-grid">
        <StatTable title="Top 10 series count by metric names" nameHeader="Name" valueHeader="Count" rows={data.seriesCountByMetricName} total={h.numSeries} />
        <StatTable title="Top 10 label names with value count" nameHeader="Name" valueHeader="Count" rows={data.labelValueCountByLabelName} />
        <StatTable title="Top 10 label names with high memory usage" nameHeader="Name" valueHeader="Bytes" rows={data.memoryInBytesByLabelName} bytes />
        <StatTable title="Top 10 series count by label value pairs" nameHeader="Name" valueHeader="Count" rows={data.seriesCountByLabelValuePair} total={h.numSeries} />
      </div>
    </div>
  );
}

/** StatTable is one top-10 table; with `total`, a bar shows each row's share of all series. */
function StatTable({ title, nameHeader, valueHeader, rows, total, bytes = false }: { title: string; nameHeader: string; valueHeader: string; rows: readonly Stat[]; total?: number; bytes?: boolean }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <section className="card stat-card">
      <h2 className="section-title">{title}</h2>
      <table className="stat-table">
        <thead><tr><th>{nameHeader}</th><th className="num">{valueHeader}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <td className="mono stat-name">
                <span className="stat-bar" style={{ width: `${(100 * r.value) / max}%` }} aria-hidden="true" />
                <span className="stat-label">{r.name}</span>
              </td>
              <td className="num" title={total ? `${((100 * r.value) / total).toFixed(1)}% of all series` : undefined}>
                {bytes ? formatBytes(r.value) : formatCount(r.value)}
                {total ? <span className="muted"> · {((100 * r.value) / total).toFixed(1)}%</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">Nothing stored yet.</p>}
    </section>
  );
}
