'use client';
import { builtInDashboard, type DashboardName } from './builtIn';
import { DashboardView } from './DashboardView';

/**
 * DashboardByName renders a built-in dashboard for lessons and embeds:
 * 'golden-signals' | 'ml-serving' | 'node-overview' | 'batch-jobs'.
 * `keepEdits` (the dashboards pages only) keeps panel edits in this browser.
 */
export function DashboardByName({ name, keepEdits = false }: { readonly name: DashboardName; readonly keepEdits?: boolean }) {
  const dashboard = builtInDashboard(name);
  if (!dashboard) return <div className="dash-error" role="alert">No built-in dashboard is called “{String(name)}”.</div>;
  return <DashboardView key={name} dashboard={dashboard} keepEdits={keepEdits} />;
}
