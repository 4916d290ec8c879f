import type { Metadata } from 'next';
import { EmbedExample } from '@/components/embed/EmbedExample';
import { EMBED_PARAM_DOCS, HOST_SCRIPT } from '@/components/embed/embedReference';
import { SiteHeader } from '@/components/shell/SiteHeader';
import '@/components/embed/embed.css';

export const metadata: Metadata = { title: 'Embedding live examples · Prometheus Playground' };

const IFRAME_EXAMPLE = `<iframe src="https://YOUR-HOST/embed/query?query=sum%20by%20(code)%20(rate(http_requests_total%5B5m%5D))&range=1h"
        title="Request rate by status code" width="100%" height="420" style="border:0"
        loading="lazy" sandbox="allow-scripts allow-same-origin"></iframe>`;

export default function EmbedGuidePage() {
  return (
    <>
      <SiteHeader />
      <main className="page embed-guide">
        <h1 className="page-title">Embedding live examples</h1>
        <p>
          Put a live PromQL query, a Grafana-style panel, a whole dashboard or an exercise into your own documentation. Each embed is an <code>&lt;iframe&gt;</code> that runs the complete simulated
          Prometheus world in the reader’s browser tab: no server, no account, no requests to anyone else. Every page of the playground has a <strong>Share / Embed</strong> button that writes the
          snippet for exactly what you see.
        </p>

        <h2>The four views</h2>
        <ul>
          <li><code>/embed/query</code> — a query with an optional editor and graph, table or explain tab.</li>
          <li><code>/embed/panel</code> — one panel (time series, stat, gauge, bar gauge, table, heatmap).</li>
          <li><code>/embed/dashboard</code> — a built-in dashboard: golden signals, ML serving, node overview, batch jobs.</li>
          <li><code>/embed/exercise</code> — one exercise from a lesson, checked by its result.</li>
        </ul>

        <h2>Live examples</h2>
        <EmbedExample kind="query" search="?query=sum%20by%20(code)%20(rate(http_requests_total%5B5m%5D))&range=1h" title="Request rate by status code" />
        <EmbedExample kind="panel" search="?type=stat&title=Error%20ratio&unit=percentunit&query=sum(rate(http_requests_total%7Bcode%3D~%225..%22%7D%5B5m%5D))%20%2F%20sum(rate(http_requests_total%5B5m%5D))&incident=error-burst@40m&editor=0" title="Error ratio during an error burst" />

        <h2>Parameters</h2>
        <p>Every parameter is validated. A bad value is ignored and named in a notice above the view; nothing from the URL is ever run as HTML or script.</p>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr><th>Parameter</th><th>Views</th><th>Values</th><th>Default</th><th>What it does</th></tr>
            </thead>
            <tbody>
              {EMBED_PARAM_DOCS.map((d) => (
                <tr key={d.name}>
                  <td><code>{d.name}</code></td>
                  <td>{d.views}</td>
                  <td>{d.values}</td>
                  <td><code>{d.default}</code></td>
                  <td>{d.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h2>The snippet</h2>
        <pre className="code-block">{IFRAME_EXAMPLE}</pre>
        <p>
          With <code>height=auto</code> (the default) the frame posts its content height to your page. Add this script once to let every embed on the page size itself:
        </p>
        <pre className="code-block">{HOST_SCRIPT}</pre>

        <h2>Security</h2>
        <ul>
          <li>Pages carry a Content-Security-Policy that allows only the playground’s own origin: the embed makes no third-party requests.</li>
          <li>It works in a sandboxed iframe with <code>allow-scripts allow-same-origin</code> (the engine runs in a Web Worker, which needs the frame’s own origin).</li>
          <li>Titles, legends and queries from the URL are shown as text only.</li>
        </ul>
      </main>
    </>
  );
}
