import Link from 'next/link';
import { QueryPanel } from '@/components/console';
import { SiteHeader } from '@/components/shell/SiteHeader';

const EXAMPLE = 'sum by (code) (rate(http_requests_total[5m]))';
const PLAYGROUND_EXAMPLE = `/playground?${new URLSearchParams({ 'g0.expr': EXAMPLE, 'g0.tab': 'graph', 'g0.range_input': '1h' })}`;

const START: readonly [href: string, title: string, text: string][] = [
  ['/learn', 'Learn', 'Short lessons, one idea each: from your first selector to alerting on SLOs, with exercises checked against the live world.'],
  ['/playground', 'Playground', 'Query panels with completion, tables, graphs and an explain view; drive the clock and stage incidents.'],
  ['/dashboards', 'Dashboards', 'Grafana-style dashboards for the golden signals, the nodes, ML serving and batch jobs.'],
  ['/targets', 'Status pages', 'Targets, service discovery, configuration, TSDB status and the Pushgateway, as Prometheus shows them.'],
];

export default function Home() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <h1>Learn Prometheus by touching it</h1>
        <p>
          A whole production system runs inside this tab: eight Linux nodes, a shop API on Kubernetes, an ML inference
          service and batch jobs pushing to a Pushgateway — and the Prometheus that watches them, with its TSDB, PromQL
          engine (Prometheus 3 semantics and error messages), recording and alerting rules and an Alertmanager. It all
          runs in a Web Worker on a virtual clock you can pause, speed up or jump ahead. Nothing is sent to a server.
        </p>
        <div className="home-grid">
          {START.map(([href, title, text]) => (
            <Link key={href} href={href} prefetch={false} className="card home-card">
              <h3>{title} →</h3>
              <p className="muted">{text}</p>
            </Link>
          ))}
        </div>
        <h2>Try it right here</h2>
        <p className="muted">
          Requests per second served by the shop API, by status code, over the last 15 minutes of virtual time — live.
          Edit the query and press Enter, or <Link href={PLAYGROUND_EXAMPLE} prefetch={false}>open it in the playground</Link>.
        </p>
        <QueryPanel query={EXAMPLE} view="graph" range="15m" />
      </main>
    </>
  );
}
