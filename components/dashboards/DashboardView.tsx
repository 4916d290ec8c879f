'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DASHBOARD_NAMES as EMBEDDABLE } from '../embed/embedParams';
import { ShareButton } from '../embed/ShareDialog';
import { embedConfig, sharedWorld } from '../embed/worldShare';
import { createCrosshair } from '../charts/crosshair';
import { formatUtc } from '../panels/timeFormat';
import { useEngine, useWorld } from '../system/useEngine';
import { CrosshairContext } from './CrosshairContext';
import './dashboards.css';
import { DashboardPanel, type DashboardTime } from './DashboardPanel';
import { ExportButton } from './ExportButton';
import { RANGES, REFRESHES, type Dashboard, type Panel } from './model';
import { PanelEditor } from './PanelEditor';
import { PanelInspect } from './PanelInspect';
import { panelRange } from './panelData';
import { createRangeBatcher } from './rangeBatcher';
import { useVariableOptions } from './useVariableOptions';
import { useWidth } from './useWidth';
import { clearPanelEdits, savePanelEdit, withPanelEdits } from './panelEdits';
import { VariablePicker } from './VariablePicker';
import { ALL, initialValue, resolveValues } from './variables';

/**
 * DashboardView renders a dashboard like Grafana: variables, time range,
 * auto-refresh and export on top, then rows (collapsible) of panels on a
 * 24-column grid sharing one crosshair. The range ends at the world's
 * virtual now; auto-refresh moves it forward whenever the world's clock has
 * advanced by the refresh period (virtual time, so a paused world stays put
 * and a fast one refreshes as its data changes). Panels can be edited and
 * inspected in place; with `keepEdits` (the dashboards pages) edits are kept
 * in this browser until reverted.
 */
