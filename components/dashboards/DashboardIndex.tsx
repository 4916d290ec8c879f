import Link from 'next/link';
import { BUILT_IN_DASHBOARDS } from './builtIn';

/** DashboardIndex lists the built-in dashboards with what each shows, and the way to import a Grafana one. */
export function DashboardIndex() {
  return (
    <ul className="dash-index">
      {BUILT_IN_DASHBOARDS.map((d) => (
        <li key={d.uid}>
          <Link href={`/dashboards/${d.uid}`} className="dash-index-title">{d.title}</Link>
          <p className="dash-muted">{d.description}</p>
          <span className="dash-muted">{d.rows.reduce((n, r) => n + r.panels.length, 0)} panels · {d.rows.map((r) => r.title).filter(Boolean).join(' · ')}</span>
        </li>
      ))}
      <li>
        <Link href="/dashboards/import" className="dash-index-title">Import a Grafana dashboard</Link>
        <p className="dash-muted">Paste or upload a dashboard JSON from Grafana (or grafana.com) and see it draw against this world — or try the bundled node exporter example.</p>
      </li>
    </ul>
  );
}
