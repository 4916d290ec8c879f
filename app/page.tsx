import { Logo } from '@/components/brand/Logo';
import { QueryConsole } from '@/components/console/QueryConsole';

export default function Home() {
  return (
    <>
      <header className="header">
        <span className="brand"><Logo /> Prometheus Playground</span>
      </header>
      <main className="page">
        <h1>Learn Prometheus by touching it</h1>
        <p>
          A complete Prometheus runs inside this tab: a compressed time-series database, the PromQL engine with
          Prometheus 3 semantics and its exact error messages, all in a Web Worker. Nothing is sent to a server.
        </p>
        <h2>Ask the demo data a question</h2>
        <p className="muted">
          Two hours of metrics from three API servers and their hosts: request counters by handler and status code,
          latency histograms, CPU, memory and disk. Write a PromQL expression and press Enter.
        </p>
        <QueryConsole />
      </main>
    </>
  );
}