export function DashboardView({ dashboard: initial, keepEdits = false }: { readonly dashboard: Dashboard; readonly keepEdits?: boolean }) {
  const client = useEngine();
  const world = useWorld(client);
  const [dashboard, setDashboard] = useState(initial);
  /** Whether panels differ from the definition because of edits kept in this browser (`keepEdits`). */
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (!keepEdits) return;
    const kept = withPanelEdits(initial);
    if (kept.edited) {
      setDashboard(kept.dashboard);
      setEdited(true);
    }
  }, [initial, keepEdits]);
  const [rangeMs, setRangeMs] = useState(initial.rangeMs ?? 3_600_000);
  const [refreshMs, setRefreshMs] = useState(initial.refreshMs ?? 15_000);
  const [endMs, setEndMs] = useState<number | null>(null);
  const [values, setValues] = useState<Record<string, readonly string[]>>(() => Object.fromEntries(initial.variables.map((v) => [v.name, initialValue(v)])));
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(() => new Set(initial.rows.flatMap((r, i) => (r.collapsed ? [i] : []))));
  const [editing, setEditing] = useState<Panel | null>(null);
  const [inspecting, setInspecting] = useState<{ panel: Panel; exprs: readonly string[]; stepMs: number } | null>(null);
  const crosshair = useMemo(() => createCrosshair(), []);
  const batcher = useMemo(() => (client ? createRangeBatcher((queries, signal) => client.call('rangeQueries', { queries }, signal)) : null), [client]);
  const gridRef = useRef<HTMLDivElement>(null);
  const gridWidth = useWidth(gridRef);
  const nowMs = world?.nowMs ?? null;

  // Auto-refresh in virtual time; a world reset (now jumps back) refreshes at once.
  useEffect(() => {
    if (nowMs === null) return;
    if (endMs === null || nowMs < endMs || (refreshMs > 0 && nowMs - endMs >= refreshMs)) setEndMs(nowMs);
  }, [nowMs, endMs, refreshMs]);

  const { options, errors } = useVariableOptions(client, dashboard.variables, values, endMs);

  // A single-value variable without a choice takes its first option once they load (as Grafana does).
  useEffect(() => {
    for (const v of dashboard.variables) {
      const opts = options[v.name];
      const cur = values[v.name] ?? [];
      const stale = cur.length === 0 || (opts && opts.length > 0 && !cur.includes(ALL) && !cur.every((c) => opts.includes(c)));
      if (opts && opts.length > 0 && stale) setValues((prev) => ({ ...prev, [v.name]: [opts[0]!] }));
    }
  }, [options, dashboard.variables, values]);

  // "All" becomes the custom all value or the list of every option, as Grafana interpolates it: (a|b|c).
  const { values: resolved, raw: rawNames } = useMemo(() => resolveValues(dashboard.variables, values, options), [dashboard.variables, values, options]);
  const ready = dashboard.variables.every((v) => options[v.name] !== null && (resolved[v.name]?.length ?? 0) > 0);
  const time: DashboardTime | null = useMemo(() => (endMs !== null && ready ? { endMs, rangeMs } : null), [endMs, rangeMs, ready]);

  const replacePanel = (panel: Panel) => {
    setDashboard((d) => ({
      ...d,
      rows: d.rows.map((r) => ({ ...r, panels: r.panels.map((p) => (p.id === panel.id ? panel : p)) })),
    }));
    if (keepEdits) {
      savePanelEdit(initial.uid, panel);
      setEdited(true);
    }
  };
  const revertEdits = () => {
    clearPanelEdits(initial.uid);
    setDashboard(initial);
    setEdited(false);
  };
  const onEdit = useCallback((p: Panel) => setEditing(p), []);
  const onInspect = useCallback((panel: Panel, exprs: readonly string[], stepMs: number) => setInspecting({ panel, exprs, stepMs }), []);

  return (
    <CrosshairContext.Provider value={crosshair}>
      <div className="dashboard" data-dashboard={dashboard.uid} data-end={time?.endMs}>
        <div className="dash-controls">
          {dashboard.variables.map((v) => (
            <VariablePicker key={v.name} variable={v} options={options[v.name] ?? null} value={values[v.name] ?? []} error={errors[v.name]}
              onChange={(value) => setValues((prev) => ({ ...prev, [v.name]: value }))} />
          ))}
          <span className="dash-spacer" />
          <span className="dash-muted" data-testid="world-now">{endMs === null ? 'Simulating the world’s history…' : `Until ${formatUtc(endMs)}`}</span>
          <label className="dash-variable"><span>Range</span>
            <select aria-label="Time range" value={rangeMs} onChange={(e) => setRangeMs(Number(e.target.value))}>
              {RANGES.map((r) => <option key={r.ms} value={r.ms}>Last {r.label}</option>)}
            </select>
          </label>
          <button type="button" className="button secondary small" onClick={() => nowMs !== null && setEndMs(nowMs)} aria-label="Refresh now">↻</button>
          <label className="dash-variable"><span>Auto</span>
            <select aria-label="Auto-refresh (virtual time)" value={refreshMs} onChange={(e) => setRefreshMs(Number(e.target.value))}>
              {REFRESHES.map((r) => <option key={r.ms} value={r.ms}>{r.label}</option>)}
            </select>
          </label>
          {edited && (
            <button type="button" className="button secondary small" onClick={revertEdits} title="Your panel edits are kept in this browser; this restores the dashboard as built in">
              Revert panel edits
            </button>
          )}
          <ExportButton dashboard={{ ...dashboard, rangeMs, refreshMs, variables: dashboard.variables.map((v) => ({ ...v, current: values[v.name] ?? [] })) }} />
          {isEmbeddable(dashboard.uid) && client && world && (
            <ShareButton
              target={async () => ({
                embed: { kind: 'dashboard', title: dashboard.title, config: embedConfig({ ...(await sharedWorld(client, world)), dashboard: dashboard.uid as EmbedDashboard, rangeMs }) },
              })}
            />
          )}
        </div>
        <div ref={gridRef}>
          {dashboard.rows.map((row, ri) => {
            const isCollapsed = collapsed.has(ri);
            return (
              <section key={ri} className="dash-row" aria-label={row.title || 'Panels'}>
                {row.title !== '' && (
                  <h2 className="dash-row-title">
                    <button type="button" aria-expanded={!isCollapsed} onClick={() => setCollapsed((s) => {
                      const next = new Set(s);
                      if (!next.delete(ri)) next.add(ri);
                      return next;
                    })}>
                      <span className="dash-row-caret" aria-hidden="true">{isCollapsed ? '▸' : '▾'}</span> {row.title}
                      {isCollapsed && <span className="dash-muted"> ({row.panels.length} panels)</span>}
                    </button>
                  </h2>
                )}
                {!isCollapsed && (
                  <div className="dash-grid">
                    {row.panels.map((p) => (
                      <DashboardPanel key={p.id} client={client} batcher={batcher} panel={p} time={time} variables={resolved} rawNames={rawNames}
                        widthPx={Math.round((gridWidth * p.w) / 24) - 24}
                        onEdit={onEdit} onInspect={onInspect} />
                    ))}
                  </div>
                )}
              </section>
            );
          })}
        </div>
        {editing && (
          <PanelEditor panel={editing} onClose={() => setEditing(null)} onApply={(p) => { replacePanel(p); setEditing(null); }} />
        )}
        {inspecting && time && (
          <PanelInspect client={client} panel={inspecting.panel} exprs={inspecting.exprs} range={panelRange(time.endMs, time.rangeMs, inspecting.stepMs)} onClose={() => setInspecting(null)} />
        )}
      </div>
    </CrosshairContext.Provider>
  );
}

type EmbedDashboard = (typeof EMBEDDABLE)[number];

/** Only built-in dashboards can be embedded: an imported one exists only in this tab. */
function isEmbeddable(uid: string): boolean {
  return (EMBEDDABLE as readonly string[]).includes(uid);
}
