'use client';
import { useMemo, useState } from 'react';
import { formatUtc } from '../panels/timeFormat';
import { useEngine, useWorld } from '../system/useEngine';
import { DashboardPanel } from './DashboardPanel';
import { RANGES, type Dashboard } from './model';
import { rangeEndingAt } from './panelData';
import { VariablePicker } from './VariablePicker';
import { ALL } from './variables';

/**
 * DashboardView renders a dashboard: the variable dropdowns and the time
 * range picker on top, then each row's panels on a 24-column grid. The range
 * ends at the world's now and moves with it, so panels refresh as the
 * world's clock advances.
 */
export function DashboardView({ dashboard }: { readonly dashboard: Dashboard }) {
  const client = useEngine();
  const world = useWorld(client);
  const [rangeMs, setRangeMs] = useState(RANGES[1]!.ms);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(dashboard.variables.map((v) => [v.name, ALL])));
  const nowMs = world?.nowMs ?? null;
  const range = useMemo(() => (nowMs === null ? null : rangeEndingAt(nowMs, rangeMs)), [nowMs, rangeMs]);

  return (
    <div className="dashboard" data-dashboard={dashboard.uid}>
      <div className="dash-controls">
        {dashboard.variables.map((v) => (
          <VariablePicker key={v.name} client={client} variable={v} nowMs={nowMs} value={values[v.name] ?? ALL}
            onChange={(value) => setValues((prev) => ({ ...prev, [v.name]: value }))} />
        ))}
        <span className="dash-spacer" />
        <span className="dash-muted" data-testid="world-now">{nowMs === null ? 'Loading data…' : `Now: ${formatUtc(nowMs)}`}</span>
        <div className="segmented" role="group" aria-label="Time range">
          {RANGES.map((r) => (
            <button key={r.label} type="button" className={r.ms === rangeMs ? 'active' : undefined} aria-pressed={r.ms === rangeMs} onClick={() => setRangeMs(r.ms)}>Last {r.label}</button>
          ))}
        </div>
      </div>
      {dashboard.rows.map((row) => (
        <section key={row.title} className="dash-row" aria-label={row.title}>
          <h2 className="dash-row-title">{row.title}</h2>
          <div className="dash-grid">
            {row.panels.map((p) => <DashboardPanel key={p.id} client={client} panel={p} range={range} variables={values} />)}
          </div>
        </section>
      ))}
    </div>
  );
}
