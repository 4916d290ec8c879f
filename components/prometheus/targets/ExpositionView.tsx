'use client';
import { useCallback, useEffect, useState } from 'react';
import { useEngine } from '../../system/useEngine';
import { formatUtc } from '../../panels/timeFormat';
import { HttpError, send } from '../shared/http';
import { CopyButton } from '../shared/CopyButton';
import { LoadingLine } from '../shared/WorldStatus';
import { countSamples, expositionLines, lineKind } from './exposition';
import { hostPortOf } from './targetsModel';

type Response =
  | { readonly ok: true; readonly status: number; readonly contentType: string; readonly body: string; readonly atMs: number }
  | { readonly ok: false; readonly status: number; readonly error: string; readonly atMs: number };

/**
 * ExpositionView shows the raw text a simulated target answers to a scrape
 * right now: what Prometheus reads, line-numbered, HELP/TYPE lines dimmed.
 * `target` is a `host:port` or a scrapeUrl. A target that is down shows the
 * error a scrape would get.
 */
export function ExpositionView({ target }: { target: string }) {
  const client = useEngine();
  const { hostPort, path } = hostPortOf(target);
  const url = `/sim/targets/${hostPort}${path}`;
  const [res, setRes] = useState<Response | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback((signal?: AbortSignal) => {
    if (!client) return;
    setFailure(null);
    send(client, 'GET', url, undefined, signal).then(
      (r) => {
        if (signal?.aborted) return;
        const atMs = client.worldInfo()?.nowMs ?? 0;
        if (r.status >= 200 && r.status < 300) setRes({ ok: true, status: r.status, contentType: r.headers['Content-Type'] ?? r.headers['content-type'] ?? '', body: r.body, atMs });
        else setRes({ ok: false, status: r.status, error: r.body.trim() || `HTTP ${r.status}`, atMs });
      },
      (e: unknown) => { if (!signal?.aborted) setFailure(e instanceof HttpError ? e.message : String(e)); },
    );
  }, [client, url]);

  useEffect(() => {
    const ctrl = new AbortController();
    load(ctrl.signal);
    return () => ctrl.abort();
  }, [load]);

  return (
    <div className="expo" data-testid="exposition" data-target={hostPort}>
      <div className="expo-head">
        <code>GET http://{hostPort}{path}</code>
        {res && <span className={res.ok ? 'expo-status ok' : 'expo-status err'}>{res.ok ? res.status : `${res.status} · target down`}</span>}
        {res?.ok && <span className="muted">{res.contentType} · {countSamples(res.body)} samples</span>}
        {res && <span className="muted">at {formatUtc(res.atMs)}</span>}
        <span className="spacer" />
        <button type="button" className="button secondary small" onClick={() => load()}>Fetch again</button>
        {res?.ok && <CopyButton text={res.body} />}
      </div>
      {failure && <div className="error" role="alert">{failure}</div>}
      {!res && !failure && <LoadingLine what="Fetching the target’s response…" />}
      {res && !res.ok && <div className="error" role="alert" data-testid="exposition-error">{res.error}</div>}
      {res?.ok && <ExpositionText body={res.body} />}
    </div>
  );
}

/** ExpositionText renders the body line by line: numbers in a gutter, metadata dimmed. */
function ExpositionText({ body }: { body: string }) {
  const lines = expositionLines(body);
  return (
    <pre className="expo-text" aria-label="Exposition text">
      {lines.map((line, i) => (
        <span key={i} className={`expo-line expo-${lineKind(line)}`}>
          <span className="expo-ln" aria-hidden="true">{i + 1}</span>
          {line}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
