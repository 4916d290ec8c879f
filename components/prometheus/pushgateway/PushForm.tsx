'use client';
import { useState } from 'react';
import { useEngine } from '../../system/useEngine';
import { send } from '../shared/http';
import { EXAMPLE_BODY, pushPath } from './pushModel';

type Method = 'PUT' | 'POST' | 'DELETE';

const METHOD_HELP: Readonly<Record<Method, string>> = {
  PUT: 'PUT replaces every metric of the group.',
  POST: 'POST replaces only the metrics with the same names as the pushed ones.',
  DELETE: 'DELETE removes the whole group (no body).',
};

type Result = { readonly status: number; readonly body: string } | { readonly failure: string };

/**
 * PushForm pushes to the simulated Pushgateway as
 * `curl -X PUT --data-binary @- http://pushgateway:9091/metrics/job/<job>/<label>/<value>`
 * would, and shows the answer: the status code and, on failure, the
 * Pushgateway's own error text (the group is left as it was).
 */
export function PushForm({ job: initialJob = 'backup' }: { job?: string }) {
  const client = useEngine();
  const [method, setMethod] = useState<Method>('PUT');
  const [job, setJob] = useState(initialJob);
  const [labels, setLabels] = useState<[string, string][]>([['instance', 'db-1']]);
  const [body, setBody] = useState(EXAMPLE_BODY);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const path = pushPath(job, labels);
  const curl = `curl -X ${method}${method === 'DELETE' ? '' : ' --data-binary @-'} http://pushgateway:9091${path}`;

  const submit = async () => {
    if (!client) return;
    setBusy(true);
    try {
      const r = await send(client, method, `/pushgateway${path}`, method === 'DELETE' ? '' : body);
      setResult({ status: r.status, body: r.body });
    } catch (e) {
      setResult({ failure: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const setLabel = (i: number, at: 0 | 1, v: string) => setLabels(labels.map((l, j) => (j === i ? (at === 0 ? [v, l[1]] : [l[0], v]) : l)));

  return (
    <form className="card push-form" data-testid="push-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <div className="push-row">
        <label className="control">
          Method
          <select value={method} onChange={(e) => setMethod(e.target.value as Method)} aria-label="Method">
            <option>PUT</option>
            <option>POST</option>
            <option>DELETE</option>
          </select>
        </label>
        <label className="control">
          job
          <input className="mono text-input" value={job} onChange={(e) => setJob(e.target.value)} aria-label="Job" required />
        </label>
        {labels.map(([name, value], i) => (
          <span key={i} className="control push-label">
            <input className="mono text-input narrow" value={name} onChange={(e) => setLabel(i, 0, e.target.value)} aria-label={`Label ${i + 1} name`} placeholder="label" />
            /
            <input className="mono text-input narrow" value={value} onChange={(e) => setLabel(i, 1, e.target.value)} aria-label={`Label ${i + 1} value`} placeholder="value" />
            <button type="button" className="button secondary small" aria-label={`Remove label ${i + 1}`} onClick={() => setLabels(labels.filter((_, j) => j !== i))}>×</button>
          </span>
        ))}
        <button type="button" className="button secondary small" onClick={() => setLabels([...labels, ['', '']])}>+ Grouping label</button>
      </div>
      <p className="muted push-help">{METHOD_HELP[method]}</p>
      <code className="push-curl" data-testid="push-curl">{curl}</code>
      {method !== 'DELETE' && (
        <textarea className="mono push-body" value={body} onChange={(e) => setBody(e.target.value)} aria-label="Body (text exposition format)" rows={8} spellCheck={false} />
      )}
      <div className="push-row">
        <button type="submit" className="button" disabled={busy || !client || job === ''}>{busy ? 'Sending…' : `Send ${method}`}</button>
        {method !== 'DELETE' && <button type="button" className="button secondary small" onClick={() => setBody(EXAMPLE_BODY)}>Example body</button>}
      </div>
      {result && <PushResult result={result} />}
    </form>
  );
}

function PushResult({ result }: { result: Result }) {
  if ('failure' in result) return <div className="error" role="alert">{result.failure}</div>;
  const ok = result.status >= 200 && result.status < 300;
  return (
    <div className={ok ? 'success' : 'error'} role={ok ? 'status' : 'alert'} data-testid="push-result" data-status={result.status}>
      <strong>HTTP {result.status}</strong>
      {ok ? ' · accepted: the group changed, and Prometheus sees it at its next scrape of the Pushgateway.' : ' · rejected; the group is unchanged.'}
      {result.body.trim() !== '' && <pre className="push-response">{result.body}</pre>}
    </div>
  );
}
