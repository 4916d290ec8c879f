import Link from 'next/link';
import { QueryConsole } from '@/components/console/QueryConsole';
import { SiteHeader } from '@/components/shell/SiteHeader';

const PLAYGROUND_EXAMPLE = `/playground?${new URLSearchParams({
  'g0.expr': 'sum by (code) (rate(http_requests_total[5m]))',
  'g0.tab': 'graph',
  'g0.range_input': '1h',
})}`;

export default function Home() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <h1>Learn Prometheus by touching it</h1>
        <p>
          A complete Prometheus runs inside this tab: a compressed time-series database, the PromQL engine with
          Prometheus 3 semantics and its exact error messages, all in a Web Worker. Nothing is sent to a server.
        </p>
        <div className="cta">
          <Link className="button" href="/playground" prefetch={false}>Open the playground</Link>
          <span className="muted">
            Query editor with completion, tables and graphs — start with{' '}
            <Link href={PLAYGROUND_EXAMPLE} prefetch={false}><code>sum by (code) (rate(http_requests_total[5m]))</code></Link>.
          </span>
        </div>
        <h2>Or ask a quick question here</h2>
        <p className="muted">
          Two hours of metrics from three API servers and their hosts: request counters by handler and status code,
          latency histograms, CPU, memory and disk. Write a PromQL expression and press Enter.
        </p>
        <QueryConsole />
      </main>
    </>
  );
}
