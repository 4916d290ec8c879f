'use client';
import { useEffect, useState } from 'react';
import type { EngineClient } from '../system/engineClient';
import { formatUtc } from '../panels/timeFormat';
import type { Panel } from './model';
import type { TimeRange } from './panelData';

interface PanelInspectProps {
  readonly client: EngineClient | null;
  readonly panel: Panel;
  readonly exprs: readonly string[];
  readonly range: TimeRange;
  readonly onClose: () => void;
}

type Tab = 'data' | 'query' | 'json';

/**
 * PanelInspect is Grafana's panel inspector: the data the panel drew (per
 * series, newest values), the queries exactly as sent with their time
 * parameters, and the raw Prometheus API responses (asked of the world's
 * /api/v1 routes, the same JSON a real server returns).
 */
export function PanelInspect({ client, panel, exprs, range, onClose }: PanelInspectProps) {
  const [tab, setTab] = useState<Tab>('data');
  const [replies, setReplies] = useState<readonly { url: string; status: number; body: string }[] | null>(null);
  const instant = panel.type === 'table';
  useEffect(() => {
    if (!client) return;
    let live = true;
    const urls = exprs.map((q) => {
      const p = new URLSearchParams(instant ? { query: q, time: String(range.viewEndMs / 1000) } : { query: q, start: String(range.startMs / 1000), end: String(range.endMs / 1000), step: String(range.stepMs / 1000) });
      return `/api/v1/${instant ? 'query' : 'query_range'}?${p}`;
    });
    Promise.all(urls.map((url) => client.call('http', { method: 'GET', url }).then((r) => ({ url, status: r.status, body: r.body }), (e: unknown) => ({ url, status: 0, body: String(e) }))))
      .then((r) => { if (live) setReplies(r); });
    return () => { live = false; };
  }, [client, exprs, range, instant]);

  return (
    <div className="dash-modal" role="dialog" aria-modal="true" aria-label={`Inspect ${panel.title}`}>
      <div className="dash-modal-box">
        <header className="dash-modal-header">
          <h2>Inspect: {panel.title}</h2>
          <span className="dash-spacer" />
          <button type="button" className="button secondary small" onClick={onClose}>Close</button>
        </header>
        <div className="dash-tabs" role="tablist">
          {(['data', 'query', 'json'] as const).map((t) => (
            <button key={t} type="button" role="tab" className="dash-tab" aria-selected={tab === t} onClick={() => setTab(t)}>
              {{ data: 'Data', query: 'Query', json: 'Raw response' }[t]}
            </button>
          ))}
        </div>
        <div className="dash-inspect-body">
          {replies === null && <p className="dash-muted">Loading…</p>}
          {replies && tab === 'data' && <InspectData replies={replies} />}
          {tab === 'query' && (
            <dl className="dash-inspect-query">
              {exprs.map((q, i) => <div key={i}><dt>{panel.queries[i]?.refId ?? String.fromCharCode(65 + i)}</dt><dd><code>{q}</code></dd></div>)}
              <div><dt>{instant ? 'Time' : 'Range'}</dt><dd>{instant ? formatUtc(range.viewEndMs) : `${formatUtc(range.startMs)} → ${formatUtc(range.endMs)}, step ${range.stepMs / 1000}s`}</dd></div>
            </dl>
          )}
          {replies && tab === 'json' && replies.map((r) => (
            <div key={r.url}>
              <p className="dash-muted"><code>GET {r.url}</code> → {r.status}</p>
              <pre className="dash-json">{pretty(r.body)}</pre>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** InspectData lists every series of the answers with its newest sample. */
function InspectData({ replies }: { readonly replies: readonly { body: string }[] }) {
  const rows: { labels: string; t: number; v: string; n: number }[] = [];
  for (const r of replies) {
    try {
      const data = (JSON.parse(r.body) as { data?: { result?: { metric: Record<string, string>; value?: [number, string]; values?: [number, string][] }[] } }).data;
      for (const s of data?.result ?? []) {
        const last = s.value ?? s.values?.at(-1);
        rows.push({ labels: JSON.stringify(s.metric), t: (last?.[0] ?? 0) * 1000, v: last?.[1] ?? '', n: s.values?.length ?? 1 });
      }
    } catch {
      // An error body has no series; the raw tab shows it.
    }
  }
  if (rows.length === 0) return <p className="dash-muted">No series.</p>;
  return (
    <table className="dash-table">
      <thead><tr><th>Series</th><th>Samples</th><th>Newest time</th><th className="num">Newest value</th></tr></thead>
      <tbody>{rows.map((r, i) => <tr key={i}><td>{r.labels}</td><td>{r.n}</td><td>{formatUtc(r.t)}</td><td className="num">{r.v}</td></tr>)}</tbody>
    </table>
  );
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2).slice(0, 200_000);
  } catch {
    return body;
  }
}
