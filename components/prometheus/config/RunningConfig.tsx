'use client';
import { getJson } from '../shared/http';
import { CopyButton } from '../shared/CopyButton';
import { usePolled } from '../shared/usePolled';
import { ErrorLine, LoadingLine } from '../shared/WorldStatus';

/** RunningConfig shows the loaded prometheus.yml as Prometheus's /config page does (from /api/v1/status/config). */
export function RunningConfig({ onEdit }: { onEdit: () => void }) {
  const { data, error, loading } = usePolled('status-config', (c, s) => getJson<{ yaml: string }>(c, '/api/v1/status/config', s), null);
  if (loading) return <LoadingLine what="Loading the configuration…" />;
  if (!data) return <ErrorLine message={error ?? 'no answer'} />;
  return (
    <div className="card running-config" data-testid="running-config">
      <div className="config-toolbar">
        <span className="muted">The configuration Prometheus is running with.</span>
        <span className="spacer" />
        <CopyButton text={data.yaml} />
        <button type="button" className="button small" onClick={onEdit}>Edit configuration</button>
      </div>
      <pre className="config-yaml">{data.yaml}</pre>
    </div>
  );
}
