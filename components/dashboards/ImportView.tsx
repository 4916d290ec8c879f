'use client';
import { useState } from 'react';
import { DashboardView } from './DashboardView';
import { importGrafanaText, ImportError } from './grafanaImport';
import type { Dashboard } from './model';
import sample from './samples/node-exporter-mini.json';

/**
 * ImportView takes a Grafana dashboard JSON — pasted, uploaded, or the
 * bundled example — and renders it against the world. The JSON is read as
 * data only (grafanaImport validates every field); errors say what is wrong.
 */
export function ImportView() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  // Each import mounts a fresh view, so ranges and variables start from the new JSON.
  const [generation, setGeneration] = useState(0);
  const load = (json: string) => {
    try {
      setDashboard(importGrafanaText(json));
      setGeneration((g) => g + 1);
      setError(null);
    } catch (e) {
      setDashboard(null);
      setError(e instanceof ImportError ? e.message : `Could not import: ${String(e)}`);
    }
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 5 * 2 ** 20) return setError('That file is larger than 5 MiB; Grafana dashboards are usually a few hundred KiB.');
    const t = await file.text();
    setText(t);
    load(t);
  };
  return (
    <div className="dash-import">
      <div className="dash-import-form">
        <textarea aria-label="Grafana dashboard JSON" value={text} rows={8} spellCheck={false} placeholder='Paste a Grafana dashboard JSON ({"panels": [...], "title": ...})'
          onChange={(e) => setText(e.target.value)} />
        <div className="dash-import-actions">
          <button type="button" className="button small" onClick={() => load(text)} disabled={text.trim() === ''}>Import</button>
          <label className="button secondary small">Upload .json<input type="file" accept="application/json,.json" hidden onChange={(e) => upload(e.target.files?.[0])} /></label>
          <button type="button" className="button secondary small" onClick={() => {
            const t = JSON.stringify(sample, null, 2);
            setText(t);
            load(t);
          }}>Try an example</button>
          <span className="dash-muted">Grafana 8–11 JSON; the Prometheus data source is this playground’s world.</span>
        </div>
        {error && <div className="dash-error" role="alert">{error}</div>}
      </div>
      {dashboard && (
        <>
          <h2 className="dash-import-title">{dashboard.title}</h2>
          {dashboard.description && <p className="dash-muted">{dashboard.description}</p>}
          <DashboardView key={generation} dashboard={dashboard} />
        </>
      )}
    </div>
  );
}
