'use client';
import { exportGrafana } from './grafanaExport';
import type { Dashboard } from './model';

/** ExportButton downloads the dashboard as Grafana JSON (import it in Grafana under Dashboards → New → Import). */
export function ExportButton({ dashboard }: { readonly dashboard: Dashboard }) {
  const download = () => {
    const text = JSON.stringify(exportGrafana(dashboard), null, 2);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${dashboard.uid}.grafana.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return <button type="button" className="button secondary small" onClick={download} title="Download as Grafana dashboard JSON">Export JSON</button>;
}
