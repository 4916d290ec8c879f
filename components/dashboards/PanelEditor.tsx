'use client';
import { useState } from 'react';
import { DEFAULT_TIMESERIES, PANEL_TYPES, type LegendCalc, type Panel, type PanelQuery, type PanelType } from './model';
import { UNITS, type ThresholdStep, type Unit } from './units';

const CALCS: readonly LegendCalc[] = ['last', 'mean', 'max', 'min'];

/** formatThresholds prints steps as `base:green, 0.7:orange` for the editor's text field. */
export function formatThresholds(steps: readonly ThresholdStep[] | undefined): string {
  return (steps ?? []).map((s) => `${s.value === null ? 'base' : s.value}:${s.color}`).join(', ');
}

/** parseThresholds reads `base:green, 0.7:orange, 0.9:red`; entries that do not parse are skipped. */
export function parseThresholds(text: string): ThresholdStep[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean).flatMap((entry): ThresholdStep[] => {
    const [v, color] = entry.split(':').map((x) => x.trim());
    if (!v || !color) return [];
    if (v === 'base') return [{ value: null, color }];
    const n = Number(v);
    return Number.isFinite(n) ? [{ value: n, color }] : [];
  });
}

interface PanelEditorProps {
  readonly panel: Panel;
  readonly onApply: (panel: Panel) => void;
  readonly onClose: () => void;
}

/**
 * PanelEditor is the panel edit mode: queries with their legends, the panel
 * type, unit, min/max, thresholds, legend calculations and the time series
 * draw options. Apply replaces the panel on this dashboard (the built-in
 * definition is untouched: on the dashboards pages the edit is kept in this
 * browser until "Revert panel edits"; elsewhere a reload brings it back).
 */
export function PanelEditor({ panel, onApply, onClose }: PanelEditorProps) {
  const [draft, setDraft] = useState<Panel>(panel);
  const [thresholds, setThresholds] = useState(formatThresholds(panel.thresholds));
  const ts = draft.timeseries ?? DEFAULT_TIMESERIES;
  const set = (patch: Partial<Panel>) => setDraft((d) => ({ ...d, ...patch }));
  const setQuery = (i: number, patch: Partial<PanelQuery>) => set({ queries: draft.queries.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? undefined : Number(s));
  const apply = () => {
    const steps = parseThresholds(thresholds);
    const { thresholds: _drop, ...rest } = draft;
    onApply({ ...rest, ...(steps.length > 0 ? { thresholds: steps } : {}), ...(draft.type === 'timeseries' ? { timeseries: ts } : {}) });
  };
  return (
    <div className="dash-modal" role="dialog" aria-modal="true" aria-label={`Edit panel ${panel.title}`}>
      <div className="dash-modal-box">
        <header className="dash-modal-header">
          <h2>Edit panel</h2>
          <span className="dash-spacer" />
          <button type="button" className="button secondary small" onClick={onClose}>Discard</button>
          <button type="button" className="button small" onClick={apply}>Apply</button>
        </header>
        <div className="dash-editor">
          <fieldset>
            <legend>Queries</legend>
            {draft.queries.map((q, i) => (
              <div key={i} className="dash-editor-query">
                <label>PromQL <textarea aria-label={`Query ${i + 1}`} value={q.expr} rows={2} spellCheck={false} onChange={(e) => setQuery(i, { expr: e.target.value })} /></label>
                <label>Legend <input aria-label={`Legend ${i + 1}`} value={q.legend ?? ''} placeholder="{{label}}" onChange={(e) => setQuery(i, { legend: e.target.value || undefined })} /></label>
                <button type="button" className="button secondary small" onClick={() => set({ queries: draft.queries.filter((_, j) => j !== i) })}>Remove</button>
              </div>
            ))}
            <button type="button" className="button secondary small" onClick={() => set({ queries: [...draft.queries, { expr: '' }] })}>+ Query</button>
          </fieldset>
          <fieldset>
            <legend>Panel</legend>
            <label>Title <input value={draft.title} onChange={(e) => set({ title: e.target.value })} /></label>
            <label>Type
              <select aria-label="Panel type" value={draft.type} onChange={(e) => set({ type: e.target.value as PanelType, unsupported: undefined })}>
                {PANEL_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
              </select>
            </label>
            <label>Unit
              <select aria-label="Unit" value={draft.unit} onChange={(e) => set({ unit: e.target.value as Unit })}>
                {UNITS.map((u) => <option key={u.id} value={u.id}>{u.caption}</option>)}
              </select>
            </label>
            <label>Min <input aria-label="Min" inputMode="decimal" defaultValue={draft.min ?? ''} onChange={(e) => set({ min: num(e.target.value) })} /></label>
            <label>Max <input aria-label="Max" inputMode="decimal" defaultValue={draft.max ?? ''} onChange={(e) => set({ max: num(e.target.value) })} /></label>
            <label>Thresholds <input aria-label="Thresholds" value={thresholds} placeholder="base:green, 80:red" onChange={(e) => setThresholds(e.target.value)} /></label>
          </fieldset>
          {draft.type === 'timeseries' && (
            <fieldset>
              <legend>Graph</legend>
              <label>Style
                <select aria-label="Draw style" value={ts.drawStyle} onChange={(e) => set({ timeseries: { ...ts, drawStyle: e.target.value as 'line' } })}>
                  <option value="line">Lines</option><option value="bars">Bars</option><option value="points">Points</option>
                </select>
              </label>
              <label>Fill <input aria-label="Fill opacity" type="range" min={0} max={100} step={10} value={ts.fillOpacity} onChange={(e) => set({ timeseries: { ...ts, fillOpacity: Number(e.target.value) } })} /></label>
              <label>Stack
                <select aria-label="Stack series" value={ts.stacking} onChange={(e) => set({ timeseries: { ...ts, stacking: e.target.value as 'none' } })}>
                  <option value="none">Off</option><option value="normal">Normal</option><option value="percent">100%</option>
                </select>
              </label>
              <label><input type="checkbox" checked={ts.logBase !== undefined} onChange={(e) => set({ timeseries: { ...ts, logBase: e.target.checked ? 10 : undefined } })} /> Log scale</label>
              <label><input type="checkbox" checked={ts.spanNulls} onChange={(e) => set({ timeseries: { ...ts, spanNulls: e.target.checked } })} /> Connect gaps</label>
              <label>Thresholds as
                <select aria-label="Show thresholds" value={ts.thresholdsStyle} onChange={(e) => set({ timeseries: { ...ts, thresholdsStyle: e.target.value as 'off' } })}>
                  <option value="off">Off</option><option value="line">Lines</option><option value="area">Bands</option>
                </select>
              </label>
              <span className="dash-editor-calcs">Legend
                {CALCS.map((c) => (
                  <label key={c}><input type="checkbox" checked={draft.legendCalcs?.includes(c) ?? false}
                    onChange={(e) => set({ legendCalcs: e.target.checked ? [...(draft.legendCalcs ?? []), c] : (draft.legendCalcs ?? []).filter((x) => x !== c) })} /> {c}</label>
                ))}
              </span>
            </fieldset>
          )}
        </div>
      </div>
    </div>
  );
}
